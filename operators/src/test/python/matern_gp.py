#!/usr/bin/env python3
"""An independent NumPy/SciPy recomputation of the Matern-5/2 ARD Gaussian process that
GaussianProcessPythonTest checks dev.galerkin.operators.mmgp against.

Reads a text file of whitespace-separated numbers:
    n d p m
    x (n*d), y (n*p), xt (m*d)          raw inputs/outputs, row-major
    log_sf2, log_ell (d), log_sn2        hyperparameters on standardised data
Standardises x and y per column (population std, as sklearn's StandardScaler), and prints, one
per line with repr(): the log marginal likelihood summed over the p outputs, then the predictive
mean (m*p, original units) and the latent predictive variance (m*p, original units).

Usage: /usr/bin/python3 matern_gp.py FILE
"""
import sys

import numpy as np
from scipy.linalg import cho_factor, cho_solve, solve_triangular
from scipy.spatial.distance import cdist


def main(path):
    with open(path) as f:
        v = np.array(f.read().split(), dtype=np.float64)
    n, d, p, m = (int(t) for t in v[:4])
    off = 4
    x = v[off:off + n * d].reshape(n, d); off += n * d
    y = v[off:off + n * p].reshape(n, p); off += n * p
    xt = v[off:off + m * d].reshape(m, d); off += m * d
    theta = v[off:off + d + 2]
    sf2, ell, sn2 = np.exp(theta[0]), np.exp(theta[1:d + 1]), np.exp(theta[d + 1])

    xm, xs = x.mean(axis=0), x.std(axis=0)
    ym, ys = y.mean(axis=0), y.std(axis=0)
    xn, yn, xtn = (x - xm) / xs, (y - ym) / ys, (xt - xm) / xs

    def matern(a, b):
        r = cdist(a / ell, b / ell)
        s = np.sqrt(5.0) * r
        return sf2 * (1.0 + s + s * s / 3.0) * np.exp(-s)

    k = matern(xn, xn) + sn2 * np.eye(n)
    c, low = cho_factor(k, lower=True)
    alpha = cho_solve((c, low), yn)
    lml = (-0.5 * np.sum(yn * alpha) - p * np.sum(np.log(np.diag(c)))
           - 0.5 * n * p * np.log(2.0 * np.pi))
    ks = matern(xn, xtn)
    mean = ks.T @ alpha * ys + ym
    w = solve_triangular(np.tril(c), ks, lower=True)
    var = sf2 - np.sum(w * w, axis=0)
    lat = var[:, None] * ys[None, :] ** 2
    print(repr(float(lml)))
    for t in mean.ravel():
        print(repr(float(t)))
    for t in lat.ravel():
        print(repr(float(t)))


if __name__ == "__main__":
    main(sys.argv[1])
