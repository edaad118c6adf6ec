#!/usr/bin/env python3
"""Compares MemPlanner's tensor_peak with measured max_memory_allocated, case by case.

Usage: compare.py MEASUREMENTS.jsonl [--cli PATH] [--runtime NAME] [--max-error PCT]
Prints one table (case, measured MiB, estimated MiB, error %) with the median and worst error,
and exits 1 when any case is off by more than --max-error percent.
"""
import argparse
import json
import statistics
import subprocess
import sys

# measurement model name -> MemPlanner built-in network
BUILTIN = {
    "torchvision:resnet18": "resnet18", "torchvision:resnet50": "resnet50",
    "torchvision:vgg16": "vgg16", "torchvision:mobilenet_v2": "mobilenetv2",
    "lenet300": "lenet300", "lstm-classifier": "lstm-classifier",
    "hf:bert-base": "bert-base", "hf:gpt2-small": "gpt2-small",
}


def estimate(cli, record, runtime):
    args = [cli, "plan", "builtin:" + BUILTIN[record["model"]], "--batch", str(record["batch"]),
            "--seq", str(record["seq"]), "--mode", record["mode"], "--optimizer", record["optimizer"],
            "--precision", record["precision"], "--runtime", runtime, "--format", "json"]
    if record.get("checkpoint"):
        args += ["--checkpoint", str(record["checkpoint"])]
    if record.get("keep_grads"):
        args += ["--keep-grads"]
    if record.get("optimizer_impl", "default") != "default":
        args += ["--optimizer-impl", record["optimizer_impl"]]
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)["memory"]["tensor_peak"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("measurements")
    p.add_argument("--cli", default="memplanner-cli")
    p.add_argument("--runtime", default="pytorch-cuda-hopper")
    p.add_argument("--max-error", type=float, default=10.0)
    args = p.parse_args()
    rows = []
    for line in open(args.measurements):
        r = json.loads(line)
        measured = r["max_allocated_bytes"]
        est = estimate(args.cli, r, args.runtime)
        case = f"{BUILTIN[r['model']]} b{r['batch']}" + (f" s{r['seq']}" if r["model"].startswith(("hf:", "lstm")) else "") \
            + f" {r['mode']} {r['optimizer'] if r['mode'] == 'train' else ''} {r['precision']}" \
            + (f" ckpt{r['checkpoint']}" if r.get("checkpoint", 0) > 1 else "") \
            + (" keep-grads" if r.get("keep_grads") else "") \
            + (f" {r['optimizer_impl']}" if r.get("optimizer_impl", "default") != "default" else "")
        rows.append((case, measured / 2**20, est / 2**20, 100.0 * (est - measured) / measured))
    print(f"{'case':48s} {'measured MiB':>12s} {'estimated MiB':>13s} {'error %':>8s}")
    for case, m, e, err in rows:
        print(f"{case:48s} {m:12.1f} {e:13.1f} {err:+8.1f}")
    errors = [abs(r[3]) for r in rows]
    print(f"median |error| {statistics.median(errors):.1f} %, worst {max(errors):.1f} % over {len(rows)} cases")
    bad = [r for r in rows if abs(r[3]) > args.max_error]
    for r in bad:
        print(f"FAIL: {r[0]} is off by {r[3]:+.1f} % (limit {args.max_error} %)", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
