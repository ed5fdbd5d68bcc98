#!/usr/bin/env python3
"""Writes small files in the layouts of other projects' data, for the tests of dev.galerkin.data.formats.

Usage: /usr/bin/python3 make_foreign_files.py OUTDIR   (Debian's python3-h5py and python3-scipy)

Every array element is value(field_id, *index) below, with the index in the order the source
program sees it (PDEBench: h5py's order; MATLAB: MATLAB's order), so the Java tests recompute each
value exactly (all values are integers below 2**24, exact in float32). The layouts follow:
  PDEBench (Takamoto et al., NeurIPS 2022): pdebench/data_gen/data_gen_NLE/Data_Merge.py,
    pdebench/data_gen/gen_diff_react.py and pdebench/data_gen/src/data_io.py (incompressible NS)
    (writers), pdebench/models/fno/utils.py (reader);
  FNO (Li et al., ICLR 2021): its .mat files, read there with scipy.io.loadmat (v5) or h5py (v7.3).
"""
import sys
from pathlib import Path

import h5py
import numpy as np
import scipy.io


def value(field_id, *index):
    """field_id * 100000 + the index digits: value(2, 3, 1, 4) = 200314."""
    digits = 0
    for k in index:
        digits = digits * 10 + k
    return field_id * 100000 + digits


def array(field_id, shape, dtype=np.float32):
    out = np.empty(shape, dtype=np.float64)
    for idx in np.ndindex(*shape):
        out[idx] = value(field_id, *idx)
    return out.astype(dtype)


def pdebench_1d(out):
    # tensor [N, nt, nx]; t-coordinate has nt + 1 entries, as the published files have
    n, nt, nx = 5, 4, 8
    with h5py.File(out / "1D_Advection_Sols_beta0.1.hdf5", "w") as f:
        f.create_dataset("tensor", data=array(1, (n, nt, nx)))
        f.create_dataset("x-coordinate", data=(np.arange(nx) + 0.5) / nx)
        f.create_dataset("t-coordinate", data=np.arange(nt + 1) * 0.01)
        f.attrs["beta"] = 0.1
    # no attributes: the parameter comes from the file name
    with h5py.File(out / "1D_Burgers_Sols_Nu0.01.hdf5", "w") as f:
        f.create_dataset("tensor", data=array(1, (n, nt, nx)))
        f.create_dataset("x-coordinate", data=(np.arange(nx) + 0.5) / nx)
        f.create_dataset("t-coordinate", data=np.arange(nt + 1) * 0.01)


def pdebench_darcy(out):
    n, s = 6, 8
    with h5py.File(out / "2D_DarcyFlow_beta1.0_Train.hdf5", "w") as f:
        f.create_dataset("tensor", data=array(2, (n, 1, s, s)))
        f.create_dataset("nu", data=array(3, (n, s, s)))
        f.create_dataset("x-coordinate", data=(np.arange(s) + 0.5) / s)
        f.create_dataset("y-coordinate", data=(np.arange(s) + 0.5) / s)
        f.attrs["beta"] = 1.0
    # a larger one, chunked per sample, for the test that a range reads only its samples
    rng = np.random.default_rng(0)
    n, s = 64, 32
    with h5py.File(out / "2D_DarcyFlow_big.hdf5", "w") as f:
        f.create_dataset("tensor", data=rng.standard_normal((n, 1, s, s), dtype=np.float32),
                         chunks=(1, 1, s, s))
        f.create_dataset("nu", data=rng.standard_normal((n, s, s), dtype=np.float32),
                         chunks=(1, s, s))
        f.create_dataset("x-coordinate", data=np.linspace(0, 1, s))
        f.create_dataset("y-coordinate", data=np.linspace(0, 1, s))
    # and contiguous, as PDEBench's Data_Merge.py writes them
    with h5py.File(out / "2D_DarcyFlow_contiguous.hdf5", "w") as f:
        f.create_dataset("tensor", data=rng.standard_normal((n, 1, s, s), dtype=np.float32))
        f.create_dataset("nu", data=rng.standard_normal((n, s, s), dtype=np.float32))


