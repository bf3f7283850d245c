#!/usr/bin/python3
"""Write tiny stand-in ONNX sub-models with the interface of nnU-Net parts ([1,1,k,j,i] → [1,C,k,j,i] logits),
for testing multi-part packages without shipping real weights.

Each stand-in is a 1x1x1 convolution over [x, x²] (x = the normalised input), so channel c scores -(x - m_c)²:
a voxel goes to the channel whose intensity centre m_c is nearest, or to background when none is within `halfWidth`.
Usage: make-standin-parts.py spec.json   where spec = {"parts": [{"path", "channels", "bands": {"<local>": centre},
"halfWidth"}]} with centres already in the part's normalised units.
"""
import json
import sys

import torch
from torch import nn


class BandNet(nn.Module):
    def __init__(self, channels, bands, half_width):
        super().__init__()
        self.conv = nn.Conv3d(2, channels, 1)
        w = torch.zeros(channels, 2, 1, 1, 1)
        b = torch.full((channels,), -1e4)
        b[0] = -half_width ** 2  # background beats any band farther than half_width
        for local, centre in bands.items():
            c = int(local)
            w[c, 0], w[c, 1], b[c] = 2 * centre, -1.0, -centre ** 2
        self.conv.weight.data = w
        self.conv.bias.data = b

    def forward(self, x):
        return self.conv(torch.cat([x, x * x], dim=1))


def main():
    spec = json.load(open(sys.argv[1]))
    for part in spec["parts"]:
        net = BandNet(part["channels"], part["bands"], part["halfWidth"]).eval()
        torch.onnx.export(net, torch.zeros(1, 1, 8, 8, 8), part["path"], opset_version=17, input_names=["image"],
                          output_names=["logits"], dynamic_axes={"image": {2: "k", 3: "j", 4: "i"}, "logits": {2: "k", 3: "j", 4: "i"}})
        print("wrote", part["path"])


if __name__ == "__main__":
    main()
