"""Residual CNN family: torchvision's resnet18 (no weights downloaded) on 64×64 images."""
import torch
import torch.nn.functional as F
import torchvision


def build_model():
    return torchvision.models.resnet18(num_classes=100)


def example_input(batch):
    return torch.randn(batch, 3, 64, 64)


_targets = {}


def loss(out):
    if out.shape[0] not in _targets:
        _targets[out.shape[0]] = torch.randint(0, out.shape[1], (out.shape[0],))
    return F.cross_entropy(out, _targets[out.shape[0]])
