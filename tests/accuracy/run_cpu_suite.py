#!/usr/bin/python3
"""The CPU accuracy suite: MemPlanner's tensor_peak against PyTorch on the CPU, measured here.

Every case is measured in a fresh process with tools/measure/measure_pytorch.py --device cpu
(profiler memory events: a warm-up step, zero_grad(set_to_none=True), the measured step); each
network is exported to ONNX in training mode (tools/export/export_onnx.py) and the exported file
is planned with memplanner-cli --runtime pytorch-cpu at the same batch, mode, optimizer,
precision and checkpoint segments. One table: case, measured MiB, MemPlanner's estimate and its
error, and the error of three baselines a student would otherwise use (see baselines()).

It first checks the measurement method itself on a case derived by hand
(tests/accuracy/nets/hand_linear.py: the exact bytes of baseline and peak).

Fails (exit 1) when the hand-derived case is not matched to the byte, when any case is off by
more than 10 %, or
when the median |error| over all cases is above 3 %. Exit 77 (skipped) when torch cannot be
imported by the Python given (Debian: python3-torch, python3-torchvision, python3-onnx).

  tests/accuracy/run_cpu_suite.py --cli build/app/memplanner-cli [--record FILE] [--jobs N]
"""
import argparse
import concurrent.futures
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
MEASURE = os.path.join(ROOT, "tools", "measure", "measure_pytorch.py")
NETS = os.path.join(HERE, "nets")
SKIP = 77
MAX_ERROR, MAX_MEDIAN = 10.0, 3.0
MiB = 2.0 ** 20

# (network, batch, mode, optimizer, checkpoint segments). Networks: tests/accuracy/nets/*.py.
# Checkpointing runs on the nn.Sequential networks: mlp and cnn (one exported ONNX node per module)
# and the transformer (a Sequential of embeddings, 4 blocks, pooling and head), where MemPlanner
# counts the top-level modules named by the exported scopes, as checkpoint_sequential does.
CASES = [
    ("mlp", 64, "train", "sgd", 0),
    ("mlp", 512, "train", "adam", 0),
    ("mlp", 2048, "train", "momentum", 0),
    ("mlp", 2048, "train", "momentum", 2),
    ("mlp", 2048, "train", "sgd", 4),
    ("mlp", 2048, "infer", "-", 0),
    ("cnn", 32, "train", "adam", 0),
    ("cnn", 64, "train", "sgd", 0),
    ("cnn", 64, "train", "momentum", 2),
    ("cnn", 64, "train", "adam", 4),
    ("cnn", 64, "infer", "-", 0),
    ("resnet18", 16, "train", "sgd", 0),
    ("resnet18", 32, "train", "adam", 0),
    ("resnet18", 32, "train", "momentum", 0),
    ("resnet18", 32, "infer", "-", 0),
    ("resnet18", 64, "infer", "-", 0),
    ("mobilenetv2", 16, "train", "adam", 0),
    ("mobilenetv2", 32, "train", "momentum", 0),
    ("mobilenetv2", 32, "train", "sgd", 0),
    ("mobilenetv2", 8, "infer", "-", 0),
    ("mobilenetv2", 32, "infer", "-", 0),
    ("transformer", 16, "train", "adam", 0),
    ("transformer", 32, "train", "sgd", 0),
    ("transformer", 32, "train", "momentum", 2),
    ("transformer", 32, "train", "adam", 4),
    ("transformer", 32, "infer", "-", 0),
    ("transformer", 64, "infer", "-", 0),
    ("lstm", 32, "train", "adam", 0),
    ("lstm", 64, "train", "momentum", 0),
    ("lstm", 64, "train", "sgd", 0),
    ("lstm", 64, "infer", "-", 0),
]
HAND_BATCHES = (64, 256)

def case_name(net, batch, mode, optimizer, segments):
    name = f"{net} b{batch} {mode}"
    if mode == "train":
        name += f" {optimizer}"
    return name + (f" ckpt{segments}" if segments > 1 else "")


def measure(python, net, batch, mode, optimizer, segments, onnx_path=None):
    args = [python, MEASURE, "--model", os.path.relpath(os.path.join(NETS, net + ".py"), ROOT),
            "--batch", str(batch), "--mode", mode, "--precision", "fp32", "--device", "cpu"]
    if mode == "train":
        args += ["--optimizer", optimizer]
    if segments > 1:
        args += ["--checkpoint", str(segments)]
    if onnx_path:
        args += ["--onnx", onnx_path]
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def plan(cli, onnx_path, batch, mode, optimizer, segments):
    args = [cli, "plan", onnx_path, "--batch", str(batch), "--mode", mode, "--precision", "fp32",
            "--runtime", "pytorch-cpu", "--format", "json"]
    if mode == "train":
        args += ["--optimizer", optimizer]
    if segments > 1:
        args += ["--checkpoint", str(segments)]
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {done.stderr.strip()}")
    return json.loads(done.stdout)["memory"]["tensor_peak"]


