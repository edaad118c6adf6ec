#!/usr/bin/env python3
"""Shows what is live at the peak of one measured training step.

CUDA: replays the caching allocator's trace (torch.cuda.memory._record_memory_history) of the
measured step, finds the moment of the peak, and prints the live allocations there grouped by
the Python line that allocated them. CPU (--device cpu): replays the profiler's memory events
(measure_pytorch.cpu_live_bytes) and groups the blocks live at the peak by the operator (and
autograd function) that allocated them. Used to find what MemPlanner misses when a case
disagrees.

Usage: diagnose_peak.py [measure_pytorch.py options]
"""
import collections
import sys

import torch

sys.path.insert(0, __import__("os").path.dirname(__file__))
import measure_pytorch as mp  # noqa: E402


def frame_label(frames):
    """The allocating op (first ATen/cudnn C++ frame) and the first model-code line."""
    op = next((f.get("name", "") for f in frames
               if "at::native" in f.get("name", "") or "cudnn" in f.get("name", "").lower()), "")
    op = op.split("(")[0][-60:]
    for f in frames:
        name = f.get("filename", "")
        if name.endswith(".py") and "/torch/" not in name and "measure_pytorch" not in name \
                and "diagnose_peak" not in name:
            return f"{op} @ {name.split('/')[-1]}:{f.get('line')} {f.get('name')}"
    for f in frames:
        if f.get("filename", "").endswith(".py"):
            return f"{op} @ {f['filename'].split('/')[-1]}:{f.get('line')} {f.get('name')}"
    return op or "?"


def op_label(event):
    """The innermost ATen operator and the autograd function (or module code) around it."""
    names, n = [], event.parent
    while n is not None:
        names.append(n.name)
        n = n.parent
    op = next((x for x in names if x.startswith("aten::")), "?")
    where = next((x.split(": ")[-1] for x in names if x.startswith("autograd::engine")), "")
    where = where or next((x for x in names if x.startswith("Optimizer.")), "") or "forward"
    return f"{op} in {where}"


def diagnose_cpu(args):
    record, prof = mp.profile_cpu(args)
    baseline, peak, _, at_peak, began = mp.cpu_live_bytes(prof, keep_peak=True)
    groups = collections.defaultdict(lambda: [0, 0])
    for e in at_peak.values():
        label = op_label(e) if e.start_time_ns > began else "(live before the step)"
        g = groups[(label, e.extra_fields.alloc_size)]
        g[0] += e.extra_fields.alloc_size
        g[1] += 1
    print(f"# {args.model} b{args.batch}: peak {peak / 2**20:.2f} MiB ({peak} B), "
          f"baseline {baseline / 2**20:.2f} MiB")
    for (label, each), (size, count) in sorted(groups.items(), key=lambda kv: -kv[1][0])[:40]:
        print(f"{size / 2**20:10.2f} MiB {count:5d} x {each:>11d} B  {label}")
    return record


def main():
    if "--device" in sys.argv and sys.argv[sys.argv.index("--device") + 1] == "cpu":
        mp.measure = diagnose_cpu
        mp.main()
        return
    original_measure = mp.measure

    def traced(args):
        torch.cuda.memory._record_memory_history(max_entries=1_000_000)
        record = original_measure(args)
        snapshot = torch.cuda.memory._snapshot()
        torch.cuda.memory._record_memory_history(enabled=None)
        events = snapshot["device_traces"][0]
        live, total, peak, peak_live = {}, 0, 0, {}
        # only the measured step: start after the last reset (the warm-up ran before)
        for e in events:
            if e["action"] == "alloc":
                live[e["addr"]] = e
                total += e["size"]
                if total > peak:
                    peak, peak_live = total, dict(live)
            elif e["action"] in ("free_completed",) and e["addr"] in live:
                total -= live.pop(e["addr"])["size"]
        groups = collections.defaultdict(lambda: [0, 0])
        for e in peak_live.values():
            g = groups[(frame_label(e.get("frames", [])), e["size"])]
            g[0] += e["size"]
            g[1] += 1
        print(f"# {args.model} b{args.batch}: traced peak {peak / 2**20:.1f} MiB, "
              f"max_allocated {record['max_allocated_bytes'] / 2**20:.1f} MiB")
        for (label, each), (size, count) in sorted(groups.items(), key=lambda kv: -kv[1][0])[:30]:
            print(f"{size / 2**20:10.1f} MiB {count:5d} x {each:>11d} B  {label}")
        return record

    mp.measure = traced
    mp.main()


if __name__ == "__main__":
    main()
