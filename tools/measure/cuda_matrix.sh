#!/usr/bin/env bash
# Measures the built-in networks on a CUDA machine, one process per case (fresh allocator).
# Usage: tools/measure/cuda_matrix.sh OUT.jsonl
set -u
out=${1:-measurements.jsonl}
m() { python3 "$(dirname "$0")/measure_pytorch.py" --device cuda --json "$out" "$@" >/dev/null 2>>"$out.err" || echo "FAILED: $*" >>"$out.err"; }
m --model torchvision:resnet18 --batch 32 --optimizer adam --precision fp32
m --model torchvision:resnet50 --batch 32 --optimizer adam --precision fp32
m --model torchvision:resnet50 --batch 32 --optimizer adam --precision amp-bf16
m --model torchvision:resnet50 --batch 32 --optimizer adam --precision amp-fp16
m --model torchvision:resnet50 --batch 64 --optimizer sgd --precision fp32
m --model torchvision:resnet50 --batch 32 --optimizer momentum --precision fp32 --optimizer-impl loop
m --model torchvision:resnet50 --batch 32 --mode infer --precision fp32
m --model torchvision:vgg16 --batch 32 --optimizer adam --precision fp32
m --model torchvision:mobilenet_v2 --batch 64 --optimizer momentum --precision fp32
m --model torchvision:mobilenet_v2 --batch 64 --optimizer adam --precision amp-bf16
m --model lenet300 --batch 128 --optimizer adam --precision fp32
m --model lstm-classifier --batch 64 --seq 200 --optimizer adam --precision fp32
m --model hf:bert-base --batch 16 --seq 128 --optimizer adam --precision fp32
m --model hf:bert-base --batch 16 --seq 128 --optimizer adam --precision amp-bf16
m --model hf:bert-base --batch 16 --seq 128 --mode infer --precision fp32
m --model hf:gpt2-small --batch 4 --seq 512 --optimizer adamw --precision fp32
m --model hf:gpt2-small --batch 8 --seq 512 --optimizer adamw --precision amp-bf16