# Nodes that are "layers" in the textbook sense: the ones holding weights.
WEIGHTED_OPS = {"Conv", "ConvTranspose", "Gemm", "MatMul", "LSTM", "GRU", "RNN", "Gather",
                "BatchNormalization", "LayerNormalization"}


def graph_sizes(python, onnx_path, batch):
    """(parameters, input bytes, every node's output elements, weighted layers' output elements)
    of the exported graph at @p batch, by ONNX shape inference (run by the given Python)."""
    code = r'''
import json, sys, onnx
from onnx import shape_inference, numpy_helper
path, batch = sys.argv[1], int(sys.argv[2])
weighted = set(json.loads(sys.argv[3]))
m = onnx.load(path)
inits = {t.name for t in m.graph.initializer}
params = sum(numpy_helper.to_array(t).size for t in m.graph.initializer
             if t.data_type == onnx.TensorProto.FLOAT and not t.name.endswith(
                 ("running_mean", "running_var")))
for v in list(m.graph.input) + list(m.graph.output):
    for d in v.type.tensor_type.shape.dim:
        if d.dim_param == "batch":
            d.dim_value = batch
m = shape_inference.infer_shapes(m)
shapes = {}
for v in list(m.graph.value_info) + list(m.graph.output) + list(m.graph.input):
    t = v.type.tensor_type
    if all(d.HasField("dim_value") for d in t.shape.dim):
        n = 1
        for d in t.shape.dim:
            n *= d.dim_value
        shapes[v.name] = (n, t.elem_type)
size = {onnx.TensorProto.FLOAT: 4, onnx.TensorProto.INT64: 8, onnx.TensorProto.INT32: 4}
inputs = sum(shapes[v.name][0] * size[shapes[v.name][1]] for v in m.graph.input
             if v.name not in inits)
every = weighted_sum = 0
for node in m.graph.node:
    if node.op_type in ("Constant", "Shape"):
        continue
    for k, out in enumerate(node.output):
        if out not in shapes or shapes[out][1] != onnx.TensorProto.FLOAT:
            continue
        every += shapes[out][0]
        # a layer's output: the first output (LSTM: Y, the whole sequence)
        if k == 0 and node.op_type in weighted and (node.op_type != "MatMul" or node.input[1] in inits):
            weighted_sum += shapes[out][0]
print(json.dumps([int(params), int(inputs), int(every), int(weighted_sum)]))
'''
    done = subprocess.run([python, "-c", code, onnx_path, str(batch), json.dumps(sorted(WEIGHTED_OPS))],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def baselines(sizes, mode):
    """The three rules of thumb, in bytes (fp32, 4 bytes per element):
    - parameters only: 16 bytes per parameter in training (weights, gradients and two Adam
      moments), 4 in inference (the weights);
    - the classic rule: 4 × (3 × parameters + 2 × activations) in training (weights, gradients,
      one optimizer state; every activation stored and its gradient), 4 × (parameters +
      activations) in inference, where "activations" are the output elements of the layers
      holding weights (Conv, Gemm, MatMul with a weight, Embedding gather, LSTM output sequence,
      BatchNorm, LayerNorm) at this batch, i.e. per-sample activations × batch;
    - layer-output sum: parameters + 2 × the outputs of every node of the graph + the input in
      training (each output kept for backward and given a gradient of its size), parameters +
      every output + the input in inference."""
    params, input_bytes, every, weighted = sizes
    if mode == "train":
        return (16 * params, 4 * (3 * params + 2 * weighted),
                4 * (params + 2 * every) + input_bytes)
    return 4 * params, 4 * (params + weighted), 4 * (params + every) + input_bytes


def error(estimate, measured):
    return 100.0 * (estimate - measured) / measured


def check_hand_case(python):
    """The measurement method against the bytes derived by hand in nets/hand_linear.py."""
    sys.path.insert(0, NETS)
    sys.dont_write_bytecode = True  # no __pycache__ in the source tree
    import hand_linear
    failures = []
    for batch in HAND_BATCHES:
        r = measure(python, "hand_linear", batch, "train", "sgd", 0)
        for what, got, want in (("baseline", r["baseline_bytes"], hand_linear.expected_baseline(batch)),
                                ("peak", r["max_allocated_bytes"], hand_linear.expected_peak(batch))):
            ok = got == want
            print(f"hand-derived nn.Linear(1024, 512) + SGD, b{batch}: {what} measured {got} B, "
                  f"derived {want} B: {'exact' if ok else 'MISMATCH'}")
            if not ok:
                failures.append(f"hand case b{batch} {what}: measured {got} B, derived {want} B")
    return failures


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cli", required=True, help="memplanner-cli")
    p.add_argument("--python", default="/usr/bin/python3",
                   help="the Python with torch, torchvision and onnx (default /usr/bin/python3)")
    p.add_argument("--jobs", type=int, default=2, help="measurements run at once (default 2)")
    p.add_argument("--record", help="also write the measured records to this JSON-lines file")
    p.add_argument("--only", help="run only the cases whose name contains this")
    args = p.parse_args()
    started = time.monotonic()
    probe = subprocess.run([args.python, "-c", "import torch, torchvision, onnx"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        print(f"SKIP: {args.python} cannot import torch, torchvision and onnx "
              f"({probe.stderr.strip().splitlines()[-1] if probe.stderr.strip() else '?'}); "
              "install python3-torch python3-torchvision python3-onnx", file=sys.stderr)
        return SKIP
    # One thread per measurement: the figures do not depend on it, and --jobs run side by side.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    failures = [] if args.only else check_hand_case(args.python)

    cases = [c for c in CASES if not args.only or args.only in case_name(*c)]
    scratch = tempfile.TemporaryDirectory(prefix="memplanner-cpu-accuracy-")
    work = scratch.name
    onnx_of = {net: os.path.join(work, net + ".onnx") for net in {c[0] for c in cases}}
    first = {}
    for c in cases:
        first.setdefault(c[0], c)
    # Each network's first case also exports it; those run first, the rest after.
    ordered = sorted(cases, key=lambda c: first[c[0]] is not c)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {c: pool.submit(measure, args.python, *c,
                                  onnx_path=onnx_of[c[0]] if first[c[0]] is c else None)
                   for c in ordered}
        records = {c: f.result() for c, f in futures.items()}

    rows = []
    for c in cases:
        net, batch, mode, optimizer, segments = c
        measured = records[c]["max_allocated_bytes"]
        estimate = plan(args.cli, onnx_of[net], batch, mode, optimizer, segments)
        base = baselines(graph_sizes(args.python, onnx_of[net], batch), mode)
        rows.append((case_name(*c), measured, estimate, [error(b, measured) for b in base]))

    head = (f"| {'case':42s} | {'measured MiB':>12s} | {'MemPlanner MiB':>14s} | {'error %':>7s} | "
            f"{'params×16 %':>11s} | {'rule of thumb %':>15s} | {'layer outputs %':>15s} |")
    print(head)
    print("|" + "|".join("-" * (len(col) - 1) + ("-" if i == 0 else ":")
                         for i, col in enumerate(head.split("|")[1:-1])) + "|")
    for name, measured, estimate, base in rows:
        print(f"| {name:42s} | {measured / MiB:12.1f} | {estimate / MiB:14.1f} | "
              f"{error(estimate, measured):+7.1f} | {base[0]:+11.1f} | {base[1]:+15.1f} | "
              f"{base[2]:+15.1f} |")
    errors = sorted(abs(error(e, m)) for _, m, e, _ in rows)
    median = statistics.median(errors)
    print(f"MemPlanner: median |error| {median:.1f} %, worst {errors[-1]:.1f} % over {len(rows)} cases")
    for k, label in enumerate(("parameters × 16 B", "rule of thumb", "layer-output sum")):
        e = sorted(abs(r[3][k]) for r in rows)
        print(f"{label}: median |error| {statistics.median(e):.1f} %, worst {e[-1]:.1f} %")
    for name, measured, estimate, _ in rows:
        err = error(estimate, measured)
        if abs(err) > MAX_ERROR:
            failures.append(f"{name}: off by {err:+.1f} % (limit {MAX_ERROR} %)")
    if median > MAX_MEDIAN:
        failures.append(f"median |error| {median:.1f} % is above {MAX_MEDIAN} %")

    if args.record:
        with open(args.record, "w") as f:
            for c in cases:
                f.write(json.dumps(records[c]) + "\n")
    print(f"suite time {time.monotonic() - started:.0f} s")
    for message in failures:
        print("FAIL: " + message, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
