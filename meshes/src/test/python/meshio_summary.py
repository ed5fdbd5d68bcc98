"""Reads a mesh file with meshio and prints a JSON summary that MeshioInteropTest compares with
what Galerkin wrote: point count, points' coordinate sums, cells per type, point- and cell-field
sums, the count of cells per gmsh:physical tag (or per value of the cell field "tag"), and the
physical names (meshio's field_data).

Usage: /usr/bin/python3 meshio_summary.py FILE  (Debian's python3-meshio, 5.0.0 tested)
"""
import json
import sys

import meshio
import numpy as np

mesh = meshio.read(sys.argv[1])
out = {
    "meshio": meshio.__version__,
    "points": int(len(mesh.points)),
    "x_sum": float(np.sum(mesh.points[:, 0])),
    "y_sum": float(np.sum(mesh.points[:, 1])),
    "z_max": float(np.max(np.abs(mesh.points[:, 2]))) if mesh.points.shape[1] > 2 else 0.0,
    "cells": {},
    "point_sums": {"sum:" + k: float(np.sum(v)) for k, v in mesh.point_data.items()},
    "point_components": {"components:" + k: int(1 if v.ndim == 1 else v.shape[1]) for k, v in mesh.point_data.items()},
    "cell_sums": {},
    "tag_counts": {},
    "names": {k: [int(x) for x in v] for k, v in mesh.field_data.items()},
}
for block in mesh.cells:
    out["cells"][block.type] = out["cells"].get(block.type, 0) + int(len(block.data))
for name, blocks in mesh.cell_data.items():
    out["cell_sums"]["sum:" + name] = float(sum(np.sum(b) for b in blocks))
    if name in ("gmsh:physical", "tag"):
        for block, values in zip(mesh.cells, blocks):
            for value in values:
                key = block.type + ":" + str(int(value))
                out["tag_counts"][key] = out["tag_counts"].get(key, 0) + 1
print(json.dumps(out, sort_keys=True))
