package dev.galerkin.solvers;

import dev.galerkin.GalerkinException;
import java.util.Arrays;

/**
 * The solution of a time-dependent problem at a list of output times, with the solver's
 * diagnostics: the one result type of the 1D spectral solvers (Burgers, diffusion–reaction,
 * Allen–Cahn) and of the 2D Navier–Stokes solver.
 *
 * <p><b>Layout.</b> {@code values} is flat, row-major, of shape {@code [T, ...frameShape]}: frame
 * {@code j} (the field at {@code times[j]}) is {@code values[j * F, (j + 1) * F)}, {@code F} the
 * product of {@code frameShape}, laid out as the solver's grid. A 1D solver on {@code n} nodes has
 * {@code frameShape = [n]} ({@code values[j * n + i] = u(x_i, t_j)}); Navier–Stokes on {@code s²}
 * nodes has {@code [s, s]} ({@code values[(j * s + i) * s + k] = w(x_i, y_k, t_j)}, x the slow
 * index). Arrays are copied in and out; {@link #value}, {@link #time} and {@link #frame} read
 * without copying everything.
 *
 * @param times the output times, in the PDE's time units, increasing, length {@code T >= 1}
 * @param values the fields at those times, length {@code T * F}
 * @param frameShape the shape of one frame, every extent {@code >= 1}
 * @param diagnostics how the solve went (steps, CFL, time)
 */
public record Trajectory(double[] times, double[] values, int[] frameShape,
    Diagnostics diagnostics) {

  /**
   * What a solve reports besides the fields.
   *
   * @param steps the number of time steps taken in total, {@code >= 0}
   * @param maxCfl the largest Courant number of any step ({@code NaN} when the solver does not
   *     measure it)
   * @param minDt the shortest time step taken, shortened steps that land on output times included
   *     ({@code +∞} when no step was taken, {@code NaN} when not measured)
   * @param fftSeconds wall time spent in FFTs, in seconds ({@code NaN} when not measured)
   * @param elapsedSeconds wall time of the whole solve, in seconds ({@code NaN} when not measured)
   */
  public record Diagnostics(long steps, double maxCfl, double minDt, double fftSeconds,
      double elapsedSeconds) {

    /** Validates the step count. */
    public Diagnostics {
      if (steps < 0) {
        throw new GalerkinException("Trajectory.steps = " + steps + " is out of range; allowed >= 0");
      }
    }

    /** @return diagnostics that know only the number of steps */
    public static Diagnostics ofSteps(long steps) {
      return new Diagnostics(steps, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** @return the share of the solve's wall time spent in FFTs, in {@code [0, 1]}; 0 if unknown */
    public double fftShare() {
      return elapsedSeconds > 0 && fftSeconds >= 0 ? fftSeconds / elapsedSeconds : 0.0;
    }
  }

  /**
   * Validates the shapes and copies the arrays.
   *
   * @throws GalerkinException if an array is null or the shapes disagree
   */
  public Trajectory {
    if (times == null || times.length == 0) {
      throw new GalerkinException("Trajectory.times is null or empty; pass at least one time");
    }
    if (frameShape == null || frameShape.length == 0) {
      throw new GalerkinException("Trajectory.frameShape is null or empty; pass the frame's extents");
    }
    long frame = 1;
    for (int d : frameShape) {
      if (d < 1) {
        throw new GalerkinException("Trajectory.frameShape = " + Arrays.toString(frameShape)
            + " has an extent < 1; every extent must be >= 1");
      }
      frame *= d;
    }
    long expected = times.length * frame;
    if (values == null || values.length != expected) {
      throw new GalerkinException("Trajectory.values.length = "
          + (values == null ? "null" : String.valueOf(values.length)) + " does not match T * "
          + String.join(" * ", Arrays.stream(frameShape).mapToObj(Integer::toString).toList())
          + " = " + times.length + " * " + frame + " = " + expected);
    }
    if (diagnostics == null) {
      throw new GalerkinException("Trajectory.diagnostics is null; pass Diagnostics.ofSteps(n)");
    }
    times = times.clone();
    values = values.clone();
    frameShape = frameShape.clone();
  }

  /** @return a copy of the output times */
  @Override
  public double[] times() {
    return times.clone();
  }

  /** @return a copy of the flat values, shape {@code [T, ...frameShape]} */
  @Override
  public double[] values() {
    return values.clone();
  }

  /** @return a copy of the frame shape */
  @Override
  public int[] frameShape() {
    return frameShape.clone();
  }

  /** @return the number of output times {@code T} */
  public int count() {
    return times.length;
  }

  /** @return the values of one frame {@code F}, the product of the frame shape */
  public int frameSize() {
    return values.length / times.length;
  }

  /** @return {@code [T, ...frameShape]} */
  public long[] shape() {
    long[] s = new long[frameShape.length + 1];
    s[0] = times.length;
    for (int d = 0; d < frameShape.length; d++) {
      s[d + 1] = frameShape[d];
    }
    return s;
  }

  /** @return the number of time steps taken, {@link Diagnostics#steps()} */
  public long steps() {
    return diagnostics.steps();
  }

  /**
   * @param j output index, {@code 0 <= j < T}
   * @return the output time {@code times[j]}
   */
  public double time(int j) {
    checkIndex(j);
    return times[j];
  }

  /**
   * @param j output index, {@code 0 <= j < T}
   * @return a new array: the field at {@code times[j]}, length {@code F}, in the frame's layout
   */
  public double[] frame(int j) {
    checkIndex(j);
    int f = frameSize();
    return Arrays.copyOfRange(values, j * f, (j + 1) * f);
  }

  /**
   * @param j output index, {@code 0 <= j < T}
   * @param i flat index within the frame, {@code 0 <= i < F}
   * @return value {@code i} of frame {@code j}
   */
  public double value(int j, int i) {
    checkIndex(j);
    int f = frameSize();
    if (i < 0 || i >= f) {
      throw new GalerkinException(
          "node index i = " + i + " is out of range; allowed 0 <= i <= " + (f - 1));
    }
    return values[j * f + i];
  }

  private void checkIndex(int j) {
    if (j < 0 || j >= times.length) {
      throw new GalerkinException(
          "output index j = " + j + " is out of range; allowed 0 <= j <= " + (times.length - 1));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Trajectory t
        && Arrays.equals(frameShape, t.frameShape)
        && diagnostics.equals(t.diagnostics)
        && Arrays.equals(times, t.times)
        && Arrays.equals(values, t.values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(times) + Arrays.hashCode(values)) + Arrays.hashCode(frameShape);
  }

  @Override
  public String toString() {
    return "Trajectory[T=" + times.length + ", frame=" + Arrays.toString(frameShape) + ", steps="
        + diagnostics.steps() + "]";
  }
}
