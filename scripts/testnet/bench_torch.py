#!/usr/bin/python3
"""PyTorch peer for bench/segment-engine.ts: the same TinyUNet weights, the same normalised model-grid image,
the same nnU-Net sliding window (window starts, Gaussian sigma 1/8, 50 % overlap), argmax.
Usage: bench_torch.py image.f32 I J K threads labels_out.u8  → prints one JSON line."""
import json
import math
import os
import resource
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(__file__))
from unet import TinyUNet  # noqa: E402

PATCH, OVERLAP, SIGMA = 32, 0.5, 0.125


def starts(size):
    if size <= PATCH:
        return [0]
    steps = math.ceil((size - PATCH) / (PATCH * (1 - OVERLAP))) + 1
    step = (size - PATCH) / (steps - 1)
    return [round(step * s) for s in range(steps)]


def main():
    path, ni, nj, nk, threads, out = sys.argv[1], *map(int, sys.argv[2:6]), sys.argv[6]
    torch.set_num_threads(threads)
    # without this, denormal activations make this network ~15x slower in PyTorch on CPU (measured); onnxruntime
    # is not affected, so the fair peer flushes them
    torch.set_flush_denormal(True)
    model = TinyUNet()
    model.load_state_dict(torch.load(os.path.join(os.path.dirname(__file__), "test-unet.state.pt")))
    model.eval()
    img = torch.from_numpy(np.fromfile(path, np.float32).reshape(nk, nj, ni))
    x = np.arange(PATCH) - (PATCH - 1) / 2
    g1 = np.exp(-x ** 2 / (2 * (PATCH * SIGMA) ** 2))
    g = torch.from_numpy((g1[:, None, None] * g1[None, :, None] * g1[None, None, :]).astype(np.float32))
    g /= g.max()
    t0 = time.perf_counter()
    acc = torch.zeros(4, nk, nj, ni)
    wsum = torch.zeros(nk, nj, ni)
    windows = 0
    with torch.no_grad():
        for z in starts(nk):
            for y in starts(nj):
                for xx in starts(ni):
                    patch = img[z:z + PATCH, y:y + PATCH, xx:xx + PATCH][None, None]
                    acc[:, z:z + PATCH, y:y + PATCH, xx:xx + PATCH] += model(patch)[0] * g
                    wsum[z:z + PATCH, y:y + PATCH, xx:xx + PATCH] += g
                    windows += 1
    labels = acc.argmax(0).to(torch.uint8).numpy()
    seconds = time.perf_counter() - t0
    labels.tofile(out)
    print(json.dumps({"seconds": seconds, "windows": windows, "maxRssKiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


if __name__ == "__main__":
    main()
