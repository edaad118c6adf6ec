#!/usr/bin/python3
"""Export a PyTorch model to ONNX for MemPlanner to plan.

MemPlanner plans a training step, so the export keeps what training runs: the model is exported
in training mode (BatchNorm uses batch statistics, Dropout stays) with constant folding off, so
BatchNorm is not folded into the convolutions. The exporter's scope names are kept, so every ONNX
node still names its module (e.g. /layer1/layer1.0/conv1/Conv). The batch axis of every input
is dynamic (named "batch"), and so is the sequence axis of sequence inputs (named "seq").

  # a torchvision model, by name (no weights are downloaded)
  tools/export/export_onnx.py resnet18 -o resnet18.onnx

  # your own model: a Python file defining build_model() and example_input(batch)
  tools/export/export_onnx.py my_model.py -o my_model.onnx --strip-weights

  memplanner-cli plan resnet18.onnx --batch 32

The Python file defines
  build_model()                -> torch.nn.Module
  example_input(batch[, seq])  -> a tensor, a tuple of tensors (positional arguments of
                                  forward), or a dict of tensors (keyword arguments)
If example_input takes a `seq` parameter, the axes that change with it are the sequence axes.
Otherwise integer inputs of rank 2 ([batch, seq] token ids) get axis 1 as their sequence axis,
and so do the inputs whose axis 1 has the same length (attention masks); --seq-axis N or
--no-seq override that.

--strip-weights removes the initializers' data but keeps their names, types and shapes (they
become external data pointing at a file that does not exist), so a model of billions of
parameters exports to a file of a few hundred kilobytes. MemPlanner only needs the shapes.

Needs Debian's python3-torch (and python3-torchvision for model names); --strip-weights also
needs python3-onnx (apt-get install --no-install-recommends python3-onnx).
"""

import argparse
import difflib
import importlib.util
import inspect
import os
import sys
import tempfile
import warnings

EXIT_USAGE = 2
EXIT_FAILED = 1

# Example input per family of torchvision models: (channels, spatial size...) after the batch.
VIDEO_SHAPE = (3, 16, 112, 112)
IMAGE_SIZE_OVERRIDES = {"inception_v3": 299}
DETECTION_MODULES = ("detection", "optical_flow", "quantization")


class ExportError(Exception):
    """A problem the user can fix; printed without a traceback."""


def fail(message, code=EXIT_FAILED):
    sys.stderr.write("export_onnx: error: " + message.rstrip() + "\n")
    sys.exit(code)


def note(message):
    sys.stderr.write("export_onnx: " + message + "\n")


def import_torch():
    try:
        import torch  # noqa: F401
    except ImportError as e:
        raise ExportError(
            "cannot import torch (%s). On Debian: apt-get install python3-torch, and run this "
            "script with /usr/bin/python3." % e)
    return torch


# --- the model and its example input ------------------------------------------------------------

