#!/usr/bin/python3
"""Generate MemPlanner's eight built-in networks as `.memplan` files.

Usage:
    /usr/bin/python3 tools/builtin/make_builtins.py [--out DIR] [--check]

Without options the files are (re)written to resources/networks/.  With --check nothing is
written; the script fails if a file on disk differs from what it would generate (for CI).

The output is deterministic: the same script always produces byte-identical files.  Node order
is forward (execution) order.  Every graph follows docs/FORMAT.md (version 1).

Before anything is written, every network is verified by code that does not trust the builders:
  * a shape checker propagates shapes at batch 2 / seq 128 and rejects inconsistent inputs
    (wrong Linear in_features, Add operands that do not broadcast, ...), and checks a few
    landmark shapes (ResNet-50 reaches [2, 2048, 7, 7] before avgpool, ...);
  * a parameter counter applies FORMAT.md's parameter formulas to the inferred shapes
    (BatchNorm running statistics are buffers, tied weights count once) and must reproduce the
    published parameter count of the reference implementation exactly.

Standard library only.  tools/builtin/check_against_torchvision.py reuses this module to compare
the CNNs with torchvision module by module.
"""

import argparse
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_OUT = os.path.join(REPO_ROOT, "resources", "networks")

# Configurations the planner opens a built-in with.  Only sequence models carry "seq": for the
# others it would be an unused knob.
CNN_CONFIG = {"mode": "train", "batch": 32, "optimizer": "adam", "precision": "fp32",
              "checkpoint": "none", "runtime": "pytorch-cuda"}
DEVICES = ["colab-t4"]


# ---------------------------------------------------------------------------------------------
# Graph construction
# ---------------------------------------------------------------------------------------------

class Graph:
    """Collects graph inputs and nodes in the order they are added (= forward order)."""

    def __init__(self):
        self.inputs = []
        self.nodes = []
        self._names = set()

    def _claim(self, name):
        # Names share one namespace with graph inputs (both can be referenced in "inputs").
        if name in self._names:
            raise ValueError("duplicate tensor name: " + name)
        self._names.add(name)

    def input(self, name, shape, dtype="float32"):
        self._claim(name)
        self.inputs.append({"name": name, "shape": list(shape), "dtype": dtype})
        return name

    def node(self, name, op, inputs, module=None, **attrs):
        """Add a node and return its name, so calls can be chained like a forward pass."""
        self._claim(name)
        for ref in inputs:
            if ref.split(":")[0] not in self._names:
                raise ValueError("%s uses %s before it is defined" % (name, ref))
        node = {"name": name, "op": op, "inputs": list(inputs)}
        if module is not None:
            node["module"] = module
        if attrs:
            node["attrs"] = attrs
        self.nodes.append(node)
        return name

    def to_json(self):
        return {"inputs": self.inputs, "nodes": self.nodes}


def join(*parts):
    """Dotted module path; empty parts are skipped so top-level modules have no leading dot."""
    return ".".join(str(p) for p in parts if p != "")


def conv(g, name, x, module, out, kernel, stride=1, padding=0, groups=1, bias=True):
    attrs = {"out_channels": out, "kernel": kernel, "stride": stride, "padding": padding}
    if groups != 1:
        attrs["groups"] = groups
    attrs["bias"] = bias
    return g.node(name, "Conv2d", [x], module, **attrs)


def batchnorm(g, name, x, module):
    return g.node(name, "BatchNorm", [x], module, eps=1e-5)


def relu(g, name, x, module, inplace=True):
    return g.node(name, "ReLU", [x], module, inplace=inplace)


def linear(g, name, x, module, out, bias=True, **extra):
    return g.node(name, "Linear", [x], module, out_features=out, bias=bias, **extra)


def dropout(g, name, x, module, p):
    return g.node(name, "Dropout", [x], module, p=p)


def cross_entropy(g, logits, target):
    # The loss is computed outside the model, so it belongs to no module.
    return g.node("loss", "CrossEntropy", [logits, target])


def project(name, description, source, graph, config):
    return {
        "format": "memplanner.project",
        "version": 1,
        "name": name,
        "description": description,
        "source": source,
        "graph": graph.to_json(),
        "layout": {},
        "config": config,
        "devices": list(DEVICES),
    }


# ---------------------------------------------------------------------------------------------
# 1. LeNet-300-100
# ---------------------------------------------------------------------------------------------

def build_lenet300():
    # No canonical PyTorch implementation exists; modules are named like the usual
    # `self.fc1 = nn.Linear(784, 300)` definition, with ReLUs as modules relu1/relu2.
    g = Graph()
    x = g.input("image", ["batch", 784])
    label = g.input("label", ["batch"], "int64")
    x = linear(g, "fc1", x, "fc1", 300)
    x = g.node("relu1", "ReLU", [x], "relu1")
    x = linear(g, "fc2", x, "fc2", 100)
    x = g.node("relu2", "ReLU", [x], "relu2")
    x = linear(g, "fc3", x, "fc3", 10)
    cross_entropy(g, x, label)
    return project(
        "LeNet-300-100",
        "Fully connected LeNet-300-100 for 28x28 MNIST digits flattened to 784 values "
        "(LeCun et al. 1998): 784-300-100-10 with ReLU. 266,610 parameters, as published.",
        "LeCun, Bottou, Bengio, Haffner 1998, 'Gradient-based learning applied to document "
        "recognition' (LeNet-300-100); PyTorch-style module with fc1/fc2/fc3",
        g, dict(CNN_CONFIG, batch=128))


# ---------------------------------------------------------------------------------------------
# 2. VGG-16
# ---------------------------------------------------------------------------------------------

# torchvision's configuration "D": channel counts, "M" = MaxPool2d(kernel 2, stride 2).
VGG16_CFG = [64, 64, "M", 128, 128, "M", 256, 256, 256, "M",
             512, 512, 512, "M", 512, 512, 512, "M"]


