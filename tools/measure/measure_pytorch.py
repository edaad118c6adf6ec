#!/usr/bin/env python3
"""Measure the real memory of one PyTorch training step (or inference) for MemPlanner.

The step is measured the way MemPlanner plans it: a warm-up step first (so the optimizer state
exists), then `zero_grad(set_to_none=True)` and one measured step. On CUDA the figures are
`torch.cuda.max_memory_allocated` (comparable to MemPlanner's tensor_peak) and
`max_memory_reserved` (the caching allocator), plus the baseline live bytes before the step.

On the CPU (`--device cpu`) there is no allocator statistic, so the same two figures are
reconstructed from the profiler's memory events (torch.profiler, profile_memory=True): see
cpu_live_bytes() below. `max_allocated_bytes` is then the peak of live tensor bytes during the
measured step and `baseline_bytes` the live bytes just before it, both counted from the moment
the profiler started, which is before anything of the run (model, inputs, optimizer) exists.
`--onnx FILE` also exports the measured model to ONNX in training mode (tools/export/export_onnx.py)
so that MemPlanner can plan exactly the graph that was measured.

Models: a torchvision name (`torchvision:resnet50`), one of the built-in transformer configs
(`hf:bert-base`, `hf:gpt2-small`, built from their configs, no download), `lenet300`,
`lstm-classifier`, or a Python file defining `build_model()` and `example_input(batch)`.

Example:
    python3 tools/measure/measure_pytorch.py --model torchvision:resnet50 --batch 32 \
        --optimizer adam --precision fp32 --device cuda --json out.json
"""

import argparse
import contextlib
import importlib.util
import json
import os
import platform
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


# --- models mirroring resources/networks/*.memplan ------------------------------------------