def torchvision_model(name, batch, image_size):
    """(model, example_input(batch, seq) function, description) for a torchvision model name."""
    torch = import_torch()
    try:
        import torchvision.models as tvm
    except ImportError as e:
        raise ExportError("cannot import torchvision (%s). On Debian: apt-get install "
                          "python3-torchvision." % e)
    names = list_torchvision_models(tvm)
    if name not in names:
        close = difflib.get_close_matches(name, names, n=5)
        hint = (" Did you mean: %s?" % ", ".join(close)) if close else ""
        raise ExportError("“%s” is neither a Python file nor a torchvision model name.%s "
                          "Run with --list-models to see them all." % (name, hint))
    family = torchvision_family(tvm, name)
    if family in DETECTION_MODULES:
        raise ExportError(
            "torchvision's %s models (%s) take targets and lists of images in training mode, "
            "which a fixed ONNX graph cannot express. Write a Python file with build_model() "
            "and example_input(batch) that wraps the part you want to plan (e.g. the backbone)."
            % (family, name))
    # No weights at all (nothing is downloaded): random initialisation has the same shapes.
    kwargs = {"weights": None}
    builder = tvm.get_model if hasattr(tvm, "get_model") else \
        (lambda n, **kw: getattr(tvm, n)(**kw))
    try:
        signature = inspect.signature(tvm.get_model_builder(name)) \
            if hasattr(tvm, "get_model_builder") else None
    except (TypeError, ValueError):
        signature = None
    if signature is not None and ("weights_backbone" in signature.parameters
                                  or any(p.kind == p.VAR_KEYWORD
                                         for p in signature.parameters.values())):
        kwargs["weights_backbone"] = None
    if name in ("inception_v3", "googlenet"):
        kwargs["init_weights"] = False  # the scipy-based initialiser is slow and not needed
    try:
        try:
            model = builder(name, **kwargs)
        except TypeError:
            kwargs.pop("init_weights", None)
            kwargs.pop("weights_backbone", None)
            model = builder(name, **kwargs)
    except Exception as e:
        raise ExportError("cannot build torchvision's %s: %s: %s" % (name, type(e).__name__, e))

    if family == "video":
        shape = VIDEO_SHAPE
    else:
        size = image_size or IMAGE_SIZE_OVERRIDES.get(name, 224)
        shape = (3, size, size)

    def example(b, seq=None):
        return torch.randn((b,) + tuple(shape))

    return model, example, "torchvision.models %s, input [batch, %s]" % (
        name, ", ".join(str(d) for d in shape))


def list_torchvision_models(tvm):
    if hasattr(tvm, "list_models"):
        return sorted(tvm.list_models())
    return sorted(n for n, f in vars(tvm).items()
                  if callable(f) and n[:1].islower() and not n.startswith("_"))


def torchvision_family(tvm, name):
    """"classification", "segmentation", "video", "detection", ... (the submodule of the name)."""
    if not hasattr(tvm, "list_models"):
        return "classification"
    for family in ("segmentation", "video", "detection", "optical_flow", "quantization"):
        module = getattr(tvm, family, None)
        if module is not None:
            try:
                if name in tvm.list_models(module=module):
                    return family
            except TypeError:
                pass
    return "classification"


