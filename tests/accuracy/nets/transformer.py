"""Transformer encoder family: a small BERT-like classifier built from torch.nn — token and
position embeddings, 4 post-norm encoder blocks (d 256, 4 heads, feed-forward 1024, GELU,
dropout 0.1, attention written out as matmul/softmax, the "math" path), mean pooling and a
linear head. Sequence length 64 (fixed in the exported graph)."""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

VOCAB, SEQ, D, HEADS, FF, LAYERS = 8000, 64, 256, 4, 1024, 4


class Embeddings(nn.Module):
    def __init__(self):
        super().__init__()
        self.tokens = nn.Embedding(VOCAB, D)
        self.positions = nn.Parameter(torch.zeros(SEQ, D))
        self.norm = nn.LayerNorm(D)
        self.dropout = nn.Dropout(0.1)

    def forward(self, ids):
        return self.dropout(self.norm(self.tokens(ids) + self.positions))


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.q, self.k, self.v, self.o = (nn.Linear(D, D) for _ in range(4))
        self.attn_dropout, self.dropout1, self.dropout2 = (nn.Dropout(0.1) for _ in range(3))
        self.norm1, self.norm2 = nn.LayerNorm(D), nn.LayerNorm(D)
        self.ff1, self.ff2 = nn.Linear(D, FF), nn.Linear(FF, D)

    def heads(self, t):
        b, s, _ = t.shape
        return t.reshape(b, s, HEADS, D // HEADS).transpose(1, 2)

    def forward(self, x):
        b, s, _ = x.shape
        q, k, v = self.heads(self.q(x)), self.heads(self.k(x)), self.heads(self.v(x))
        scores = torch.matmul(q, k.transpose(-2, -1)) / math.sqrt(D // HEADS)
        probs = self.attn_dropout(F.softmax(scores, dim=-1))
        context = torch.matmul(probs, v).transpose(1, 2).reshape(b, s, D)
        x = self.norm1(x + self.dropout1(self.o(context)))
        return self.norm2(x + self.dropout2(self.ff2(F.gelu(self.ff1(x)))))


class MeanPool(nn.Module):
    def forward(self, x):
        return x.mean(dim=1)


def build_model():
    return nn.Sequential(Embeddings(), *(Block() for _ in range(LAYERS)), MeanPool(),
                         nn.Linear(D, 2))


def example_input(batch):
    return torch.randint(0, VOCAB, (batch, SEQ))


_targets = {}


def loss(out):
    if out.shape[0] not in _targets:
        _targets[out.shape[0]] = torch.randint(0, out.shape[1], (out.shape[0],))
    return F.cross_entropy(out, _targets[out.shape[0]])
