#!/usr/bin/python3
"""Write models/examples/totalsegmentator-total/manifest.json: how TotalSegmentator's 'total' CT task (five nnU-Net
3d_fullres sub-models at 1.5 mm, exported to ONNX) is described as one Ostendo model package.

Reads the class maps and SNOMED/colour table from ../shared/data/anatomy (TotalSegmentator, Apache-2.0). The .onnx
files are not shipped: `files[].sha256/bytes` are placeholders the exporting site replaces with the real values
(`sha256sum part-*.onnx`, `stat -c %s`), and each part's CT statistics come from that dataset's nnU-Net plans
(foreground_intensity_properties_per_channel: percentile_00_5, percentile_99_5, mean, std).
Usage: /usr/bin/python3 scripts/testnet/make-totalseg-example.py
"""
import csv
import json
import os

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
ANATOMY = os.path.join(ROOT, "..", "shared", "data", "anatomy")
OUT = os.path.join(ROOT, "models", "examples", "totalsegmentator-total")

parts_json = json.load(open(os.path.join(ANATOMY, "totalsegmentator-total-5-parts.json")))
classes = json.load(open(os.path.join(ANATOMY, "totalsegmentator-classes.json")))["tasks"]["total"]
value_of = {name: int(v) for v, name in classes.items()}
snomed = {}
with open(os.path.join(ANATOMY, "totalsegmentator-snomed-mapping.csv")) as f:
    for row in csv.DictReader(f):
        colour = [int(c) for c in row["DicomRGBColor"].split(",")] if row["DicomRGBColor"] else [128, 128, 128]
        snomed[row["Structure"]] = (row["SegmentedPropertyTypeCodeSequence.CodeValue"], colour)

PART_FILES = {
    "291": ("organs", "class_map_part_organs"),
    "292": ("vertebrae", "class_map_part_vertebrae"),
    "293": ("cardiac", "class_map_part_cardiac"),
    "294": ("muscles", "class_map_part_muscles"),
    "295": ("ribs", "class_map_part_ribs"),
}
PLACEHOLDER_SHA = "0" * 64

files, parts = [], []
for task_id, (short, key) in PART_FILES.items():
    file = f"Dataset{task_id}_{short}.onnx"
    files.append({"path": file, "sha256": PLACEHOLDER_SHA, "bytes": 1})
    local = parts_json["parts"][key]
    parts.append({"name": short, "file": file, "channels": len(local) + 1, "labels": {k: v for k, v in local.items()}})

labels = []
for name, value in sorted(value_of.items(), key=lambda kv: kv[1]):
    code, colour = snomed.get(name, (None, [128, 128, 128]))
    entry = {"value": value, "id": name, "name": name.replace("_", " ").capitalize(), "color": colour}
    if code:
        entry["snomedCode"] = code
    labels.append(entry)

manifest = {
    "format": "ostendo-model-package/1",
    "id": "totalsegmentator-total",
    "name": "TotalSegmentator total (CT, 117 structures, 5 parts)",
    "version": "2.0.0",
    "description": "EXAMPLE manifest (no .onnx files shipped). TotalSegmentator 'total' exported as five nnU-Net "
                   "3d_fullres sub-models (Dataset291-295) at 1.5 mm; replace files[].sha256/bytes and each part's "
                   "normalisation with the values of your export (see models/README.md).",
    "licence": {"name": "Apache-2.0",
                "text": "TotalSegmentator, Copyright Wasserthal et al., Apache License 2.0. Model weights trained on the "
                        "TotalSegmentator dataset (CC BY 4.0). Not a medical device; check your site's regulatory status."},
    "modality": "CT",
    "input": {"orientation": "RAS", "spacingMm": [1.5, 1.5, 1.5],
              "normalisation": {"kind": "ct-clip-zscore", "clipLow": -1024.0, "clipHigh": 1500.0, "mean": 0.0, "std": 400.0}},
    "inference": {"patchSizeVoxels": [128, 128, 128], "overlap": 0.5, "gaussianSigmaScale": 0.125, "mirrorAxes": []},
    "output": {"kind": "logits"},
    "files": files,
    "parts": parts,
    "labels": labels,
    "postprocessing": {"largestComponent": []},
}
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "manifest.json"), "w") as f:
    json.dump(manifest, f, indent=1)
    f.write("\n")
print(f"wrote {OUT}/manifest.json: {len(parts)} parts, {len(labels)} labels")
