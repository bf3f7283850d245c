"""Peer for bench/viewer-meshing.ts: VTK's own label-map surface pipeline on the same file, timed inside Python.

Usage: /usr/bin/python3 scripts/peers/vtk_flying_edges.py <labels.nii.gz> [smoothing_iterations] [repeats]
Prints one JSON document: {"vtk": version, "labels": n, "triangles": n,
                           "extractSeconds": best, "smoothSeconds": best, "readSeconds": s}
extract = vtkDiscreteFlyingEdges3D over every label value present (one pass, all labels);
smooth  = vtkWindowedSincPolyDataFilter (the usual follow-up, e.g. in 3D Slicer) on that output.
Times are the best of `repeats` runs; file reading is timed separately and not part of either.
"""
import json
import sys
import time

import nibabel as nib
import numpy as np
import vtk
from vtk.util import numpy_support


def main(path, iterations, repeats):
    t0 = time.perf_counter()
    img = nib.load(path)
    data = np.rint(np.asanyarray(img.dataobj)).astype(np.int16)
    read_s = time.perf_counter() - t0
    zooms = [float(z) for z in img.header.get_zooms()[:3]]
    image = vtk.vtkImageData()
    image.SetDimensions(*data.shape)
    image.SetSpacing(*zooms)
    # VTK wants i fastest: Fortran order flattening of the (i, j, k) array
    scalars = numpy_support.numpy_to_vtk(data.ravel(order="F"), deep=True, array_type=vtk.VTK_SHORT)
    image.GetPointData().SetScalars(scalars)
    labels = [int(v) for v in np.unique(data) if v != 0]

    best_extract = float("inf")
    best_smooth = float("inf")
    triangles = 0
    for _ in range(repeats):
        fe = vtk.vtkDiscreteFlyingEdges3D()
        fe.SetInputData(image)
        for n, label in enumerate(labels):
            fe.SetValue(n, label)
        fe.ComputeNormalsOff()
        fe.ComputeGradientsOff()
        t1 = time.perf_counter()
        fe.Update()
        t2 = time.perf_counter()
        smoother = vtk.vtkWindowedSincPolyDataFilter()
        smoother.SetInputData(fe.GetOutput())
        smoother.SetNumberOfIterations(iterations)
        smoother.SetPassBand(0.1)
        smoother.BoundarySmoothingOff()
        smoother.FeatureEdgeSmoothingOff()
        smoother.NonManifoldSmoothingOn()
        smoother.NormalizeCoordinatesOn()
        smoother.Update()
        t3 = time.perf_counter()
        best_extract = min(best_extract, t2 - t1)
        best_smooth = min(best_smooth, t3 - t2)
        triangles = fe.GetOutput().GetNumberOfPolys()
    json.dump(
        {
            "vtk": vtk.vtkVersion.GetVTKVersion(),
            "labels": len(labels),
            "triangles": int(triangles),
            "extractSeconds": best_extract,
            "smoothSeconds": best_smooth,
            "readSeconds": read_s,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 15, int(sys.argv[3]) if len(sys.argv) > 3 else 3)
