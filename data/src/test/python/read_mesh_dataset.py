"""Reads a Galerkin mesh dataset (layout version 3) with h5py alone, as a user without Galerkin
would, and prints per sample: node, triangle and edge counts, the area of the mesh, and the sum of
every quantity's values. MeshDatasetFileTest compares these lines with what it wrote."""
import sys

import h5py
import numpy as np


def text(v):
    return v.decode() if isinstance(v, bytes) else str(v)


with h5py.File(sys.argv[1], "r") as f:
    assert text(f.attrs["galerkin_format"]) == "dataset", f.attrs["galerkin_format"]
    print("version", int(f.attrs["galerkin_format_version"]), "layout",
          text(f.attrs["sample_layout"]))
    m = f["mesh"]
    no, to, eo = m["node_offsets"][:], m["triangle_offsets"][:], m["edge_offsets"][:]
    names = sorted(k for k in f.keys() if k != "mesh")
    for i in range(len(no) - 1):
        xy = m["nodes"][no[i]:no[i + 1]]
        tri = m["triangles"][to[i]:to[i + 1]]
        a, b, c = xy[tri[:, 0]], xy[tri[:, 1]], xy[tri[:, 2]]
        area = 0.5 * np.sum((b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1])
                            - (b[:, 1] - a[:, 1]) * (c[:, 0] - a[:, 0]))
        sums = []
        for name in names:
            d = f[name]
            rows = slice(i, i + 1) if text(d.attrs["location"]) == "scalar" else slice(no[i], no[i + 1])
            sums.append("%s=%.6e" % (name, float(np.sum(d[rows].astype(np.float64)))))
        print("sample", i, "nodes", no[i + 1] - no[i], "triangles", to[i + 1] - to[i],
              "edges", eo[i + 1] - eo[i], "area %.6f" % area, " ".join(sums))
