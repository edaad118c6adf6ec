"""Plain CNN family: three Conv-BatchNorm-ReLU-MaxPool stages and a dropout classifier on
32×32 images (CIFAR-sized), as one flat nn.Sequential (one ONNX node per module)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


def stage(cin, cout):
    return [nn.Conv2d(cin, cout, 3, padding=1), nn.BatchNorm2d(cout), nn.ReLU(), nn.MaxPool2d(2)]


def build_model():
    return nn.Sequential(*stage(3, 64), *stage(64, 128), *stage(128, 256), nn.Flatten(1),
                         nn.Linear(256 * 4 * 4, 512), nn.ReLU(), nn.Dropout(0.5),
                         nn.Linear(512, 10))


def example_input(batch):
    return torch.randn(batch, 3, 32, 32)


_targets = {}


def loss(out):
    if out.shape[0] not in _targets:
        _targets[out.shape[0]] = torch.randint(0, out.shape[1], (out.shape[0],))
    return F.cross_entropy(out, _targets[out.shape[0]])
