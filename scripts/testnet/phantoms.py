"""Synthetic CT-like phantoms for the Ostendo test network.

The same shape family is generated in TypeScript by tests/segmentation/enginePhantom.ts (keep them in step).
Shapes are defined in patient millimetres relative to the phantom centre (x toward patient Left, y toward
Posterior, z toward Superior, i.e. LPS):
  body   ellipsoid (x/a)^2 + (y/b)^2 + (z/c)^2 <= 1, long in z so the field of view cuts it;
  bone   elliptic shell: inside (x/ra)^2 + (y/rb)^2 <= 1 and outside ((x/(ra-t))^2 + (y/(rb-t))^2 <= 1);
  organ  ellipsoid centred at (ox, oy, oz) inside the shell's hole.
Labels: 0 air/background, 1 soft tissue (body minus organ and bone), 2 organ, 3 bone.
Intensities (HU): air -1000, soft tissue s, organ s + delta, bone b, plus Gaussian noise.
"""
import numpy as np

LABELS = {1: "phantom_soft_tissue", 2: "phantom_organ", 3: "phantom_bone"}


def random_params(rng):
    a = rng.uniform(45, 75)
    b = rng.uniform(35, min(60, a))
    ra, rb = 0.8 * a, 0.8 * b
    t = rng.uniform(10, 14)
    # organ must sit in the shell's hole with a margin
    hole_a, hole_b = ra - t - 4, rb - t - 4
    sa = rng.uniform(12, max(13, min(30, hole_a * 0.6)))
    sb = rng.uniform(10, max(11, min(26, hole_b * 0.6)))
    sc = rng.uniform(15, 35)
    ox = rng.uniform(-(hole_a - sa), hole_a - sa) if hole_a > sa else 0.0
    oy = rng.uniform(-(hole_b - sb), hole_b - sb) if hole_b > sb else 0.0
    oz = rng.uniform(-15, 15)
    soft = rng.uniform(-20, 60)
    return dict(a=a, b=b, c=rng.uniform(160, 300), ra=ra, rb=rb, t=t, ox=ox, oy=oy, oz=oz, sa=sa, sb=sb, sc=sc,
                soft=soft, organ=soft + rng.uniform(70, 150), bone=rng.uniform(400, 1000), noise=rng.uniform(5, 25))


def labels_at(p, x, y, z):
    """Label at LPS offsets (mm) from the phantom centre (numpy arrays, broadcast)."""
    body = (x / p["a"]) ** 2 + (y / p["b"]) ** 2 + (z / p["c"]) ** 2 <= 1
    outer = (x / p["ra"]) ** 2 + (y / p["rb"]) ** 2 <= 1
    inner = (x / (p["ra"] - p["t"])) ** 2 + (y / (p["rb"] - p["t"])) ** 2 <= 1
    organ = ((x - p["ox"]) / p["sa"]) ** 2 + ((y - p["oy"]) / p["sb"]) ** 2 + ((z - p["oz"]) / p["sc"]) ** 2 <= 1
    lab = np.zeros(np.broadcast(x, y, z).shape, np.uint8)
    lab[body] = 1
    lab[body & outer & ~inner] = 3
    lab[body & organ] = 2
    return lab


def image_from_labels(p, lab, rng, blur_voxels=0.0):
    """HU image; an optional Gaussian blur (sigma in voxels) mimics the partial volume of resampled scans."""
    hu = np.full(lab.shape, -1000.0, np.float32)
    hu[lab == 1] = p["soft"]
    hu[lab == 2] = p["organ"]
    hu[lab == 3] = p["bone"]
    if blur_voxels > 0:
        from scipy.ndimage import gaussian_filter
        hu = gaussian_filter(hu, blur_voxels).astype(np.float32)
    return hu + rng.normal(0, p["noise"], lab.shape).astype(np.float32)


def model_grid_phantom(rng, shape_kji, spacing_mm, blur_voxels=0.0):
    """A phantom sampled on the model's RAS grid (array order k, j, i; i toward Right, j Anterior, k Superior)."""
    p = random_params(rng)
    k, j, i = [np.arange(n, dtype=np.float32) for n in shape_kji]
    # centre of the grid plus a random shift; RAS axis i → LPS x decreases, axis j → LPS y decreases
    shift = rng.uniform(-10, 10, 3)
    x = -(i - (shape_kji[2] - 1) / 2) * spacing_mm[0] + shift[0]
    y = -(j - (shape_kji[1] - 1) / 2) * spacing_mm[1] + shift[1]
    z = (k - (shape_kji[0] - 1) / 2) * spacing_mm[2] + shift[2]
    lab = labels_at(p, x[None, None, :], y[None, :, None], z[:, None, None])
    return image_from_labels(p, lab, rng, blur_voxels), lab