def user_model(path):
    """(model, example_input(batch, seq) function, description) from a user's Python file."""
    import_torch()
    if not os.path.isfile(path):
        raise ExportError("%s: no such file." % path)
    directory = os.path.dirname(os.path.abspath(path))
    sys.path.insert(0, directory)  # so the file can import its neighbours
    spec = importlib.util.spec_from_file_location("memplanner_user_model", path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except SyntaxError as e:
        raise ExportError("%s is not valid Python: %s (line %s)." % (path, e.msg, e.lineno))
    except Exception as e:
        raise ExportError("%s failed while loading: %s: %s" % (path, type(e).__name__, e))
    missing = [f for f in ("build_model", "example_input") if not callable(getattr(module, f, None))]
    if missing:
        raise ExportError("%s must define %s (build_model() returns the torch.nn.Module, "
                          "example_input(batch) its input)." % (path, " and ".join(
                              f + "()" for f in missing)))
    try:
        model = module.build_model()
    except Exception as e:
        raise ExportError("%s: build_model() failed: %s: %s" % (path, type(e).__name__, e))
    import torch
    if not isinstance(model, torch.nn.Module):
        raise ExportError("%s: build_model() returned %s, not a torch.nn.Module."
                          % (path, type(model).__name__))
    takes_seq = "seq" in inspect.signature(module.example_input).parameters

    def example(b, seq=None):
        try:
            if takes_seq and seq is not None:
                return module.example_input(b, seq=seq)
            return module.example_input(b)
        except Exception as e:
            raise ExportError("%s: example_input(%d) failed: %s: %s"
                              % (path, b, type(e).__name__, e))

    example.takes_seq = takes_seq
    return model, example, path


# --- inputs, outputs and their dynamic axes -------------------------------------------------------

def normalise_inputs(example, model, where):
    """(args for torch.onnx.export, [(name, tensor)]) from example_input's result."""
    import torch
    if isinstance(example, torch.Tensor):
        return (example,), [("input", example)]
    if isinstance(example, (tuple, list)):
        if not example:
            raise ExportError("%s returned an empty tuple." % where)
        bad = [i for i, t in enumerate(example) if not isinstance(t, torch.Tensor)]
        if bad:
            raise ExportError("%s: element %d is a %s; only tensors are supported."
                              % (where, bad[0], type(example[bad[0]]).__name__))
        names = ["input"] if len(example) == 1 else ["input_%d" % i for i in range(len(example))]
        try:
            params = [p for p in inspect.signature(model.forward).parameters.values()
                      if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
            if len(params) >= len(example):
                names = [p.name for p in params[:len(example)]]
        except (TypeError, ValueError):
            pass
        return tuple(example), list(zip(names, example))
    if isinstance(example, dict):
        if not example:
            raise ExportError("%s returned an empty dict." % where)
        bad = [k for k, t in example.items() if not isinstance(t, torch.Tensor)]
        if bad:
            raise ExportError("%s: “%s” is a %s; only tensors are supported."
                              % (where, bad[0], type(example[bad[0]]).__name__))
        # torch.onnx passes a trailing dict as keyword arguments, in forward()'s order.
        try:
            order = list(inspect.signature(model.forward).parameters)
        except (TypeError, ValueError):
            order = []
        keys = sorted(example, key=lambda k: order.index(k) if k in order else len(order))
        unknown = [k for k in keys if k not in order]
        if order and unknown and not any(
                p.kind == p.VAR_KEYWORD
                for p in inspect.signature(model.forward).parameters.values()):
            raise ExportError("%s: forward() has no parameter “%s”." % (where, unknown[0]))
        return (dict(example),), [(k, example[k]) for k in keys]
    raise ExportError("%s returned a %s; return a tensor, a tuple of tensors or a dict of "
                      "tensors." % (where, type(example).__name__))


def changed_axes(a, b):
    if a.dim() != b.dim():
        return None
    return [i for i in range(a.dim()) if a.shape[i] != b.shape[i]]


def input_dynamic_axes(named, named_other_batch, named_other_seq, seq_axis, no_seq):
    """{input name: {axis: "batch" | "seq"}} from two or three calls of example_input."""
    import torch
    axes = {}
    for i, (name, t) in enumerate(named):
        d = {}
        changed = changed_axes(t, named_other_batch[i][1])
        if changed is None:
            raise ExportError("example_input returns tensors of different ranks for different "
                              "batch sizes (input “%s”)." % name)
        for a in changed:
            d[a] = "batch"
        if not no_seq:
            if seq_axis is not None:
                if t.dim() > seq_axis and seq_axis not in d:
                    d[seq_axis] = "seq"
            elif named_other_seq is not None:
                for a in changed_axes(t, named_other_seq[i][1]) or []:
                    d.setdefault(a, "seq")
            elif t.dim() == 2 and not t.is_floating_point() and t.dtype != torch.bool \
                    and 0 in d and 1 not in d:
                d[1] = "seq"  # token ids [batch, seq]
        if d:
            axes[name] = d
    if not no_seq and seq_axis is None and named_other_seq is None:
        # Inputs that go with the token ids (attention masks, per-token weights): axis 1 of
        # the same length.
        lengths = {t.shape[1] for name, t in named if axes.get(name, {}).get(1) == "seq"}
        for name, t in named:
            d = axes.setdefault(name, {})
            if t.dim() >= 2 and 0 in d and 1 not in d and t.shape[1] in lengths:
                d[1] = "seq"
    return {name: dict(sorted(d.items())) for name, d in axes.items() if d}


def flatten_outputs(out):
    import torch
    if isinstance(out, torch.Tensor):
        return [out]
    if isinstance(out, dict):
        return [t for v in out.values() for t in flatten_outputs(v)]
    if isinstance(out, (tuple, list)):
        return [t for v in out for t in flatten_outputs(v)]
    return []


# --- export and weight stripping --------------------------------------------------------------

def export(args):
    torch = import_torch()
    if os.path.isfile(args.model) or args.model.endswith(".py"):
        model, example, description = user_model(args.model)
    else:
        model, example, description = torchvision_model(args.model, args.example_batch,
                                                        args.image_size)
    takes_seq = getattr(example, "takes_seq", False)

    b = args.example_batch
    with torch.no_grad():
        first = example(b, seq=args.example_seq if takes_seq else None)
        other = example(b + 1, seq=args.example_seq if takes_seq else None)
        other_seq = example(b, seq=args.example_seq + 1) if takes_seq else None
    export_args, named = normalise_inputs(first, model, "example_input(%d)" % b)
    _, named_b = normalise_inputs(other, model, "example_input(%d)" % (b + 1))
    named_s = normalise_inputs(other_seq, model, "example_input")[1] if takes_seq else None
    if len(named_b) != len(named) or (named_s is not None and len(named_s) != len(named)):
        raise ExportError("example_input returns a different number of inputs for different "
                          "sizes.")
    dynamic = input_dynamic_axes(named, named_b, named_s, args.seq_axis, args.no_seq)
    if not any("batch" in d.values() for d in dynamic.values()):
        note("warning: no input changes with the batch size, so the ONNX graph has a fixed batch.")

    model.train()
    try:
        with torch.no_grad():
            outputs = flatten_outputs(model(*export_args[:-1], **export_args[-1])
                                      if isinstance(export_args[-1], dict)
                                      else model(*export_args))
    except Exception as e:
        raise ExportError("the model's forward() failed on the example input: %s: %s"
                          % (type(e).__name__, e))
    if not outputs:
        raise ExportError("the model's forward() returned no tensor.")
    output_names = ["output"] if len(outputs) == 1 else ["output_%d" % i
                                                         for i in range(len(outputs))]
    for name, t in zip(output_names, outputs):
        if t.dim() >= 1 and t.shape[0] == b:
            dynamic[name] = {0: "batch"}
    input_names = [n for n, _ in named]
    model.train()  # the dry run above ran in training mode too; export in it

    out_path = args.output or default_output(args.model)
    # Expected in training mode (BatchNorm's num_batches_tracked += 1 is dropped); not news.
    warnings.filterwarnings("ignore", message=".*Removing mutation from node aten::add_.*")
    with tempfile.TemporaryDirectory(prefix="memplanner-export-") as tmp:
        # Export into a folder first: models over 2 GB get their weights as external files.
        raw = os.path.join(tmp, "model.onnx")
        try:
            torch.onnx.export(
                model, export_args, raw,
                # Stripped: the parameters become graph inputs with their shapes, turned back
                # into data-less initializers below, so no weight is ever written.
                export_params=not args.strip_weights,
                training=torch.onnx.TrainingMode.TRAINING,
                do_constant_folding=False,
                opset_version=args.opset,
                input_names=input_names,
                output_names=output_names,
                dynamic_axes=dynamic)
        except Exception as e:
            message = str(e).strip().splitlines()
            first = message[0].split("[Caused by")[0].strip() if message else ""
            if "adaptive_avg_pool" in first:
                hint = ("ONNX expresses adaptive pooling only when the input size is a "
                        "multiple of the output size: try another --image-size (e.g. 256).")
            else:
                hint = ("An operator may be missing at opset %d: try --opset 17 (the highest "
                        "this PyTorch knows), or replace the operator in build_model()."
                        % args.opset)
            raise ExportError("torch.onnx.export failed: %s: %s\n%s"
                              % (type(e).__name__, first, hint))
        summary = finish(raw, out_path, args.strip_weights, input_names)

    axes = ", ".join("%s[%s]" % (n, ", ".join("%d=%s" % kv for kv in d.items()))
                     for n, d in dynamic.items() if n in input_names)
    print("Wrote %s: %s" % (out_path, description))
    print("  %s, opset %d, training mode; dynamic axes: %s" % (summary, args.opset,
                                                               axes or "none"))
    print("Plan it:  memplanner-cli plan %s --batch 32" % out_path)


def default_output(model):
    base = os.path.splitext(os.path.basename(model))[0]
    return base + ".onnx"


def finish(raw, out_path, strip, input_names):
    """Copies (or strips) the exported model to out_path; returns a one-line summary."""
    size = os.path.getsize(raw)
    if not strip:
        external = [f for f in os.listdir(os.path.dirname(raw)) if f != "model.onnx"]
        if external:
            raise ExportError(
                "the model is over 2 GB, so PyTorch wrote its weights as %d external files. "
                "MemPlanner needs only the shapes: run again with --strip-weights." % len(external))
        with open(raw, "rb") as src, open(out_path, "wb") as dst:
            dst.write(src.read())
        try:
            import onnx
        except ImportError:
            return "%d bytes" % size
        m = onnx.load(out_path)
        return describe(m, os.path.getsize(out_path))
    import onnx  # checked in main()
    m = onnx.load(raw, load_external_data=False)
    stripped = parameters_to_initializers(m, input_names) + strip_weights(m)
    onnx.save(m, out_path)
    return describe(m, os.path.getsize(out_path)) + ", %d initializers stripped" % stripped


STRIPPED_LOCATION = "memplanner-stripped-weights.bin"


def parameters_to_initializers(m, input_names):
    """Turns the graph inputs that are not the model's inputs (the parameters and buffers of an
    export without parameters) into data-less initializers; returns how many."""
    from onnx import TensorProto
    keep = []
    count = 0
    for value in m.graph.input:
        if value.name in input_names:
            keep.append(value)
            continue
        shape = value.type.tensor_type.shape
        if any(not d.HasField("dim_value") for d in shape.dim):
            raise ExportError("parameter “%s” has no static shape in the export." % value.name)
        t = TensorProto()
        t.name = value.name
        t.data_type = value.type.tensor_type.elem_type
        t.dims.extend(d.dim_value for d in shape.dim)
        mark_stripped(t)
        m.graph.initializer.append(t)
        count += 1
    del m.graph.input[:]
    m.graph.input.extend(keep)
    return count


def mark_stripped(t):
    """Marks @p t as external data in a file that does not exist: "values stored elsewhere"."""
    from onnx import TensorProto
    t.data_location = TensorProto.EXTERNAL
    entry = t.external_data.add()
    entry.key = "location"
    entry.value = STRIPPED_LOCATION


# Initializers up to this size keep their values: shape tensors and scalars that an importer
# may need to fold (MemPlanner's own importer keeps tensor values up to 4096 bytes too).
KEPT_DATA_BYTES = 4096


def strip_weights(m):
    """Removes the data of every initializer that still has more than KEPT_DATA_BYTES of it,
    keeping name, type and dims; returns how many."""
    import onnx
    count = 0
    for t in m.graph.initializer:
        if t.data_location == t.EXTERNAL:
            continue  # already stripped, or its values are elsewhere anyway
        elements = 1
        for d in t.dims:
            elements *= d
        itemsize = 4
        for lookup in (lambda: onnx.helper.tensor_dtype_to_np_dtype(t.data_type),
                       lambda: onnx.mapping.TENSOR_TYPE_TO_NP_TYPE[t.data_type]):
            try:
                itemsize = lookup().itemsize
                break
            except (AttributeError, KeyError, TypeError):
                pass
        if elements * itemsize <= KEPT_DATA_BYTES:
            continue
        for field in ("raw_data", "float_data", "double_data", "int32_data", "int64_data",
                      "uint64_data", "string_data", "external_data"):
            t.ClearField(field)
        # Marked external, so ONNX tools read it as "data stored elsewhere" instead of empty.
        mark_stripped(t)
        count += 1
    m.doc_string = (m.doc_string + "\n" if m.doc_string else "") + \
        "Initializer data stripped by MemPlanner's export_onnx.py: shapes only."
    return count


def describe(m, size):
    params = 0
    for t in m.graph.initializer:
        n = 1
        for d in t.dims:
            n *= d
        params += n
    return "%d nodes, %d initializers (%s parameters and buffers), %s" % (
        len(m.graph.node), len(m.graph.initializer), human(params, ""), human_bytes(size))


def human(n, unit):
    for factor, suffix in ((1e9, " G"), (1e6, " M"), (1e3, " k")):
        if n >= factor:
            return "%.1f%s%s" % (n / factor, suffix, unit)
    return "%d%s" % (n, " " + unit if unit else "")


def human_bytes(n):
    for factor, suffix in ((1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")):
        if n >= factor:
            return "%.1f %s" % (n / factor, suffix)
    return "%d bytes" % n


def opset_range():
    """The opsets this PyTorch can export to."""
    import_torch()
    try:
        from torch.onnx import _constants
        return _constants.ONNX_MIN_OPSET, _constants.ONNX_MAX_OPSET
    except (ImportError, AttributeError):
        return 7, 17


def main(argv=None):
    p = argparse.ArgumentParser(
        prog="export_onnx.py",
        description="Export a PyTorch model to ONNX, in training mode, for MemPlanner to plan.",
        epilog="Then: memplanner-cli plan MODEL.onnx --batch 32")
    p.add_argument("model", nargs="?",
                   help="a torchvision model name (resnet18, vit_b_16, …) or a Python file "
                        "defining build_model() and example_input(batch)")
    p.add_argument("-o", "--output", help="the ONNX file to write (default: MODEL.onnx here)")
    p.add_argument("--opset", type=int, default=14, help="ONNX opset version (default 14)")
    p.add_argument("--strip-weights", action="store_true",
                   help="drop the weights' data, keep their shapes (needs python3-onnx)")
    p.add_argument("--example-batch", type=int, default=2,
                   help="batch size of the example input used for tracing (default 2; "
                        "the exported batch axis is dynamic)")
    p.add_argument("--example-seq", type=int, default=16,
                   help="sequence length passed to example_input(batch, seq) when it takes "
                        "one (default 16)")
    p.add_argument("--image-size", type=int,
                   help="image height and width for torchvision models (default 224, 299 for "
                        "inception_v3)")
    p.add_argument("--seq-axis", type=int,
                   help="mark this axis of every input of higher rank as the sequence axis")
    p.add_argument("--no-seq", action="store_true", help="no sequence axis on any input")
    p.add_argument("--list-models", action="store_true",
                   help="list the torchvision model names and exit")
    args = p.parse_args(argv)

    try:
        if args.list_models:
            import_torch()
            import torchvision.models as tvm
            print("\n".join(list_torchvision_models(tvm)))
            return 0
        if not args.model:
            p.print_usage(sys.stderr)
            fail("give a torchvision model name or a Python file.", EXIT_USAGE)
        if args.example_batch < 2:
            fail("--example-batch must be at least 2 (BatchNorm in training mode needs more "
                 "than one value per channel).", EXIT_USAGE)
        if args.example_seq < 1:
            fail("--example-seq must be positive.", EXIT_USAGE)
        if args.seq_axis is not None and args.seq_axis < 1:
            fail("--seq-axis must be 1 or more (axis 0 is the batch).", EXIT_USAGE)
        low, high = opset_range()
        if not low <= args.opset <= high:
            fail("--opset %d is out of range (%d to %d with this PyTorch)."
                 % (args.opset, low, high), EXIT_USAGE)
        if args.strip_weights:
            try:
                import onnx  # noqa: F401
            except ImportError as e:
                raise ExportError("--strip-weights needs the onnx Python package (%s). On "
                                  "Debian: apt-get install --no-install-recommends python3-onnx."
                                  % e)
        export(args)
    except ExportError as e:
        fail(str(e))
    except KeyboardInterrupt:
        fail("interrupted.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