class LeNet300(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1, self.fc2, self.fc3 = nn.Linear(784, 300), nn.Linear(300, 100), nn.Linear(100, 10)

    def forward(self, x):
        return self.fc3(F.relu(self.fc2(F.relu(self.fc1(x)))))


class LstmClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(20000, 128)
        self.lstm = nn.LSTM(128, 256, batch_first=True)
        self.dropout = nn.Dropout(0.5)
        self.fc = nn.Linear(256, 2)

    def forward(self, tokens):
        _, (h, _) = self.lstm(self.embedding(tokens))
        return self.fc(self.dropout(h[-1]))


class BertWithPooler(nn.Module):
    """HF BertModel (bert-base-uncased config), loss: MSE of the pooler output to a target."""

    def __init__(self):
        super().__init__()
        from transformers import BertConfig, BertModel
        self.bert = BertModel(BertConfig())

    def forward(self, input_ids, token_type_ids):
        return self.bert(input_ids=input_ids, token_type_ids=token_type_ids).pooler_output


class Gpt2Lm(nn.Module):
    """HF GPT2LMHeadModel (gpt2 config); loss: cross-entropy over every position (no shift)."""

    def __init__(self):
        super().__init__()
        from transformers import GPT2Config, GPT2LMHeadModel
        self.gpt2 = GPT2LMHeadModel(GPT2Config())

    def forward(self, input_ids):
        return self.gpt2(input_ids=input_ids).logits


def build(name, batch, seq, device):
    """Returns (model, inputs tuple, loss function of (output, batch))."""
    ce = lambda out, target: F.cross_entropy(out.reshape(-1, out.shape[-1]), target.reshape(-1))
    if name.startswith("torchvision:"):
        import torchvision
        model = getattr(torchvision.models, name.split(":", 1)[1])()
        x = torch.randn(batch, 3, 224, 224, device=device)
        y = torch.randint(0, 1000, (batch,), device=device)
        return model, (x,), lambda out: ce(out, y)
    if name == "lenet300":
        x = torch.randn(batch, 784, device=device)
        y = torch.randint(0, 10, (batch,), device=device)
        return LeNet300(), (x,), lambda out: ce(out, y)
    if name == "lstm-classifier":
        x = torch.randint(0, 20000, (batch, seq), device=device)
        y = torch.randint(0, 2, (batch,), device=device)
        return LstmClassifier(), (x,), lambda out: ce(out, y)
    if name == "hf:bert-base":
        ids = torch.randint(0, 30522, (batch, seq), device=device)
        types = torch.zeros(batch, seq, dtype=torch.long, device=device)
        target = torch.randn(batch, 768, device=device)
        return BertWithPooler(), (ids, types), lambda out: F.mse_loss(out, target)
    if name == "hf:gpt2-small":
        ids = torch.randint(0, 50257, (batch, seq), device=device)
        labels = torch.randint(0, 50257, (batch, seq), device=device)
        return Gpt2Lm(), (ids,), lambda out: ce(out, labels)
    if name.endswith(".py"):
        spec = importlib.util.spec_from_file_location("user_model", name)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        model = module.build_model()
        inputs = module.example_input(batch)
        inputs = tuple(t.to(device) for t in (inputs if isinstance(inputs, tuple) else (inputs,)))
        loss = getattr(module, "loss", None) or (lambda out: out.float().pow(2).mean())
        return model, inputs, loss
    raise SystemExit(f"unknown model {name!r}")


def make_optimizer(name, params, impl):
    kwargs = {}
    if impl == "foreach":
        kwargs["foreach"] = True
    elif impl == "loop":
        kwargs["foreach"] = False
    elif impl == "fused":
        kwargs["fused"] = True
    if name == "sgd":
        return torch.optim.SGD(params, lr=1e-3, **kwargs)
    if name == "momentum":
        return torch.optim.SGD(params, lr=1e-3, momentum=0.9, **kwargs)
    if name == "nesterov":
        return torch.optim.SGD(params, lr=1e-3, momentum=0.9, nesterov=True, **kwargs)
    if name == "adam":
        return torch.optim.Adam(params, lr=1e-4, **kwargs)
    if name == "adamw":
        return torch.optim.AdamW(params, lr=1e-4, **kwargs)
    if name == "adagrad":
        return torch.optim.Adagrad(params, lr=1e-3, **kwargs)
    if name == "rmsprop":
        return torch.optim.RMSprop(params, lr=1e-4, **kwargs)
    raise SystemExit(f"optimizer {name!r} is not measurable with torch.optim")


def autocast_context(precision, device):
    if precision == "amp-fp16":
        return torch.autocast(device_type=device, dtype=torch.float16)
    if precision == "amp-bf16":
        return torch.autocast(device_type=device, dtype=torch.bfloat16)
    return contextlib.nullcontext()


def as_sequential(model):
    """The same modules in forward order as one nn.Sequential, for checkpoint_sequential."""
    if isinstance(model, nn.Sequential):
        return model
    if isinstance(model, LeNet300):
        return nn.Sequential(model.fc1, nn.ReLU(), model.fc2, nn.ReLU(), model.fc3)
    if hasattr(model, "features") and hasattr(model, "classifier") and hasattr(model, "avgpool"):
        return nn.Sequential(*model.features, model.avgpool, nn.Flatten(1), *model.classifier)
    raise SystemExit("--checkpoint needs a chain of modules (lenet300, torchvision:vgg16, or a file "
                     "whose build_model() returns nn.Sequential)")


def run_forward(model, inputs, segments):
    if segments and segments > 1:
        from torch.utils.checkpoint import checkpoint_sequential
        # Non-reentrant checkpointing: the reentrant one gives the first segment no gradients
        # when the input does not require grad.
        try:
            return checkpoint_sequential(model, segments, inputs[0], use_reentrant=False)
        except ValueError as e:
            if "Unexpected keyword arguments" not in str(e):
                raise
        # PyTorch < 2.0: checkpoint_sequential is reentrant only; the same segments by hand.
        return checkpoint_sequential_non_reentrant(model, segments, inputs[0])
    return model(*inputs)


def checkpoint_sequential_non_reentrant(model, segments, x):
    """torch.utils.checkpoint.checkpoint_sequential's segments (chunks of len // segments
    modules, all but the last checkpointed) with checkpoint(use_reentrant=False)."""
    from torch.utils.checkpoint import checkpoint
    functions = list(model.children())
    size = len(functions) // segments

    def run(start, end):
        def forward(t):
            for j in range(start, end + 1):
                t = functions[j](t)
            return t
        return forward

    end = -1
    for start in range(0, size * (segments - 1), size):
        end = start + size - 1
        x = checkpoint(run(start, end), x, use_reentrant=False)
    return run(end + 1, len(functions) - 1)(x)


# The measured step is bracketed by one allocation of this many bytes (odd, so no float or
# integer tensor of the run has it), made just before the step and freed just after it.
MARKER_BYTES = 1_000_003


@contextlib.contextmanager
def marked_step():
    marker = torch.empty(MARKER_BYTES, dtype=torch.uint8)
    yield
    del marker


def cpu_live_bytes(prof, keep_peak=False):
    """(baseline, peak, number of events[, blocks live at the peak]) of the measured step from a
    CPU profile with memory events.

    c10's profiled CPU allocator reports every allocation and free while the profiler is on,
    with the block's address and size, on the thread that allocates (the autograd engine runs CPU
    backward on the calling thread). It only knows the size of blocks allocated while profiling
    was on: frees of older blocks are dropped ("Memory block of unknown size was allocated before
    the profiling started"). So the profiler runs from before the model, inputs and optimizer
    are created until after the measured step: every tensor of the run is allocated under it, no
    free is lost, and replaying the events in time order gives the exact live bytes after every
    event. The measured step is the span between the marker's allocation and its free
    (marked_step); the baseline is the live bytes just before the marker and the peak the
    largest live bytes inside the span less the marker (what torch.cuda.max_memory_allocated
    gives after reset_peak_memory_stats). The replay is checked against the allocator's own
    running total (total_allocated) at every event, which also proves the order is right.
    With keep_peak, also returns {address: allocation event} of the blocks live at the peak and
    the time (ns) the measured step began.
    """
    from torch._C._profiler import _EventType
    nodes, stack = [], list(prof.profiler.kineto_results.experimental_event_tree())
    while stack:
        n = stack.pop()
        nodes.append(n)
        stack.extend(n.children)
    allocs = [n for n in nodes if n.tag == _EventType.Allocation
              and n.extra_fields.device.type == "cpu"]
    allocs.sort(key=lambda n: n.start_time_ns)
    markers = [i for i, n in enumerate(allocs) if n.extra_fields.alloc_size == MARKER_BYTES]
    if len(markers) != 1:
        raise SystemExit(f"expected one marker allocation in the profile, found {len(markers)}")
    live, total, offset = {}, 0, None
    baseline, peak, inside, marker_ptr, at_peak, began = 0, -1, False, None, {}, 0
    for i, n in enumerate(allocs):
        f = n.extra_fields
        if i == markers[0]:
            baseline, inside, marker_ptr, began = total, True, f.ptr, n.start_time_ns
        elif inside and f.alloc_size < 0 and f.ptr == marker_ptr:
            inside = False
        if f.alloc_size > 0:
            live[f.ptr] = n
            total += f.alloc_size
        elif f.ptr in live:
            total -= live.pop(f.ptr).extra_fields.alloc_size
        else:
            raise SystemExit("a free of a block allocated before profiling started: the live "
                             "bytes are not exact")
        # The allocator's running total counts the same blocks (plus any left from an earlier
        # profiling session in this process: a constant offset).
        if offset is None:
            offset = f.total_allocated - total
        elif f.total_allocated - total != offset:
            raise SystemExit("profiler memory events out of order: replay %d bytes, allocator %d"
                             % (total, f.total_allocated - offset))
        if inside and total - MARKER_BYTES > peak:
            peak = total - MARKER_BYTES
            if keep_peak:
                at_peak = {ptr: e for ptr, e in live.items() if ptr != marker_ptr}
    if inside or marker_ptr is None:
        raise SystemExit("the measured step's marker was not freed inside the profile")
    result = (baseline, max(peak, baseline), len(allocs))
    return result + (at_peak, began) if keep_peak else result


def profile_cpu(args):
    """(record, profile): one step measured on the CPU with the profiler on from the start."""
    from torch.profiler import ProfilerActivity, profile
    with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
        record = measure_step(args, marked_step)
    return record, prof


def measure(args):
    """Builds the model and measures one step. On the CPU, everything runs under the profiler."""
    if args.device != "cpu":
        return measure_step(args, contextlib.nullcontext)
    record, prof = profile_cpu(args)
    baseline, peak, events = cpu_live_bytes(prof)
    record["baseline_bytes"] = baseline
    record["max_allocated_bytes"] = peak
    record["memory_method"] = "torch.profiler memory events, %d replayed" % events
    return record


def measure_step(args, measured_range):
    device = args.device
    torch.manual_seed(0)
    model, inputs, loss_fn = build(args.model, args.batch, args.seq, device)
    if args.checkpoint and args.checkpoint > 1:
        model = as_sequential(model)
    model = model.to(device)
    if args.precision in ("fp16", "bf16"):
        model = model.to(torch.float16 if args.precision == "fp16" else torch.bfloat16)
        inputs = tuple(t.to(model.parameters().__next__().dtype) if t.is_floating_point() else t for t in inputs)
    cuda = device == "cuda"
    record = {
        "schema": "memplanner.measurement/1",
        "model": args.model, "batch": args.batch, "seq": args.seq, "mode": args.mode,
        "optimizer": args.optimizer, "optimizer_impl": args.optimizer_impl,
        "precision": args.precision, "checkpoint": args.checkpoint, "keep_grads": args.keep_grads,
        "device": torch.cuda.get_device_name() if cuda else platform.processor() or "cpu",
        "torch": torch.__version__,
        "parameters": sum(p.numel() for p in model.parameters()),
    }
    if not cuda:
        record["threads"] = torch.get_num_threads()
    if args.mode == "infer":
        model.eval()
        with torch.no_grad(), autocast_context(args.precision, device):
            model(*inputs)  # warm-up
            if cuda:
                torch.cuda.synchronize()
                torch.cuda.reset_peak_memory_stats()
                record["baseline_bytes"] = torch.cuda.memory_allocated()
            with measured_range():
                model(*inputs)
            if cuda:
                torch.cuda.synchronize()
    else:
        model.train()
        optimizer = make_optimizer(args.optimizer, model.parameters(), args.optimizer_impl)

        def step():
            optimizer.zero_grad(set_to_none=not args.keep_grads)
            with autocast_context(args.precision, device):
                out = run_forward(model, inputs, args.checkpoint)
                loss = loss_fn(out)
            loss.backward()
            optimizer.step()

        step()  # warm-up: creates the optimizer state
        optimizer.zero_grad(set_to_none=not args.keep_grads)
        if cuda:
            torch.cuda.synchronize()
            torch.cuda.reset_peak_memory_stats()
            record["baseline_bytes"] = torch.cuda.memory_allocated()
        start = time.perf_counter()
        with measured_range():
            step()
        if cuda:
            torch.cuda.synchronize()
        record["step_time_s"] = time.perf_counter() - start
    if cuda:
        record["max_allocated_bytes"] = torch.cuda.max_memory_allocated()
        record["max_reserved_bytes"] = torch.cuda.max_memory_reserved()
        free, total = torch.cuda.mem_get_info()
        record["device_used_bytes"] = total - free
    return record


def export_onnx(args, path):
    """Exports the measured model to ONNX in training mode with tools/export/export_onnx.py."""
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, os.path.join(here, "..", "export"))
    import export_onnx as exporter
    if args.model.startswith("torchvision:"):
        model = args.model.split(":", 1)[1]
    elif args.model.endswith(".py"):
        model = args.model
    else:
        raise SystemExit("--onnx exports torchvision:NAME models and Python files only")
    # Sequence lengths are fixed by the model file; only the batch axis stays dynamic.
    argv = [model, "-o", path, "--no-seq"]
    with contextlib.redirect_stdout(sys.stderr):
        exporter.main(argv)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", required=True)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--seq", type=int, default=128)
    p.add_argument("--mode", choices=["train", "infer"], default="train")
    p.add_argument("--optimizer", default="adam")
    p.add_argument("--optimizer-impl", choices=["default", "foreach", "loop", "fused"], default="default")
    p.add_argument("--precision", default="fp32", choices=["fp32", "amp-fp16", "amp-bf16", "fp16", "bf16"])
    p.add_argument("--checkpoint", type=int, default=0, help="checkpoint_sequential segments (0: none)")
    p.add_argument("--keep-grads", action="store_true", help="zero_grad(set_to_none=False)")
    p.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    p.add_argument("--json", help="append the record to this JSON-lines file")
    p.add_argument("--onnx", metavar="FILE",
                   help="also export the model to this ONNX file, in training mode")
    p.add_argument("--threads", type=int, help="torch.set_num_threads (CPU)")
    args = p.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    record = measure(args)
    if args.onnx:
        export_onnx(args, args.onnx)
    line = json.dumps(record)
    print(line)
    if args.json:
        with open(args.json, "a") as f:
            f.write(line + "\n")


if __name__ == "__main__":
    main()