def pdebench_seeds(out):
    # one group per seed: data [nt, nx, ny, c] and grid/x, grid/y, grid/t, lzf as PDEBench writes
    n, nt, nx, ny, c = 4, 3, 6, 5, 2
    with h5py.File(out / "2D_diff-react_NA_NA.h5", "w") as f:
        for i in range(n):
            d = np.empty((nt, nx, ny, c), dtype=np.float32)
            for idx in np.ndindex(nt, nx, ny, c):
                d[idx] = value(4, i, *idx)
            g = f.create_group("%04d" % i)
            g.create_dataset("data", data=d, dtype="float32", compression="lzf")
            g.create_dataset("grid/x", data=np.linspace(-1, 1, nx), dtype="float32",
                             compression="lzf")
            g.create_dataset("grid/y", data=np.linspace(-1, 1, ny), dtype="float32",
                             compression="lzf")
            g.create_dataset("grid/t", data=np.linspace(0, 5, nt), dtype="float32",
                             compression="lzf")
            g.attrs["config"] = "sim:\n  seed: %d\n" % i


def pdebench_cfd(out):
    n, nt, nx, ny = 3, 4, 6, 5
    name = "2D_CFD_Rand_M0.1_Eta0.01_Zeta0.01_periodic_128_Train.hdf5"
    with h5py.File(out / name, "w") as f:
        for fid, var in enumerate(["density", "pressure", "Vx", "Vy"]):
            f.create_dataset(var, data=array(5 + fid, (n, nt, nx, ny)))
        f.create_dataset("x-coordinate", data=np.linspace(0, 1, nx))
        f.create_dataset("y-coordinate", data=np.linspace(0, 1, ny))
        f.create_dataset("t-coordinate", data=np.linspace(0, 1, nt + 1))
        f.attrs["eta"] = 0.01
        f.attrs["zeta"] = 0.01
        f.attrs["M"] = 0.1


def pdebench_ns(out):
    # pdebench/data_gen/src/data_io.py: velocity [N, nt, s, s, 2], particles [N, nt, s, s, 1],
    # force [N, s, s, 2], t [N, nt]; chunks (1, 1, s, s, c), lzf + shuffle; the YAML config as a
    # root attribute
    n, nt, s = 2, 3, 4
    with h5py.File(out / "ns_incom_inhom_2d_512-0.h5", "w") as f:
        f.attrs["config"] = "sim_name: ns_sim_2d\nNU: 0.01\ngrid_size:\n- 4\n- 4\n"
        f.attrs["latestIndex"] = n - 1
        f.create_dataset("velocity", data=array(10, (n, nt, s, s, 2)), chunks=(1, 1, s, s, 2),
                         compression="lzf", shuffle=True)
        f.create_dataset("particles", data=array(11, (n, nt, s, s, 1)), chunks=(1, 1, s, s, 1),
                         compression="lzf", shuffle=True)
        f.create_dataset("force", data=array(12, (n, s, s, 2)), compression="lzf", shuffle=True)
        f.create_dataset("t", data=np.tile(np.arange(nt, dtype=np.float32) * 0.5, (n, 1)))


def plain_samples_last(out):
    # arrays someone wrote with h5py, the samples on the last axis (as MATLAB users often do)
    s, n = 6, 12
    with h5py.File(out / "samples_last.h5", "w") as f:
        f.create_dataset("inputs/coeff", data=array(13, (s, s, n)))
        f.create_dataset("outputs/sol", data=array(14, (s, s, n)))
        f.attrs["note"] = "samples on axis 2"
        # coordinates for --coordinates: x on [0, 2] (uniform), y on [0, 3] (stretched), and bad ones
        f.create_dataset("grid/x", data=np.linspace(0.0, 2.0, s))
        f.create_dataset("grid/y", data=3.0 * np.linspace(0.0, 1.0, s) ** 2)
        f.create_dataset("grid/short", data=np.linspace(0.0, 1.0, s - 1))
        f.create_dataset("grid/flat", data=np.array([0.0, 0.2, 0.4, 0.4, 0.8, 1.0]))
        f.create_dataset("grid/nan", data=np.array([0.0, 0.2, np.nan, 0.6, 0.8, 1.0]))


