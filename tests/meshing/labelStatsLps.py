"""Independent reference for the mesh tests: per-label voxel statistics in LPS mm, from the NIfTI affine.

Usage: /usr/bin/python3 labelStatsLps.py <labels.nii.gz>
Prints JSON: {"voxelExtentLpsMm": [dx, dy, dz], "voxelVolumeMl": v,
              "labels": {"<n>": {"count", "centroidLps", "minLps", "maxLps"}}}
minLps/maxLps are the extreme voxel CENTRES. nibabel's affine maps (i, j, k) to RAS; LPS = RAS with x, y negated.
"""
import json
import sys

import nibabel as nib
import numpy as np


def main(path):
    img = nib.load(path)
    data = np.rint(np.asanyarray(img.dataobj)).astype(np.int64)
    affine = img.affine
    ras_to_lps = np.diag([-1.0, -1.0, 1.0])
    linear = ras_to_lps @ affine[:3, :3]
    offset = ras_to_lps @ affine[:3, 3]
    out = {
        # how far one voxel step reaches along each LPS axis (the largest over i, j, k steps)
        "voxelExtentLpsMm": np.abs(linear).max(axis=1).tolist(),
        "voxelVolumeMl": float(abs(np.linalg.det(affine[:3, :3])) / 1000.0),
        "labels": {},
    }
    for label in np.unique(data):
        if label == 0:
            continue
        ijk = np.argwhere(data == label).astype(np.float64)
        lps = ijk @ linear.T + offset
        out["labels"][str(int(label))] = {
            "count": int(len(ijk)),
            "centroidLps": lps.mean(axis=0).tolist(),
            "minLps": lps.min(axis=0).tolist(),
            "maxLps": lps.max(axis=0).tolist(),
        }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
