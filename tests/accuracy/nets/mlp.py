"""MLP family: a 784-1024-1024-512-10 perceptron (flat nn.Sequential, so checkpoint_sequential
splits it exactly where MemPlanner cuts the exported graph: one ONNX node per module)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


def build_model():
    return nn.Sequential(nn.Linear(784, 1024), nn.ReLU(), nn.Linear(1024, 1024), nn.ReLU(),
                         nn.Linear(1024, 512), nn.ReLU(), nn.Linear(512, 10))


def example_input(batch):
    return torch.randn(batch, 784)


_targets = {}


def loss(out):
    if out.shape[0] not in _targets:
        _targets[out.shape[0]] = torch.randint(0, out.shape[1], (out.shape[0],))
    return F.cross_entropy(out, _targets[out.shape[0]])