def vgg_features(g, x, cfg):
    """torchvision's make_layers: `features` is one nn.Sequential where a conv takes two slots
    (Conv2d, ReLU) and a pool one, so the module index advances by 2 or 1.  Node names use the
    classic conv<block>_<layer> / pool<block> naming, which reads better than "features.17"."""
    index, block, layer = 0, 1, 1
    for item in cfg:
        if item == "M":
            x = g.node("pool%d" % block, "MaxPool2d", [x], join("features", index),
                       kernel=2, stride=2)
            index += 1
            block, layer = block + 1, 1
        else:
            x = conv(g, "conv%d_%d" % (block, layer), x, join("features", index), item, 3,
                     padding=1)
            x = relu(g, "relu%d_%d" % (block, layer), x, join("features", index + 1))
            index += 2
            layer += 1
    return x


def build_vgg16():
    g = Graph()
    x = g.input("image", ["batch", 3, 224, 224])
    label = g.input("label", ["batch"], "int64")
    x = vgg_features(g, x, VGG16_CFG)
    x = g.node("avgpool", "AdaptiveAvgPool2d", [x], "avgpool", output_size=7)
    x = g.node("flatten", "Flatten", [x], start_dim=1)  # torch.flatten(x, 1) in forward()
    x = linear(g, "fc6", x, "classifier.0", 4096)
    x = relu(g, "relu6", x, "classifier.1")
    x = dropout(g, "drop6", x, "classifier.2", 0.5)
    x = linear(g, "fc7", x, "classifier.3", 4096)
    x = relu(g, "relu7", x, "classifier.4")
    x = dropout(g, "drop7", x, "classifier.5", 0.5)
    x = linear(g, "fc8", x, "classifier.6", 1000)
    cross_entropy(g, x, label)
    return project(
        "VGG-16",
        "torchvision.models.vgg16 without batch norm (Simonyan & Zisserman 2014, "
        "configuration D) on 224x224 ImageNet images. 138,357,544 parameters "
        "(torchvision's published count).",
        "torchvision 0.15 torchvision/models/vgg.py (vgg16: cfg 'D', batch_norm=False)",
        g, dict(CNN_CONFIG))


# ---------------------------------------------------------------------------------------------
# 3./4. ResNet-18 and ResNet-50
# ---------------------------------------------------------------------------------------------

def downsample(g, x, prefix, out, stride):
    """Projection shortcut: downsample = Sequential(conv1x1(stride), BatchNorm2d)."""
    x = conv(g, join(prefix, "downsample.0"), x, join(prefix, "downsample.0"), out, 1,
             stride=stride, bias=False)
    return batchnorm(g, join(prefix, "downsample.1"), x, join(prefix, "downsample.1"))


def residual_join(g, out, identity, prefix):
    # `out += identity; out = self.relu(out)`: the sum overwrites the bn output (first input).
    # A block's single `relu` module is called several times, so the node names are numbered
    # while the module path stays "<block>.relu".
    out = g.node(join(prefix, "add"), "Add", [out, identity], prefix, inplace=True)
    return relu(g, join(prefix, "relu_out"), out, join(prefix, "relu"))


def basic_block(g, x, prefix, out, stride, has_downsample):
    """torchvision BasicBlock: 3x3 conv (stride) - BN - ReLU - 3x3 conv - BN, + identity."""
    identity = x
    y = conv(g, join(prefix, "conv1"), x, join(prefix, "conv1"), out, 3, stride=stride,
             padding=1, bias=False)
    y = batchnorm(g, join(prefix, "bn1"), y, join(prefix, "bn1"))
    y = relu(g, join(prefix, "relu1"), y, join(prefix, "relu"))
    y = conv(g, join(prefix, "conv2"), y, join(prefix, "conv2"), out, 3, padding=1, bias=False)
    y = batchnorm(g, join(prefix, "bn2"), y, join(prefix, "bn2"))
    # forward() computes the shortcut after bn2; keep that order.
    if has_downsample:
        identity = downsample(g, x, prefix, out, stride)
    return residual_join(g, y, identity, prefix)


def bottleneck(g, x, prefix, planes, stride, has_downsample):
    """torchvision Bottleneck (ResNet v1.5): 1x1 - 3x3 (stride) - 1x1 (4x planes)."""
    identity = x
    y = conv(g, join(prefix, "conv1"), x, join(prefix, "conv1"), planes, 1, bias=False)
    y = batchnorm(g, join(prefix, "bn1"), y, join(prefix, "bn1"))
    y = relu(g, join(prefix, "relu1"), y, join(prefix, "relu"))
    y = conv(g, join(prefix, "conv2"), y, join(prefix, "conv2"), planes, 3, stride=stride,
             padding=1, bias=False)
    y = batchnorm(g, join(prefix, "bn2"), y, join(prefix, "bn2"))
    y = relu(g, join(prefix, "relu2"), y, join(prefix, "relu"))
    y = conv(g, join(prefix, "conv3"), y, join(prefix, "conv3"), planes * 4, 1, bias=False)
    y = batchnorm(g, join(prefix, "bn3"), y, join(prefix, "bn3"))
    if has_downsample:
        identity = downsample(g, x, prefix, planes * 4, stride)
    return residual_join(g, y, identity, prefix)


