"""The hand-checked case of the CPU measurement method: one nn.Linear(1024, 512), plain SGD.

Loss: (out * g).sum() with a fixed g of the output's shape (no gradient), so backward is one
known product. At batch B, in fp32 (4 bytes per element), every tensor of the run:

    weight W [512, 1024]      2,097,152 B      bias b [512]          2,048 B
    input x  [B, 1024]        4096·B           g      [B, 512]       2048·B

Baseline (live just before the measured step; the warm-up's gradients were freed by
zero_grad(set_to_none=True), plain SGD keeps no state):
    W + b + x + g = 2,099,200 + 6144·B
The measured step, in order:
    forward   out = addmm(b, x, Wᵀ)                                  + 2048·B   (kept: the
              training loop holds `out` until the step ends; addmm saves x, not out)
              p = out * g (+2048·B), loss = p.sum() (+4), p freed (−2048·B)
    backward  root gradient ones_like(loss)                           + 4  (held by
              torch.autograd.backward's grad_tensors until backward returns)
              SumBackward expands it (a view, no bytes)
              MulBackward: grad_out = grad * g                        + 2048·B
              AddmmBackward: dW = (grad_outᵀ · x)ᵀ, already in W's layout  + 2,097,152
              and db = grad_out summed over the batch                 + 2,048
              -> the peak: all of the above live at once
    then grad_out is freed, dW and db become .grad without a copy, and SGD updates in place
    (its record_function wrappers allocate 4 + 288 bytes for a moment, far below the peak).
Peak = W + b + x + g + out + loss + root gradient + grad_out + dW + db
     = 2,099,200 + 6144·B + 2048·B + 4 + 4 + 2048·B + 2,099,200
     = 4,198,408 + 10,240·B            (B = 64: 4,853,768 B; B = 256: 6,819,848 B)
tests/accuracy/run_cpu_suite.py checks the measured bytes against this formula exactly.
"""
import torch
import torch.nn as nn

IN, OUT = 1024, 512


def build_model():
    return nn.Linear(IN, OUT)


def example_input(batch):
    return torch.randn(batch, IN)


_g = {}


def loss(out):
    if out.shape not in _g:
        _g[out.shape] = torch.randn(out.shape)
    return (out * _g[out.shape]).sum()


def expected_peak(batch):
    return 4_198_408 + 10_240 * batch


def expected_baseline(batch):
    return 2_099_200 + 6_144 * batch
