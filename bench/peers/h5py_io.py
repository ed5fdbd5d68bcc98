#!/usr/bin/env python3
"""Peer for `galerkin bench io`: h5py (libhdf5) timing the same work on the same file.

usage: h5py_io.py FILE FIELD RANGE REPEAT OUT
Reads FIELD whole and as RANGE-sample ranges, then writes it with the same chunking, shuffle
and gzip level to OUT. Prints `key value` lines: best time in seconds over REPEAT runs, and
PEAK_RSS_KB (ru_maxrss).
"""
import resource
import sys
import time

import h5py
import numpy as np


def best(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main():
    path, field, rng, repeat, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
    with h5py.File(path, "r") as f:
        ds = f[field]
        n = ds.shape[0]
        chunks, level = ds.chunks, ds.compression_opts
        data = ds[...]
        read_whole = best(lambda: f[field][...], repeat)

        def ranges():
            for i in range(0, n, rng):
                f[field][i:i + rng]
        read_ranges = best(ranges, repeat)

    def write():
        with h5py.File(out, "w") as g:
            g.create_dataset(field, data=data, chunks=chunks, compression="gzip",
                             compression_opts=level, shuffle=True)
    write_s = best(write, repeat)
    print("bytes", data.nbytes)
    print("read_whole_s", read_whole)
    print("read_ranges_s", read_ranges)
    print("write_s", write_s)
    print("h5py", h5py.version.version, "hdf5", h5py.version.hdf5_version, "numpy", np.__version__)
    print("PEAK_RSS_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


if __name__ == "__main__":
    main()
