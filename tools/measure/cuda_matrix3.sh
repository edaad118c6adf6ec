#!/usr/bin/env bash
# Third CUDA matrix: kept gradients, per-parameter loops, other optimizers, pure 16-bit.
set -u
out=${1:-measurements.jsonl}
m() { python3 "$(dirname "$0")/measure_pytorch.py" --device cuda --json "$out" "$@" >/dev/null 2>>"$out.err" || echo "FAILED: $*" >>"$out.err"; }
m --model torchvision:resnet50 --batch 32 --optimizer adam --precision fp32 --keep-grads
m --model torchvision:resnet50 --batch 32 --optimizer adam --precision fp32 --optimizer-impl loop
m --model torchvision:resnet18 --batch 64 --optimizer rmsprop --precision fp32
m --model torchvision:resnet18 --batch 64 --optimizer adagrad --precision fp32
m --model torchvision:vgg16 --batch 16 --optimizer nesterov --precision fp32
m --model torchvision:mobilenet_v2 --batch 128 --optimizer sgd --precision amp-fp16
m --model hf:bert-base --batch 16 --seq 128 --optimizer adamw --precision bf16
m --model torchvision:resnet50 --batch 32 --optimizer sgd --precision fp16
m --model hf:gpt2-small --batch 4 --seq 512 --optimizer sgd --precision fp32
m --model lenet300 --batch 65536 --optimizer adam --precision fp32
m --model hf:bert-base --batch 16 --seq 128 --optimizer adam --precision fp32 --keep-grads
