#!/usr/bin/python3
"""Cross-check the built-in CNNs against torchvision itself.

Usage:
    /usr/bin/python3 tools/builtin/check_against_torchvision.py [--dir resources/networks]

Needs torch and torchvision (Debian: python3-torch python3-torchvision).  Exit status 0 when every
check passes, 1 on a mismatch, 77 (the CTest/automake "skipped" convention) when torch or
torchvision is missing.

For resnet18, resnet50, vgg16 and mobilenet_v2 it reads the generated .memplan files (not the
generator's in-memory graphs, so what ships is what is checked) and compares with the torchvision
model built without weights:
  1. total parameter count;
  2. every parameter tensor, by module path and name ("layer1.0.conv1.weight"), element count
     from make_builtins' FORMAT.md parameter formulas versus torchvision's numel();
  3. every node's `module` exists in torchvision's named_modules() and has the matching class
     and attributes (kernel, stride, padding, groups, bias, inplace, eps, p, ...);
  4. forward order and shapes: forward hooks record, at batch 2, the sequence of leaf-module
     calls and their output shapes; the graph's nodes that sit on leaf modules must give the
     same sequence.
"""

import argparse
import json
import os
import sys

sys.dont_write_bytecode = True  # keep tools/builtin free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_builtins  # noqa: E402  (needs the path above)

MODELS = [("resnet18.memplan", "resnet18"), ("resnet50.memplan", "resnet50"),
          ("vgg16.memplan", "vgg16"), ("mobilenetv2.memplan", "mobilenet_v2")]

# FORMAT.md op -> torchvision module class of the node's `module`.
TORCH_CLASS = {"Conv2d": "Conv2d", "BatchNorm": "BatchNorm2d", "ReLU": "ReLU", "ReLU6": "ReLU6",
               "MaxPool2d": "MaxPool2d", "AdaptiveAvgPool2d": "AdaptiveAvgPool2d",
               "Dropout": "Dropout", "Linear": "Linear"}


def pair(value):
    return tuple(value) if isinstance(value, (list, tuple)) else (value, value)


def expected_module_attrs(op, a):
    """(torch attribute, expected value) pairs for a node's attributes (defaults applied)."""
    if op == "Conv2d":
        return [("out_channels", a["out_channels"]), ("kernel_size", pair(a["kernel"])),
                ("stride", pair(a["stride"])), ("padding", pair(a["padding"])),
                ("dilation", pair(a["dilation"])), ("groups", a["groups"]),
                ("has_bias", a["bias"])]
    if op == "BatchNorm":
        return [("eps", a["eps"]), ("affine", a["affine"]),
                ("track_running_stats", a["track_running_stats"])]
    if op in ("ReLU", "ReLU6", "Dropout"):
        pairs = [("inplace", a.get("inplace", False))]
        return pairs + ([("p", a["p"])] if op == "Dropout" else [])
    if op == "MaxPool2d":
        stride = a["stride"] if a["stride"] is not None else a["kernel"]
        return [("kernel_size", pair(a["kernel"])), ("stride", pair(stride)),
                ("padding", pair(a["padding"])), ("ceil_mode", a["ceil_mode"])]
    if op == "AdaptiveAvgPool2d":
        return [("output_size", pair(a["output_size"]))]
    if op == "Linear":
        return [("out_features", a["out_features"]), ("has_bias", a["bias"])]
    return []


def torch_attr(module, name):
    if name == "has_bias":
        return module.bias is not None
    value = getattr(module, name)
    # torchvision stores pool sizes as ints or tuples; compare in one form.
    if name in ("kernel_size", "stride", "padding", "dilation", "output_size"):
        return pair(value)
    return value


def check_model(project_json, model, torch):
    problems = []
    nodes = project_json["graph"]["nodes"]
    shapes, per_node = make_builtins.analyse(project_json, batch=2)
    modules = dict(model.named_modules())
    leaves = {name for name, m in modules.items() if not list(m.children())}

    # 1. total
    ours = make_builtins.count_parameters(per_node)
    theirs = sum(p.numel() for p in model.parameters())
    if ours != theirs:
        problems.append("total parameters %d, torchvision %d" % (ours, theirs))

    # 2. per parameter tensor
    our_tensors = {}
    for node in nodes:
        for pname, count in per_node[node["name"]].items():
            key = make_builtins.join(node.get("module", ""), pname)
            our_tensors[key] = our_tensors.get(key, 0) + count
    their_tensors = {name: p.numel() for name, p in model.named_parameters()}
    for key in sorted(set(our_tensors) | set(their_tensors)):
        if our_tensors.get(key) != their_tensors.get(key):
            problems.append("parameter %s: ours %s, torchvision %s"
                            % (key, our_tensors.get(key), their_tensors.get(key)))

    # 3. module paths, classes and attributes
    for node in nodes:
        path = node.get("module")
        if path is None:
            continue
        if path not in modules:
            problems.append("%s: module %s not in torchvision" % (node["name"], path))
            continue
        module = modules[path]
        wanted = TORCH_CLASS.get(node["op"])
        if wanted is None:
            # Functional ops (Add, Flatten) may only name a container such as a block.
            if path in leaves:
                problems.append("%s: %s on leaf module %s" % (node["name"], node["op"], path))
            continue
        if type(module).__name__ != wanted:
            problems.append("%s: module %s is %s, expected %s"
                            % (node["name"], path, type(module).__name__, wanted))
            continue
        for attr, value in expected_module_attrs(node["op"], make_builtins.attrs_of(node)):
            if torch_attr(module, attr) != value:
                problems.append("%s: %s.%s = %r, graph says %r"
                                % (node["name"], path, attr, torch_attr(module, attr), value))

    # 4. forward order and output shapes of leaf-module calls
    calls = []
    hooks = [modules[name].register_forward_hook(
        lambda m, i, o, name=name: calls.append((name, list(o.shape))))
        for name in sorted(leaves) if name]
    image = project_json["graph"]["inputs"][0]
    with torch.no_grad():
        model.eval()
        model(torch.zeros([2 if d == "batch" else d for d in image["shape"]]))
    for hook in hooks:
        hook.remove()
    ours_calls = [(n["module"], shapes[n["name"]]) for n in nodes if n.get("module") in leaves]
    if calls != ours_calls:
        for index, (a, b) in enumerate(zip(ours_calls, calls)):
            if a != b:
                problems.append("forward call %d: graph %s, torchvision %s" % (index, a, b))
                break
        else:
            problems.append("forward calls: graph %d, torchvision %d"
                            % (len(ours_calls), len(calls)))
    return problems, ours, len(their_tensors), len(calls)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", default=make_builtins.DEFAULT_OUT,
                        help="directory holding the .memplan files")
    args = parser.parse_args()
    try:
        import torch
        import torchvision
    except ImportError as error:
        print("skipped: %s (install python3-torch python3-torchvision)" % error)
        return 77
    torch.set_num_threads(min(2, torch.get_num_threads()))
    print("torch %s, torchvision %s" % (torch.__version__, torchvision.__version__))
    failed = False
    for file_name, factory in MODELS:
        with open(os.path.join(args.dir, file_name), encoding="utf-8") as f:
            project_json = json.load(f)
        model = getattr(torchvision.models, factory)(weights=None)
        problems, total, tensors, calls = check_model(project_json, model, torch)
        status = "ok" if not problems else "MISMATCH"
        print("%-20s %-13s %12s parameters, %3d tensors, %3d module calls: %s"
              % (file_name, factory, format(total, ","), tensors, calls, status))
        for problem in problems:
            print("    " + problem)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
