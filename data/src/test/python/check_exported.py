#!/usr/bin/env python3
"""Reads a file `galerkin export` wrote (ExportTest) with h5py, numpy.load or scipy.io.loadmat and
checks every value against the formulas ExportTest used: a[n, i, j] = value(30, n, i, j),
u[n, i, j] = value(31, n, i, j) (Darcy-like), u[n, k, i] = value(33, n, k, i) (1D trajectory),
q[n, k, i, j, c] = value(34, n, k, i, j, c) (per-seed groups), x[i] = 0.25 * i, t[k] = 0.5 * k.
Prints "ok" and exits 0, else raises.

Usage: /usr/bin/python3 check_exported.py FILE
    darcy-pdebench|1d-pdebench|1d-pdebench-initial|seeds-pdebench|seeds-pdebench-initial|
    cfd-1d-pdebench|cfd-2d-pdebench|
    darcy-npz|darcy-mat
"""
import sys

import h5py
import numpy as np
import scipy.io

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from make_foreign_files import array  # noqa: E402

N, S1, S2 = 4, 5, 6
A = array(30, (N, S1, S2), np.float64)
U = array(31, (N, S1, S2), np.float64)


def check(name, got, want, dtype=None):
    got = np.asarray(got)
    assert got.shape == want.shape, "%s: shape %s, expected %s" % (name, got.shape, want.shape)
    assert np.array_equal(got, want), "%s: values differ" % name
    if dtype is not None:
        assert got.dtype == dtype, "%s: dtype %s, expected %s" % (name, got.dtype, dtype)


def main():
    path, kind = sys.argv[1], sys.argv[2]
    if kind == "darcy-pdebench":
        with h5py.File(path, "r") as f:
            check("tensor", f["tensor"][()], U[:, None], np.float32)
            check("nu", f["nu"][()], A, np.float32)
            check("x-coordinate", f["x-coordinate"][()], 0.25 * np.arange(S1))
            check("y-coordinate", f["y-coordinate"][()], (np.arange(S2) + 0.5) / S2)
            assert f.attrs["beta"] == 2.0, dict(f.attrs)
    elif kind == "1d-pdebench":
        with h5py.File(path, "r") as f:
            check("tensor", f["tensor"][()], array(33, (3, 4, 7), np.float64), np.float32)
            check("x-coordinate", f["x-coordinate"][()], 0.25 * np.arange(7))
            check("t-coordinate", f["t-coordinate"][()], 0.5 * np.arange(5))
    elif kind == "1d-pdebench-initial":
        with h5py.File(path, "r") as f:
            t = f["tensor"][()]
            assert t.shape == (3, 4, 7), t.shape
            check("tensor[:, 0]", t[:, 0], array(32, (3, 7), np.float64), np.float32)
            check("tensor[:, 1:]", t[:, 1:], array(33, (3, 3, 7), np.float64), np.float32)
            check("t-coordinate", f["t-coordinate"][()], 0.5 * np.arange(5))
    elif kind == "seeds-pdebench-initial":
        a = array(35, (3, 4, 5, 2), np.float64)
        q = array(36, (3, 2, 4, 5, 2), np.float64)
        with h5py.File(path, "r") as f:
            for n in range(3):
                d = f["%04d/data" % n][()]
                assert d.shape == (3, 4, 5, 2), d.shape
                check("data[0]", d[0], a[n], np.float32)
                check("data[1:]", d[1:], q[n], np.float32)
                check("grid/t", f["%04d/grid/t" % n][()], 0.5 * np.arange(3))
    elif kind in ("cfd-1d-pdebench", "cfd-2d-pdebench"):
        one = kind == "cfd-1d-pdebench"
        grid = (7,) if one else (4, 5)
        names = ["density", "Vx", "pressure"] if one else ["density", "Vx", "Vy", "pressure"]
        a = array(37 if one else 39, (3 if one else 2,) + grid + (len(names),), np.float64)
        q = array(38 if one else 40, (3 if one else 2, 2) + grid + (len(names),), np.float64)
        with h5py.File(path, "r") as f:
            assert sorted(f.keys()) == sorted(names + ["t-coordinate", "x-coordinate"]
                                              + ([] if one else ["y-coordinate"])), list(f.keys())
            for c, name in enumerate(names):
                d = f[name][()]
                check(name + "[:, 0]", d[:, 0], a[..., c], np.float32)
                check(name + "[:, 1:]", d[:, 1:], q[..., c], np.float32)
            check("t-coordinate", f["t-coordinate"][()], 0.5 * np.arange(4))
            check("x-coordinate", f["x-coordinate"][()], 0.25 * np.arange(grid[0]))
            if one:
                assert f.attrs["eta"] == 0.01 and f.attrs["zeta"] == 0.02, dict(f.attrs)
            else:
                check("y-coordinate", f["y-coordinate"][()], 0.25 * np.arange(5))
                assert f.attrs["M"] == 1.0, dict(f.attrs)
    elif kind == "seeds-pdebench":
        q = array(34, (3, 2, 4, 5, 2), np.float64)
        with h5py.File(path, "r") as f:
            assert sorted(f.keys()) == ["0000", "0001", "0002"], list(f.keys())
            for n in range(3):
                g = f["%04d" % n]
                check("%04d/data" % n, g["data"][()], q[n], np.float32)
                check("grid/x", g["grid/x"][()], 0.25 * np.arange(4))
                check("grid/y", g["grid/y"][()], (np.arange(5) + 0.5) / 5)
                check("grid/t", g["grid/t"][()], 0.5 * np.arange(2))
    elif kind == "darcy-npz":
        d = np.load(path)
        assert sorted(d.files) == ["a", "u", "x"], d.files
        check("a", d["a"], A, np.float32)
        check("u", d["u"], U, np.float64)
        check("x", d["x"], 0.25 * np.arange(S1), np.float64)
    elif kind == "darcy-mat":
        m = scipy.io.loadmat(path)
        check("a", m["a"], A, np.float32)
        check("u", m["u"], U, np.float64)
        check("x", m["x"], 0.25 * np.arange(S1).reshape(1, S1), np.float64)
    else:
        raise SystemExit("unknown kind " + kind)
    print("ok")


if __name__ == "__main__":
    main()
