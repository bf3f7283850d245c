#!/usr/bin/python3
"""Train Ostendo's test segmentation network on synthetic CT phantoms and export it as a model package.

Run with Debian's python (torch 1.13 CPU):  /usr/bin/python3 scripts/train-test-net.py [--out models/test-unet]
Takes ~3-5 minutes on 2 CPU cores. Writes <out>/test-unet.onnx (opset 17) and <out>/manifest.json (with sha256).
The package's preprocessing (RAS axes, 1.5 mm, CT clip + z-score) is applied here exactly as the manifest states,
so the TypeScript pipeline must reproduce it for the network to work: that is what the tests check.
"""
import argparse
import hashlib
import json
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "testnet"))
from phantoms import LABELS, model_grid_phantom  # noqa: E402
from unet import TinyUNet  # noqa: E402

SPACING_MM = (1.5, 1.5, 1.5)
PATCH = 32
NORM = {"kind": "ct-clip-zscore", "clipLow": -1000.0, "clipHigh": 1200.0, "mean": -300.0, "std": 600.0}
CLASSES = 4


def normalise(hu):
    return (np.clip(hu, NORM["clipLow"], NORM["clipHigh"]) - NORM["mean"]) / NORM["std"]


def make_dataset(rng, count):
    data = []
    for n in range(count):
        shape = (int(rng.integers(40, 64)), int(rng.integers(64, 96)), int(rng.integers(72, 112)))
        hu, lab = model_grid_phantom(rng, shape, SPACING_MM, blur_voxels=float(rng.uniform(0, 1.2)))
        data.append((normalise(hu).astype(np.float32), lab.astype(np.int64)))
    return data


def sample_batch(rng, data, batch):
    xs, ys = [], []
    for _ in range(batch):
        img, lab = data[int(rng.integers(len(data)))]
        # half the crops may touch the padding region (edges), like sliding windows at a volume border
        start = [int(rng.integers(-4, max(1, s - PATCH + 5))) for s in img.shape]
        x = np.full((PATCH,) * 3, normalise(np.float32(-1000)), np.float32)
        y = np.zeros((PATCH,) * 3, np.int64)
        src = tuple(slice(max(0, s), min(n, s + PATCH)) for s, n in zip(start, img.shape))
        dst = tuple(slice(sl.start - s, sl.stop - s) for sl, s in zip(src, start))
        x[dst] = img[src]
        y[dst] = lab[src]
        xs.append(x)
        ys.append(y)
    return torch.from_numpy(np.stack(xs)[:, None]), torch.from_numpy(np.stack(ys))


def dice_loss(logits, target):
    prob = logits.softmax(1)
    onehot = F.one_hot(target, CLASSES).permute(0, 4, 1, 2, 3).float()
    inter = (prob * onehot).sum((0, 2, 3, 4))
    denom = prob.sum((0, 2, 3, 4)) + onehot.sum((0, 2, 3, 4))
    return 1 - ((2 * inter + 1) / (denom + 1))[1:].mean()


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "models", "test-unet"))
    ap.add_argument("--steps", type=int, default=700)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(2)
    rng = np.random.default_rng(args.seed)
    t0 = time.time()
    data = make_dataset(rng, 40)
    model = TinyUNet(classes=CLASSES)
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=1e-4)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=args.steps)
    model.train()
    for step in range(args.steps):
        x, y = sample_batch(rng, data, 4)
        logits = model(x)
        loss = F.cross_entropy(logits, y) + dice_loss(logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
        if step % 50 == 0 or step == args.steps - 1:
            print(f"step {step} loss {loss.item():.4f} ({time.time() - t0:.0f}s)", flush=True)

    model.eval()
    os.makedirs(args.out, exist_ok=True)
    onnx_path = os.path.join(args.out, "test-unet.onnx")
    dummy = torch.zeros(1, 1, PATCH, PATCH, PATCH)
    torch.onnx.export(model, dummy, onnx_path, opset_version=17, input_names=["image"], output_names=["logits"],
                      dynamic_axes={"image": {2: "k", 3: "j", 4: "i"}, "logits": {2: "k", 3: "j", 4: "i"}})
    # the PyTorch weights stay beside the script: bench/segment-engine.ts runs the same network in PyTorch
    torch.save(model.state_dict(), os.path.join(os.path.dirname(__file__), "testnet", "test-unet.state.pt"))
    colours = {1: [230, 170, 150], 2: [200, 60, 60], 3: [241, 214, 145]}
    names = {1: "Soft tissue (phantom)", 2: "Organ-like blob (phantom)", 3: "Bone ring (phantom)"}
    manifest = {
        "format": "ostendo-model-package/1",
        "id": "test-unet",
        "name": "Ostendo test U-Net (synthetic CT phantoms)",
        "version": "1.0.0",
        "description": "A 3D U-Net trained by scripts/train-test-net.py on synthetic phantoms (soft tissue, organ-like "
                       "blob, bone ring). For testing the segmentation engine; not for clinical use.",
        "licence": {"name": "Apache-2.0", "text": "Copyright the Ostendo authors. Licensed under the Apache License, "
                                                   "Version 2.0. Trained on synthetic data only; not a medical device."},
        "modality": "CT",
        "input": {"orientation": "RAS", "spacingMm": list(SPACING_MM), "normalisation": NORM},
        "inference": {"patchSizeVoxels": [PATCH] * 3, "overlap": 0.5, "gaussianSigmaScale": 0.125, "mirrorAxes": []},
        "output": {"kind": "logits"},
        "files": [{"path": "test-unet.onnx", "sha256": sha256(onnx_path), "bytes": os.path.getsize(onnx_path)}],
        "parts": [{"name": "phantom", "file": "test-unet.onnx", "channels": CLASSES,
                   "labels": {str(k): v for k, v in LABELS.items()}}],
        "labels": [{"value": k, "id": v, "name": names[k], "color": colours[k]} for k, v in LABELS.items()],
        "postprocessing": {"largestComponent": ["phantom_organ"]},
    }
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print(f"wrote {onnx_path} ({os.path.getsize(onnx_path)} bytes) in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