def build_resnet(depth):
    block, expansion, layers = {
        18: (basic_block, 1, [2, 2, 2, 2]),
        50: (bottleneck, 4, [3, 4, 6, 3]),
    }[depth]
    g = Graph()
    x = g.input("image", ["batch", 3, 224, 224])
    label = g.input("label", ["batch"], "int64")
    # Stem.
    x = conv(g, "conv1", x, "conv1", 64, 7, stride=2, padding=3, bias=False)
    x = batchnorm(g, "bn1", x, "bn1")
    x = relu(g, "relu", x, "relu")
    x = g.node("maxpool", "MaxPool2d", [x], "maxpool", kernel=3, stride=2, padding=1)
    # Stages: like torchvision's _make_layer, the first block of a stage strides (except
    # layer1) and gets a projection shortcut when the shape changes.
    in_channels = 64
    for stage, (planes, count) in enumerate(zip([64, 128, 256, 512], layers), start=1):
        for index in range(count):
            stride = 2 if (index == 0 and stage > 1) else 1
            needs_projection = stride != 1 or in_channels != planes * expansion
            x = block(g, x, "layer%d.%d" % (stage, index), planes, stride, needs_projection)
            in_channels = planes * expansion
    x = g.node("avgpool", "AdaptiveAvgPool2d", [x], "avgpool", output_size=1)
    x = g.node("flatten", "Flatten", [x], start_dim=1)  # torch.flatten(x, 1) in forward()
    x = linear(g, "fc", x, "fc", 1000)
    cross_entropy(g, x, label)
    published = {18: "11,689,512", 50: "25,557,032"}[depth]
    return project(
        "ResNet-%d" % depth,
        "torchvision.models.resnet%d (He et al. 2015; v1.5, the stride sits on the 3x3 conv) "
        "on 224x224 ImageNet images. %s parameters (torchvision's published count)."
        % (depth, published),
        "torchvision 0.15 torchvision/models/resnet.py (resnet%d)" % depth,
        g, dict(CNN_CONFIG))


# ---------------------------------------------------------------------------------------------
# 5. MobileNetV2
# ---------------------------------------------------------------------------------------------

# torchvision's inverted_residual_setting: expansion t, output channels c, repeats n, stride s.
MOBILENETV2_SETTING = [[1, 16, 1, 1], [6, 24, 2, 2], [6, 32, 3, 2], [6, 64, 4, 2],
                       [6, 96, 3, 1], [6, 160, 3, 2], [6, 320, 1, 1]]