def matlab_header(version):
    text = ("MATLAB %s MAT-file, Platform: GLNXA64, Created on: Tue Dec  1 12:00:00 2026 HDF5 schema"
            " 1.00 ." % version).encode("ascii")
    return text.ljust(116, b" ") + b"\0" * 8 + b"\x00\x02" + b"IM"


def mat73(out):
    # MATLAB sees a [N, s, s] and u [N, s, s, T]; HDF5 holds the axes reversed: [s, s, N], [T, s, s, N]
    n, s, t = 5, 6, 4
    path = out / "ns_V1e-3_N5_T4.mat"
    with h5py.File(path, "w", userblock_size=512) as f:
        for fid, (name, shape) in enumerate([("a", (n, s, s)), ("u", (n, s, s, t))]):
            d = f.create_dataset(name, data=array(10 + fid, shape, np.float64).T)
            d.attrs["MATLAB_class"] = np.bytes_("double")
        tt = f.create_dataset("t", data=(np.arange(1, t + 1) * 0.25).reshape(1, t).T)
        tt.attrs["MATLAB_class"] = np.bytes_("double")
    with open(path, "r+b") as raw:
        raw.write(matlab_header("7.3"))
    # a larger one, u chunked per sample as MATLAB does for large arrays, for the laziness test
    path = out / "ns_big.mat"
    rng = np.random.default_rng(1)
    with h5py.File(path, "w", userblock_size=512) as f:
        d = f.create_dataset("u", data=rng.standard_normal((8, 16, 16, 64)), chunks=(8, 16, 16, 1))
        d.attrs["MATLAB_class"] = np.bytes_("double")
    with open(path, "r+b") as raw:
        raw.write(matlab_header("7.3"))
    # a v7.3 file whose only variable is a struct (a group), which Galerkin does not read
    path = out / "struct73.mat"
    with h5py.File(path, "w", userblock_size=512) as f:
        g = f.create_group("s")
        g.attrs["MATLAB_class"] = np.bytes_("struct")
        g.create_dataset("f", data=np.zeros((1, 1)))
    with open(path, "r+b") as raw:
        raw.write(matlab_header("7.3"))


def mat5(out):
    # FNO Darcy: coeff and sol [N, s, s]; FNO Burgers: a and u [N, s]
    scipy.io.savemat(out / "piececonst_r11_N4_smooth1.mat",
                     {"coeff": array(20, (4, 11, 11), np.float64),
                      "sol": array(21, (4, 11, 11), np.float64)})
    scipy.io.savemat(out / "burgers_data_R10.mat",
                     {"a": array(22, (3, 16), np.float64), "u": array(23, (3, 16), np.float64),
                      "visc": 0.1}, do_compression=True)
    scipy.io.savemat(out / "old_v4.mat", {"a": np.zeros((2, 3))}, format="4")
    # FNO Darcy at 21^2 with enough samples to train on, for subsampling by 5 (21 -> 5)
    rng = np.random.default_rng(2)
    scipy.io.savemat(out / "piececonst_r21_N12_smooth1.mat",
                     {"coeff": rng.choice([3.0, 12.0], size=(12, 21, 21)),
                      "sol": rng.standard_normal((12, 21, 21))})


def plain(out):
    with h5py.File(out / "plain.h5", "w") as f:
        f.attrs["title"] = "made by h5py"
        f.attrs["weights"] = np.arange(1000, dtype=np.float64)
        g = f.create_group("results/run1")
        g.attrs["steps"] = np.int64(12)
        g.create_dataset("pressure", data=np.zeros((3, 4), dtype=np.float32), chunks=(1, 4),
                         compression="gzip")
        f.create_dataset("labels", data=np.arange(7, dtype=np.int32))


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for make in (pdebench_1d, pdebench_darcy, pdebench_seeds, pdebench_cfd, pdebench_ns, mat73,
                 mat5, plain, plain_samples_last):
        make(out)


if __name__ == "__main__":
    main()
