"""A small 3D U-Net built only from nnU-Net's operator set: 3x3x3 conv, instance norm, leaky ReLU,
strided conv for down-sampling, transposed conv for up-sampling, skip concatenation."""
import torch
from torch import nn


def conv_block(cin, cout, stride=1):
    return nn.Sequential(
        nn.Conv3d(cin, cout, 3, stride=stride, padding=1),
        nn.InstanceNorm3d(cout, affine=True),
        nn.LeakyReLU(0.01, inplace=True),
    )


class Stage(nn.Sequential):
    def __init__(self, cin, cout, stride):
        super().__init__(conv_block(cin, cout, stride), conv_block(cout, cout))


class TinyUNet(nn.Module):
    def __init__(self, in_channels=1, classes=4, widths=(8, 16, 32)):
        super().__init__()
        self.down = nn.ModuleList()
        cin = in_channels
        for level, w in enumerate(widths):
            self.down.append(Stage(cin, w, 1 if level == 0 else 2))
            cin = w
        self.up = nn.ModuleList()
        self.merge = nn.ModuleList()
        for level in range(len(widths) - 1, 0, -1):
            self.up.append(nn.ConvTranspose3d(widths[level], widths[level - 1], 2, stride=2))
            self.merge.append(Stage(2 * widths[level - 1], widths[level - 1], 1))
        self.head = nn.Conv3d(widths[0], classes, 1)

    def forward(self, x):
        skips = []
        for stage in self.down:
            x = stage(x)
            skips.append(x)
        skips.pop()
        for up, merge in zip(self.up, self.merge):
            x = merge(torch.cat([up(x), skips.pop()], dim=1))
        return self.head(x)