def conv_bn_relu6(g, x, name, module, out, kernel, stride=1, groups=1):
    """torchvision Conv2dNormActivation: Sequential(Conv2d no bias, BatchNorm2d, ReLU6
    inplace), padding (k-1)//2, so its children are <module>.0/.1/.2."""
    x = conv(g, name + ".conv", x, join(module, 0), out, kernel, stride=stride,
             padding=(kernel - 1) // 2, groups=groups, bias=False)
    x = batchnorm(g, name + ".bn", x, join(module, 1))
    return g.node(name + ".relu6", "ReLU6", [x], join(module, 2), inplace=True)


def inverted_residual(g, x, index, in_channels, out, stride, expand_ratio):
    """torchvision InvertedResidual at features.<index>: optional 1x1 expansion, 3x3 depthwise,
    1x1 linear projection (conv + BN, no activation); `x + conv(x)` when the shape is kept."""
    prefix = "features.%d" % index
    name = "block%d" % index
    hidden = in_channels * expand_ratio
    layers = []  # children of the block's `conv` Sequential, numbered as torchvision does
    y = x
    if expand_ratio != 1:
        y = conv_bn_relu6(g, y, name + ".expand", join(prefix, "conv", len(layers)), hidden, 1)
        layers.append("expand")
    y = conv_bn_relu6(g, y, name + ".dw", join(prefix, "conv", len(layers)), hidden, 3,
                      stride=stride, groups=hidden)
    layers.append("dw")
    y = conv(g, name + ".project.conv", y, join(prefix, "conv", len(layers)), out, 1,
             bias=False)
    y = batchnorm(g, name + ".project.bn", y, join(prefix, "conv", len(layers) + 1))
    if stride == 1 and in_channels == out:
        # `return x + self.conv(x)`: out of place, the sum is a new tensor.
        y = g.node(name + ".add", "Add", [x, y], prefix, inplace=False)
    return y


def build_mobilenetv2():
    g = Graph()
    x = g.input("image", ["batch", 3, 224, 224])
    label = g.input("label", ["batch"], "int64")
    x = conv_bn_relu6(g, x, "stem", "features.0", 32, 3, stride=2)
    in_channels, index = 32, 1
    for t, c, n, s in MOBILENETV2_SETTING:
        for i in range(n):
            x = inverted_residual(g, x, index, in_channels, c, s if i == 0 else 1, t)
            in_channels, index = c, index + 1
    x = conv_bn_relu6(g, x, "head", "features.%d" % index, 1280, 1)
    # forward() uses nn.functional.adaptive_avg_pool2d and torch.flatten: no modules.
    x = g.node("avgpool", "AdaptiveAvgPool2d", [x], output_size=1)
    x = g.node("flatten", "Flatten", [x], start_dim=1)
    x = dropout(g, "dropout", x, "classifier.0", 0.2)
    x = linear(g, "fc", x, "classifier.1", 1000)
    cross_entropy(g, x, label)
    return project(
        "MobileNetV2",
        "torchvision.models.mobilenet_v2, width multiplier 1.0 (Sandler et al. 2018) on "
        "224x224 ImageNet images. 3,504,872 parameters (torchvision's published count).",
        "torchvision 0.15 torchvision/models/mobilenetv2.py (mobilenet_v2)",
        g, dict(CNN_CONFIG))


# ---------------------------------------------------------------------------------------------
# 6. BERT-base
# ---------------------------------------------------------------------------------------------

BERT_HIDDEN, BERT_HEADS, BERT_FFN, BERT_LAYERS = 768, 12, 3072, 12
BERT_EPS, BERT_DROPOUT = 1e-12, 0.1


def bert_embeddings(g, input_ids, token_type_ids, position_ids):
    """BertEmbeddings: word + token_type, then += position (HF's order), LayerNorm, dropout.
    padding_idx 0 is HF's pad_token_id for the word embeddings."""
    m = "embeddings"
    words = g.node("emb.word", "Embedding", [input_ids], join(m, "word_embeddings"),
                   num_embeddings=30522, embedding_dim=BERT_HIDDEN, padding_idx=0)
    types = g.node("emb.token_type", "Embedding", [token_type_ids],
                   join(m, "token_type_embeddings"), num_embeddings=2,
                   embedding_dim=BERT_HIDDEN)
    positions = g.node("emb.position", "Embedding", [position_ids],
                       join(m, "position_embeddings"), num_embeddings=512,
                       embedding_dim=BERT_HIDDEN)
    x = g.node("emb.add_token_type", "Add", [words, types], m)
    # `embeddings += position_embeddings`: in place; the [1, seq, 768] positions broadcast
    # over the batch.
    x = g.node("emb.add_position", "Add", [x, positions], m, inplace=True)
    x = g.node("emb.norm", "LayerNorm", [x], join(m, "LayerNorm"), eps=BERT_EPS)
    return dropout(g, "emb.dropout", x, join(m, "dropout"), BERT_DROPOUT)


def bert_layer(g, x, index):
    """BertLayer: self-attention block and feed-forward block, both post-LayerNorm."""
    m = "encoder.layer.%d" % index
    name = "layer%d" % index
    # BertSelfAttention (query/key/value, attention-probs dropout) plus BertSelfOutput.dense
    # form one MultiHeadAttention whose out projection is that dense layer.
    a = g.node(name + ".attention", "MultiHeadAttention", [x], join(m, "attention"),
               embed_dim=BERT_HIDDEN, num_heads=BERT_HEADS, dropout=BERT_DROPOUT,
               path="auto")
    a = dropout(g, name + ".attention_dropout", a, join(m, "attention.output.dropout"),
                BERT_DROPOUT)
    # BertSelfOutput: LayerNorm(hidden_states + input_tensor).
    a = g.node(name + ".attention_residual", "Add", [a, x], join(m, "attention.output"))
    a = g.node(name + ".attention_norm", "LayerNorm", [a], join(m, "attention.output.LayerNorm"),
               eps=BERT_EPS)
    # BertIntermediate and BertOutput.
    f = linear(g, name + ".intermediate", a, join(m, "intermediate.dense"), BERT_FFN)
    f = g.node(name + ".gelu", "GELU", [f], join(m, "intermediate.intermediate_act_fn"),
               approximate="none")
    f = linear(g, name + ".output", f, join(m, "output.dense"), BERT_HIDDEN)
    f = dropout(g, name + ".output_dropout", f, join(m, "output.dropout"), BERT_DROPOUT)
    f = g.node(name + ".output_residual", "Add", [f, a], join(m, "output"))
    return g.node(name + ".output_norm", "LayerNorm", [f], join(m, "output.LayerNorm"),
                  eps=BERT_EPS)


def build_bert_base():
    g = Graph()
    input_ids = g.input("input_ids", ["batch", "seq"], "int64")
    token_type_ids = g.input("token_type_ids", ["batch", "seq"], "int64")
    position_ids = g.input("position_ids", [1, "seq"], "int64")
    target = g.input("target", ["batch", BERT_HIDDEN])
    x = bert_embeddings(g, input_ids, token_type_ids, position_ids)
    for index in range(BERT_LAYERS):
        x = bert_layer(g, x, index)
    # BertPooler: dense + tanh over the first ([CLS]) token.
    x = g.node("pooler.cls", "Select", [x], "pooler", dim=1, index=0)
    x = linear(g, "pooler.dense", x, "pooler.dense", BERT_HIDDEN)
    x = g.node("pooler.tanh", "Tanh", [x], "pooler.activation")
    # BertModel has no task head; a regression loss on the pooled output stands in for one so
    # that training has a loss to differentiate.
    g.node("loss", "MSELoss", [x, target])
    return project(
        "BERT-base",
        "Hugging Face BertModel with pooler, bert-base-uncased configuration (Devlin et al. "
        "2018): 12 layers, hidden 768, 12 heads, FFN 3072, vocabulary 30522. 109,482,240 "
        "parameters (the published count of BertModel with pooler; often quoted as 110M). "
        "BertModel has no task head, so the loss is an MSE on the pooled output against a "
        "[batch, 768] target. The attention mask is omitted (no padding).",
        "Hugging Face transformers 4.x src/transformers/models/bert/modeling_bert.py "
        "(BertModel, bert-base-uncased config)",
        g, dict(CNN_CONFIG, batch=16, seq=128))


# ---------------------------------------------------------------------------------------------
# 7. GPT-2 small
# ---------------------------------------------------------------------------------------------

GPT2_HIDDEN, GPT2_HEADS, GPT2_LAYERS, GPT2_VOCAB = 768, 12, 12, 50257
GPT2_EPS, GPT2_DROPOUT = 1e-5, 0.1


def gpt2_block(g, x, index):
    """GPT2Block: pre-LayerNorm causal attention and MLP, each with a residual add."""
    m = "transformer.h.%d" % index
    name = "h%d" % index
    a = g.node(name + ".ln_1", "LayerNorm", [x], join(m, "ln_1"), eps=GPT2_EPS)
    # GPT2Attention: c_attn (fused q/k/v projection) and c_proj are the in/out projections;
    # attn_dropout is the attention dropout.
    a = g.node(name + ".attn", "MultiHeadAttention", [a], join(m, "attn"),
               embed_dim=GPT2_HIDDEN, num_heads=GPT2_HEADS, dropout=GPT2_DROPOUT, causal=True)
    a = dropout(g, name + ".attn.resid_dropout", a, join(m, "attn.resid_dropout"), GPT2_DROPOUT)
    x = g.node(name + ".attn_residual", "Add", [a, x], m)  # attn_output + residual
    f = g.node(name + ".ln_2", "LayerNorm", [x], join(m, "ln_2"), eps=GPT2_EPS)
    # GPT2MLP: Conv1D layers are plain linear maps; activation is gelu_new, HF's
    # NewGELUActivation: the tanh formula written as separate tensor ops ("decomposed").
    f = linear(g, name + ".mlp.c_fc", f, join(m, "mlp.c_fc"), 4 * GPT2_HIDDEN)
    f = g.node(name + ".mlp.act", "GELU", [f], join(m, "mlp.act"), approximate="tanh",
               decomposed=True)
    f = linear(g, name + ".mlp.c_proj", f, join(m, "mlp.c_proj"), GPT2_HIDDEN)
    f = dropout(g, name + ".mlp.dropout", f, join(m, "mlp.dropout"), GPT2_DROPOUT)
    return g.node(name + ".mlp_residual", "Add", [x, f], m)  # residual + feed_forward


def build_gpt2_small():
    g = Graph()
    input_ids = g.input("input_ids", ["batch", "seq"], "int64")
    position_ids = g.input("position_ids", [1, "seq"], "int64")
    labels = g.input("labels", ["batch", "seq"], "int64")
    wte = g.node("wte", "Embedding", [input_ids], "transformer.wte",
                 num_embeddings=GPT2_VOCAB, embedding_dim=GPT2_HIDDEN)
    wpe = g.node("wpe", "Embedding", [position_ids], "transformer.wpe",
                 num_embeddings=1024, embedding_dim=GPT2_HIDDEN)
    x = g.node("embed_add", "Add", [wte, wpe], "transformer")
    x = dropout(g, "embed_dropout", x, "transformer.drop", GPT2_DROPOUT)
    for index in range(GPT2_LAYERS):
        x = gpt2_block(g, x, index)
    x = g.node("ln_f", "LayerNorm", [x], "transformer.ln_f", eps=GPT2_EPS)
    # GPT2LMHeadModel ties lm_head.weight to transformer.wte.weight: no new parameters.
    x = linear(g, "lm_head", x, "lm_head", GPT2_VOCAB, bias=False, weight_from=wte)
    cross_entropy(g, x, labels)
    return project(
        "GPT-2 small",
        "Hugging Face GPT2LMHeadModel, gpt2 (small) configuration (Radford et al. 2019): "
        "12 layers, hidden 768, 12 heads, context 1024, vocabulary 50257; lm_head tied to "
        "the token embedding. 124,439,808 parameters (the published count, often quoted as "
        "124M). Language-modelling cross-entropy over every position (HF's one-token label "
        "shift is not modelled).",
        "Hugging Face transformers 4.x src/transformers/models/gpt2/modeling_gpt2.py "
        "(GPT2LMHeadModel, gpt2 config)",
        g, dict(CNN_CONFIG, batch=8, seq=512))


# ---------------------------------------------------------------------------------------------
# 8. LSTM text classifier
# ---------------------------------------------------------------------------------------------

# Parameters, by hand:
#   embedding 20000 * 128                          = 2,560,000
#   LSTM weight_ih 4*256*128 + weight_hh 4*256*256 =   393,216   (= 4*256*(128+256))
#   LSTM bias_ih + bias_hh 2 * 4*256               =     2,048
#   fc 256*2 + 2                                   =       514
#   total                                          = 2,955,778
LSTM_CLASSIFIER_PARAMS = 20000 * 128 + 4 * 256 * (128 + 256) + 2 * 4 * 256 + 256 * 2 + 2


def build_lstm_classifier():
    g = Graph()
    tokens = g.input("tokens", ["batch", "seq"], "int64")
    label = g.input("label", ["batch"], "int64")
    x = g.node("embedding", "Embedding", [tokens], "embedding",
               num_embeddings=20000, embedding_dim=128)
    # Classify from the last time step's hidden state.
    x = g.node("lstm", "LSTM", [x], "lstm", hidden_size=256, num_layers=1,
               return_sequences=False)
    x = dropout(g, "dropout", x, "dropout", 0.5)
    x = linear(g, "fc", x, "fc", 2)
    cross_entropy(g, x, label)
    return project(
        "LSTM text classifier",
        "Binary text classifier (IMDB-style sentiment): Embedding(20000, 128), one-layer "
        "LSTM(256, batch_first) whose last hidden state goes through Dropout(0.5) and "
        "Linear(256, 2). 2,955,778 parameters = 20000*128 (embedding) + 4*256*(128+256) "
        "(LSTM weights) + 2*4*256 (LSTM biases) + 256*2+2 (classifier).",
        "Generic PyTorch module: nn.Embedding -> nn.LSTM(batch_first=True) -> last step -> "
        "nn.Dropout -> nn.Linear",
        g, dict(CNN_CONFIG, batch=64, seq=200))


# ---------------------------------------------------------------------------------------------
# Registry: file name, builder, published parameter count, landmark shapes at batch 2/seq 128
# ---------------------------------------------------------------------------------------------

NETWORKS = [
    ("lenet300.memplan", build_lenet300, 266610,
     {"fc3": [2, 10]}),
    ("vgg16.memplan", build_vgg16, 138357544,
     {"pool5": [2, 512, 7, 7], "flatten": [2, 25088]}),
    ("resnet18.memplan", lambda: build_resnet(18), 11689512,
     {"maxpool": [2, 64, 56, 56], "layer4.1.relu_out": [2, 512, 7, 7]}),
    ("resnet50.memplan", lambda: build_resnet(50), 25557032,
     {"maxpool": [2, 64, 56, 56], "layer1.2.relu_out": [2, 256, 56, 56],
      "layer4.2.relu_out": [2, 2048, 7, 7]}),
    ("mobilenetv2.memplan", build_mobilenetv2, 3504872,
     {"block17.project.bn": [2, 320, 7, 7], "head.relu6": [2, 1280, 7, 7]}),
    ("bert-base.memplan", build_bert_base, 109482240,
     {"layer11.output_norm": [2, 128, 768], "pooler.tanh": [2, 768]}),
    ("gpt2-small.memplan", build_gpt2_small, 124439808,
     {"h11.mlp_residual": [2, 128, 768], "lm_head": [2, 128, 50257]}),
    ("lstm-classifier.memplan", build_lstm_classifier, LSTM_CLASSIFIER_PARAMS,
     {"lstm": [2, 256], "fc": [2, 2]}),
]


# ---------------------------------------------------------------------------------------------
# Verification: shape propagation and parameter counting, written from FORMAT.md alone
# ---------------------------------------------------------------------------------------------

class GraphError(Exception):
    pass


# Attribute defaults from FORMAT.md's operator table (only what the rules below read).
DEFAULTS = {
    "Conv1d": {"stride": 1, "padding": 0, "dilation": 1, "groups": 1, "bias": True},
    "Conv2d": {"stride": 1, "padding": 0, "dilation": 1, "groups": 1, "bias": True},
    "ConvTranspose2d": {"stride": 1, "padding": 0, "output_padding": 0, "dilation": 1,
                        "groups": 1, "bias": True},
    "Linear": {"bias": True, "weight_from": None},
    "BatchNorm": {"eps": 1e-5, "affine": True, "track_running_stats": True},
    "LayerNorm": {"normalized_shape": None, "eps": 1e-5, "elementwise_affine": True,
                  "bias": True},
    "GroupNorm": {"eps": 1e-5, "affine": True},
    "ReLU": {"inplace": False}, "ReLU6": {"inplace": False},
    "LeakyReLU": {"inplace": False, "negative_slope": 0.01},
    "GELU": {"approximate": "none", "decomposed": False},
    "Softmax": {"dim": -1}, "LogSoftmax": {"dim": -1},
    "MaxPool2d": {"stride": None, "padding": 0, "dilation": 1, "ceil_mode": False},
    "AvgPool2d": {"stride": None, "padding": 0, "ceil_mode": False},
    "AdaptiveAvgPool2d": {"output_size": 1},
    "Dropout": {"p": 0.5, "inplace": False},
    "Flatten": {"start_dim": 1, "end_dim": -1},
    "Add": {"inplace": False}, "Mul": {"inplace": False},
    "Embedding": {"padding_idx": None},
    "MultiHeadAttention": {"bias": True, "dropout": 0.0, "causal": False, "path": "auto"},
    "LSTM": {"num_layers": 1, "bias": True, "bidirectional": False, "return_sequences": True},
    "GRU": {"num_layers": 1, "bias": True, "bidirectional": False, "return_sequences": True},
}

FLOAT_DTYPES = {"float32", "float16", "bfloat16"}


def attrs_of(node):
    merged = dict(DEFAULTS.get(node["op"], {}))
    merged.update(node.get("attrs", {}))
    return merged


def require(condition, node, message):
    if not condition:
        raise GraphError("%s (%s): %s" % (node["name"], node["op"], message))


def spatial(value, dims):
    """A spatial attribute: an integer or a list with one entry per spatial dimension."""
    return list(value) if isinstance(value, list) else [value] * dims


def pooled_size(size, kernel, stride, padding, dilation, ceil_mode=False):
    span = size + 2 * padding - dilation * (kernel - 1) - 1
    out = (math.ceil if ceil_mode else math.floor)(span / stride) + 1
    if ceil_mode and (out - 1) * stride >= size + padding:
        out -= 1
    return out


def broadcast(shapes):
    rank = max(len(s) for s in shapes)
    out = []
    for axis in range(rank):
        sizes = {s[axis - rank + len(s)] for s in shapes if axis - rank + len(s) >= 0}
        sizes.discard(1)
        if len(sizes) > 1:
            return None
        out.append(sizes.pop() if sizes else 1)
    return out


def shape_conv(node, a, x):
    dims = 1 if node["op"] == "Conv1d" else 2
    require(len(x) == dims + 2, node, "expects [N, C, spatial x%d], got %s" % (dims, x))
    groups = a["groups"]
    require(x[1] % groups == 0 and a["out_channels"] % groups == 0, node,
            "channels %d -> %d not divisible by groups %d" % (x[1], a["out_channels"], groups))
    kernel, stride = spatial(a["kernel"], dims), spatial(a["stride"], dims)
    padding, dilation = spatial(a["padding"], dims), spatial(a["dilation"], dims)
    out = [pooled_size(x[2 + i], kernel[i], stride[i], padding[i], dilation[i])
           for i in range(dims)]
    require(all(o > 0 for o in out), node, "output spatial size %s" % out)
    return [x[0], a["out_channels"]] + out


def shape_maxpool(node, a, x):
    require(len(x) == 4, node, "expects [N, C, H, W], got %s" % x)
    kernel = spatial(a["kernel"], 2)
    stride = spatial(a["stride"] if a["stride"] is not None else a["kernel"], 2)
    padding = spatial(a["padding"], 2)
    dilation = spatial(a.get("dilation", 1), 2)
    require(all(2 * p <= k for p, k in zip(padding, kernel)), node,
            "padding must be at most half the kernel")
    return x[:2] + [pooled_size(x[2 + i], kernel[i], stride[i], padding[i], dilation[i],
                                a["ceil_mode"]) for i in range(2)]


def shape_flatten(node, a, x):
    start = a["start_dim"] % len(x)
    end = a["end_dim"] % len(x)
    require(start <= end, node, "start_dim after end_dim")
    return x[:start] + [math.prod(x[start:end + 1])] + x[end + 1:]


def shape_linear(node, a, x, tied):
    require(len(x) >= 1, node, "needs at least one dimension")
    if a["weight_from"] is not None:
        # A tied weight must have Linear's layout [out_features, in_features].
        require(tied == [a["out_features"], x[-1]], node,
                "tied weight %s does not fit [%d, %d]" % (tied, a["out_features"], x[-1]))
    return x[:-1] + [a["out_features"]]


def shape_lstm(node, a, x):
    require(len(x) == 3, node, "expects [N, S, I] (batch_first), got %s" % x)
    width = a["hidden_size"] * (2 if a["bidirectional"] else 1)
    return [x[0], x[1], width] if a["return_sequences"] else [x[0], width]


def shape_cross_entropy(node, logits, target, target_dtype):
    require(target_dtype == "int64", node, "target must be int64")
    ok = (len(logits) == 2 and target == logits[:1]) or \
         (len(logits) == 3 and target == logits[:2])
    require(ok, node, "logits %s do not match target %s" % (logits, target))
    return []


def infer_node(node, shapes, dtypes, weights):
    """Output shape and dtype of one node from its inputs' shapes (FORMAT.md semantics)."""
    op, a = node["op"], attrs_of(node)
    ins = [shapes[r] for r in node["inputs"]]
    in_dtypes = [dtypes[r] for r in node["inputs"]]
    x = ins[0]
    dtype = in_dtypes[0]
    # Arithmetic needs floats; indices only enter Embedding and as CrossEntropy targets, and
    # views (Flatten, Select) do not care.
    if op not in ("Embedding", "CrossEntropy", "Flatten", "Select"):
        require(all(d in FLOAT_DTYPES for d in in_dtypes), node, "needs float inputs")
    single = op not in ("Add", "Mul", "MatMul", "Concat", "CrossEntropy", "MSELoss")
    if single:
        require(len(ins) == 1, node, "takes one input")
    if op in ("Conv1d", "Conv2d"):
        return shape_conv(node, a, x), dtype
    if op == "BatchNorm":
        require(len(x) >= 2, node, "expects [N, C, ...]")
        return x, dtype
    if op in ("ReLU", "ReLU6", "LeakyReLU", "GELU", "SiLU", "Sigmoid", "Tanh", "Dropout",
              "Softmax", "LogSoftmax"):
        return x, dtype
    if op == "LayerNorm":
        width = a["normalized_shape"] if a["normalized_shape"] is not None else x[-1]
        require(x[-1] == width, node, "normalized_shape %s vs input %s" % (width, x))
        return x, dtype
    if op == "MaxPool2d":
        return shape_maxpool(node, a, x), dtype
    if op == "AdaptiveAvgPool2d":
        require(len(x) == 4, node, "expects [N, C, H, W]")
        return x[:2] + spatial(a["output_size"], 2), dtype
    if op == "Flatten":
        return shape_flatten(node, a, x), dtype
    if op == "Select":
        dim = a["dim"] % len(x)
        require(-x[dim] <= a["index"] < x[dim], node, "index out of range")
        return x[:dim] + x[dim + 1:], dtype
    if op == "Linear":
        tied = weights.get(a["weight_from"]) if a["weight_from"] is not None else None
        if a["weight_from"] is not None:
            require(tied is not None, node, "weight_from names no Embedding/Linear node")
        return shape_linear(node, a, x, tied), dtype
    if op in ("Add", "Mul"):
        require(len(ins) >= 2, node, "needs at least two operands")
        out = broadcast(ins)
        require(out is not None, node, "operands %s do not broadcast" % ins)
        if a["inplace"]:
            # The result overwrites the first operand, so it must already have the full shape.
            require(out == x, node, "in-place result %s does not fit first operand %s"
                    % (out, x))
        require(len(set(in_dtypes)) == 1, node, "operand dtypes differ")
        return out, dtype
    if op == "Embedding":
        require(dtype in ("int64", "int32"), node, "indices must be integers")
        return x + [a["embedding_dim"]], "float32"
    if op == "MultiHeadAttention":
        require(len(ins) in (1, 3), node, "takes x or q, k, v")
        require(len(x) == 3 and x[-1] == a["embed_dim"], node,
                "expects [N, S, %d], got %s" % (a["embed_dim"], x))
        require(a["embed_dim"] % a["num_heads"] == 0, node, "embed_dim % num_heads != 0")
        return x, dtype
    if op in ("LSTM", "GRU"):
        return shape_lstm(node, a, x), dtype
    if op == "CrossEntropy":
        require(len(ins) == 2 and in_dtypes[0] in FLOAT_DTYPES, node, "needs float logits")
        return shape_cross_entropy(node, ins[0], ins[1], in_dtypes[1]), in_dtypes[0]
    if op == "MSELoss":
        require(len(ins) == 2 and ins[0] == ins[1], node, "shapes differ: %s" % ins)
        return [], dtype
    raise GraphError("%s: no shape rule for op %s" % (node["name"], op))


def node_parameters(node, in_shape, a):
    """Trainable tensors of a node as {name: element count}, FORMAT.md's 'parameters' column.
    BatchNorm running statistics are buffers and deliberately absent."""
    op = node["op"]
    if op in ("Conv1d", "Conv2d"):
        dims = 1 if op == "Conv1d" else 2
        params = {"weight": a["out_channels"] * (in_shape[1] // a["groups"])
                  * math.prod(spatial(a["kernel"], dims))}
        if a["bias"]:
            params["bias"] = a["out_channels"]
        return params
    if op == "ConvTranspose2d":
        params = {"weight": in_shape[1] * (a["out_channels"] // a["groups"])
                  * math.prod(spatial(a["kernel"], 2))}
        if a["bias"]:
            params["bias"] = a["out_channels"]
        return params
    if op == "Linear":
        params = {}
        if a["weight_from"] is None:  # a tied weight is counted at its owner only
            params["weight"] = a["out_features"] * in_shape[-1]
        if a["bias"]:
            params["bias"] = a["out_features"]
        return params
    if op in ("BatchNorm", "GroupNorm"):
        return {"weight": in_shape[1], "bias": in_shape[1]} if a["affine"] else {}
    if op == "LayerNorm":
        if not a["elementwise_affine"]:
            return {}
        width = in_shape[-1]
        return {"weight": width, "bias": width} if a["bias"] else {"weight": width}
    if op == "Embedding":
        return {"weight": a["num_embeddings"] * a["embedding_dim"]}
    if op == "MultiHeadAttention":
        e = a["embed_dim"]
        params = {"in_proj_weight": 3 * e * e, "out_proj.weight": e * e}
        if a["bias"]:
            params.update({"in_proj_bias": 3 * e, "out_proj.bias": e})
        return params
    if op in ("LSTM", "GRU"):
        gates = 4 if op == "LSTM" else 3
        h = a["hidden_size"]
        directions = 2 if a["bidirectional"] else 1
        params = {}
        for layer in range(a["num_layers"]):
            width = in_shape[-1] if layer == 0 else directions * h
            for d in range(directions):
                suffix = "_l%d%s" % (layer, "_reverse" if d else "")
                params["weight_ih" + suffix] = gates * h * width
                params["weight_hh" + suffix] = gates * h * h
                if a["bias"]:
                    params["bias_ih" + suffix] = gates * h
                    params["bias_hh" + suffix] = gates * h
        return params
    return {}


def analyse(project_json, batch=2, seq=128):
    """Check a project's graph and return (shapes by tensor, parameters per node)."""
    graph = project_json["graph"]
    symbols = {"batch": batch, "seq": seq}
    shapes, dtypes = {}, {}
    weights = {}  # Embedding/Linear node -> weight shape, for weight_from
    for inp in graph["inputs"]:
        if inp["name"] in shapes:
            raise GraphError("duplicate input " + inp["name"])
        shapes[inp["name"]] = [symbols.get(d, d) for d in inp["shape"]]
        dtypes[inp["name"]] = inp["dtype"]
    used = set()
    per_node = {}
    nodes = graph["nodes"]
    for node in nodes:
        if node["name"] in shapes or ":" in node["name"]:
            raise GraphError("bad or duplicate name " + node["name"])
        for ref in node["inputs"]:
            if ref not in shapes:
                raise GraphError("%s: unknown (or later) input %s" % (node["name"], ref))
            used.add(ref)
        a = attrs_of(node)
        shape, dtype = infer_node(node, shapes, dtypes, weights)
        in_shape = shapes[node["inputs"][0]]
        per_node[node["name"]] = node_parameters(node, in_shape, a)
        if node["op"] == "Embedding":
            weights[node["name"]] = [a["num_embeddings"], a["embedding_dim"]]
        elif node["op"] == "Linear" and a["weight_from"] is None:
            weights[node["name"]] = [a["out_features"], in_shape[-1]]
        shapes[node["name"]], dtypes[node["name"]] = shape, dtype
    # Every tensor but the final loss must feed something: a dangling node means a wiring bug.
    unused = [n for n in list(shapes) if n not in used]
    if unused != [nodes[-1]["name"]] or shapes[nodes[-1]["name"]] != []:
        raise GraphError("graph must end in one scalar loss; unused tensors: %s" % unused)
    return shapes, per_node


def count_parameters(per_node):
    return sum(sum(p.values()) for p in per_node.values())


def parameters_by_module(project_json, per_node):
    """Own parameter count of each module path (as `module.parameters(recurse=False)`)."""
    counts = {}
    for node in project_json["graph"]["nodes"]:
        total = sum(per_node[node["name"]].values())
        if total:
            module = node.get("module", "")
            counts[module] = counts.get(module, 0) + total
    return counts


def verify(file_name, project_json, expected_params, landmarks):
    shapes, per_node = analyse(project_json)
    for name, expected in landmarks.items():
        if shapes.get(name) != expected:
            raise GraphError("%s: %s has shape %s, expected %s"
                             % (file_name, name, shapes.get(name), expected))
    total = count_parameters(per_node)
    if total != expected_params:
        raise GraphError("%s: %d parameters, expected the published %d"
                         % (file_name, total, expected_params))
    return total


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------

def render(project_json):
    # Key order is insertion order (format, version, name, ...), never sorted, so the files
    # read top-down like FORMAT.md's example; indent=1 keeps the diff-friendly one-per-line
    # layout without bloating the embedded resources.
    return json.dumps(project_json, indent=1, ensure_ascii=True) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=DEFAULT_OUT, help="output directory")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; fail if the files on disk are out of date")
    args = parser.parse_args(argv)

    rendered = []
    for file_name, builder, expected_params, landmarks in NETWORKS:
        project_json = builder()
        total = verify(file_name, project_json, expected_params, landmarks)
        text = render(project_json)
        # The text must round-trip: what the planner parses is what was verified.
        if json.loads(text) != project_json:
            raise GraphError(file_name + ": JSON does not round-trip")
        rendered.append((file_name, text))
        print("%-24s %4d nodes %12s parameters  ok"
              % (file_name, len(project_json["graph"]["nodes"]), format(total, ",")))

    stale = []
    if not args.check:
        os.makedirs(args.out, exist_ok=True)
    for file_name, text in rendered:
        path = os.path.join(args.out, file_name)
        if args.check:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != text:
                        stale.append(file_name)
            except FileNotFoundError:
                stale.append(file_name)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
    if stale:
        print("out of date: " + ", ".join(stale) + " (run tools/builtin/make_builtins.py)",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except GraphError as error:
        print("error: %s" % error, file=sys.stderr)
        sys.exit(1)
