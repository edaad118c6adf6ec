#!/usr/bin/env bash
# Second CUDA matrix: checkpoint segments, inference, other batch sizes and precisions.
set -u
out=${1:-measurements.jsonl}
m() { python3 "$(dirname "$0")/measure_pytorch.py" --device cuda --json "$out" "$@" >/dev/null 2>>"$out.err" || echo "FAILED: $*" >>"$out.err"; }
m --model torchvision:vgg16 --batch 32 --optimizer adam --precision fp32 --checkpoint 2
m --model torchvision:vgg16 --batch 32 --optimizer adam --precision fp32 --checkpoint 4
m --model torchvision:vgg16 --batch 32 --optimizer sgd --precision fp32 --checkpoint 8
m --model torchvision:vgg16 --batch 32 --mode infer --precision fp32
m --model lenet300 --batch 4096 --optimizer sgd --precision fp32 --checkpoint 2
m --model torchvision:resnet18 --batch 128 --optimizer sgd --precision amp-fp16
m --model torchvision:resnet18 --batch 64 --mode infer --precision amp-bf16
m --model torchvision:resnet50 --batch 16 --optimizer adamw --precision fp32 --optimizer-impl fused
m --model torchvision:mobilenet_v2 --batch 32 --mode infer --precision fp32
m --model hf:bert-base --batch 32 --seq 256 --optimizer adamw --precision amp-fp16
m --model hf:bert-base --batch 8 --seq 512 --optimizer sgd --precision fp32
m --model hf:gpt2-small --batch 2 --seq 1024 --optimizer adamw --precision fp32
m --model hf:gpt2-small --batch 4 --seq 512 --mode infer --precision amp-bf16
m --model lstm-classifier --batch 128 --seq 100 --optimizer momentum --precision fp32
