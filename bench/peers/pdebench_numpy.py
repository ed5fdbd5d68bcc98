"""NumPy peer of two PDEBench presets' schemes, timed per sample by `galerkin bench solvers`:

  advection:        u_t + beta u_x = 0 on the periodic [0, 1), the exact shift of the discrete
                    Fourier spectrum (Galerkin's AdvectionScheme.SPECTRAL; Nyquist mode by the real
                    part of its shift);
  burgers-pdebench: u_t + (u^2/2)_x = (nu/pi) u_xx on the periodic [0, 1): MUSCL with the
                    monotonised-central limiter, the exact Godunov flux of u^2/2, SSP-RK3 (Shu-Osher)
                    at dt = cfl dx / max|u|, Strang half steps of the exactly integrated central
                    viscous difference (Fourier factor exp(-4 mu tau sin^2(pi k/n) / dx^2)) around
                    each step, the last step of each output interval shortened to land on it
                    (Galerkin's FiniteVolumeBurgersSolver with --viscous split).

The same initial field as Galerkin's (read from IN, float64 little-endian, n values), the same
output times t_k = k T / K; the frames are written to OUT (float64, [K, n]) so the caller can
compare them with its own. Prints SAMPLE_S (the solve alone, after numpy is imported and the
input read) and PEAK_RSS_KB.

Usage: python3 pdebench_numpy.py advection|burgers-pdebench IN OUT PARAM T K [cfl]
       PARAM is beta (advection) or PDEBench's nu (Burgers; the viscosity is nu/pi).
"""
import resource
import sys
import time

import numpy as np


def advection(u0, beta, times):
    n = u0.size
    hat = np.fft.fft(u0)
    mode = np.fft.fftfreq(n, 1.0 / n)
    out = np.empty((times.size, n))
    for k, t in enumerate(times):
        shift = beta * t
        shift -= np.floor(shift)
        phase = np.exp(-2j * np.pi * mode * shift)
        if n % 2 == 0:
            phase[n // 2] = np.cos(2 * np.pi * (n // 2) * shift)
        out[k] = np.fft.ifft(hat * phase).real
    return out


def mc_slope(u):
    a = u - np.roll(u, 1)
    b = np.roll(u, -1) - u
    c = 0.5 * (a + b)
    m = np.minimum(np.abs(c), 2 * np.minimum(np.abs(a), np.abs(b)))
    return np.where(a * b <= 0, 0.0, np.copysign(m, a))


def godunov(ul, ur):
    fl, fr = 0.5 * ul * ul, 0.5 * ur * ur
    rising = np.where(ul > 0, fl, np.where(ur < 0, fr, 0.0))
    return np.where(ul <= ur, rising, np.maximum(fl, fr))


def convection_rhs(u, dx):
    s = mc_slope(u)
    left = u + 0.5 * s                      # left state of face i + 1/2
    right = np.roll(u - 0.5 * s, -1)        # right state of face i + 1/2
    f = godunov(left, right)
    return -(f - np.roll(f, 1)) / dx


def burgers(u0, nu, times, cfl):
    n = u0.size
    dx = 1.0 / n
    mu = nu / np.pi
    s2 = np.sin(np.pi * np.arange(n // 2 + 1) / n) ** 2

    def heat(u, tau):
        return np.fft.irfft(np.fft.rfft(u) * np.exp(-4 * mu * tau / dx ** 2 * s2), n)

    def rk3(u, dt):
        s = u + dt * convection_rhs(u, dx)
        s = 0.75 * u + 0.25 * (s + dt * convection_rhs(s, dx))
        return u / 3 + 2.0 / 3 * (s + dt * convection_rhs(s, dx))

    u = u0.copy()
    out = np.empty((times.size, n))
    t = 0.0
    for k, t_end in enumerate(times):
        while t < t_end:
            dt = cfl * dx / np.max(np.abs(u))
            last = t + dt * (1 + 1e-9) >= t_end
            if last:
                dt = t_end - t
            u = heat(u, 0.5 * dt)
            u = rk3(u, dt)
            u = heat(u, 0.5 * dt)
            t = t_end if last else t + dt
        out[k] = u
    return out


def main():
    kind, src, dst = sys.argv[1], sys.argv[2], sys.argv[3]
    param, final, count = float(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
    cfl = float(sys.argv[7]) if len(sys.argv) > 7 else 0.4
    u0 = np.fromfile(src, dtype="<f8")
    times = final * np.arange(1, count + 1) / count
    t0 = time.perf_counter()
    if kind == "advection":
        out = advection(u0, param, times)
    elif kind == "burgers-pdebench":
        out = burgers(u0, param, times, cfl)
    else:
        raise SystemExit("unknown kind " + kind + "; use advection or burgers-pdebench")
    seconds = time.perf_counter() - t0
    out.astype("<f8").tofile(dst)
    print("SAMPLE_S %.6f" % seconds)
    print("PEAK_RSS_KB %d" % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


if __name__ == "__main__":
    main()
