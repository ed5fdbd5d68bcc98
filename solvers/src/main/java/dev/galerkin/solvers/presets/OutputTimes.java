package dev.galerkin.solvers.presets;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.Grid1D;
import dev.galerkin.solvers.generate.FieldSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The output times of a time-dependent preset: {@code count} equispaced times
 * {@code t_k = k·T/count}, {@code k = 1 … count} (the initial field is the input, so it is not
 * repeated in the output).
 *
 * @param finalTime {@code T}, in the PDE's time units, {@code > 0}
 * @param count number of stored times, {@code >= 1}
 */
public record OutputTimes(double finalTime, int count) {

  /** Validates the times. */
  public OutputTimes {
    if (!(finalTime > 0) || !Double.isFinite(finalTime)) {
      throw new GalerkinException("--final-time = " + finalTime + " is out of range; it must be > 0");
    }
    if (count < 1 || count > 100_000) {
      throw new GalerkinException("--time-steps = " + count + " is out of range; it must be in [1,"
          + " 100000]");
    }
  }

  /** @return the times {@code T/count, 2T/count, …, T} */
  public double[] times() {
    double[] t = new double[count];
    for (int k = 0; k < count; k++) {
      t[k] = finalTime * (k + 1) / count;
    }
    t[count - 1] = finalTime;
    return t;
  }

  /** @return the times as the {@code t} coordinate, shape {@code [count]} */
  DoubleArray coordinate() {
    return DoubleArray.wrap(Shape.of(count), times());
  }

  /**
   * The fields of a 1D trajectory preset: input {@code a = u0} {@code [r]}, output {@code u}
   * {@code [T, r]}.
   *
   * @param stored the grid of the stored fields ({@code r} nodes)
   */
  List<dev.galerkin.solvers.generate.FieldSpec> fields1D(Grid1D stored) {
    return fields1D(stored.nodes());
  }

  /** @return the fields of a 1D trajectory preset with {@code r} stored points */
  List<dev.galerkin.solvers.generate.FieldSpec> fields1D(int r) {
    return List.of(
        new dev.galerkin.solvers.generate.FieldSpec("a", FieldRole.INPUT, Shape.of(r)),
        new dev.galerkin.solvers.generate.FieldSpec("u", FieldRole.OUTPUT,
            Shape.of(count, r)));
  }

  /** @return the coordinates of a 1D trajectory preset: {@code x} {@code [r]} and {@code t} */
  Map<String, NdArray> coordinates1D(Grid1D stored) {
    return coordinates1D(stored.coordinates());
  }

  /**
   * @param x the stored points (for example cell centres), not modified
   * @return the coordinates of a 1D trajectory preset: {@code x} {@code [r]} and {@code t}
   */
  Map<String, NdArray> coordinates1D(double[] x) {
    Map<String, NdArray> c = new LinkedHashMap<>();
    c.put("x", DoubleArray.wrap(Shape.of(x.length), x.clone()));
    c.put("t", coordinate());
    return c;
  }

  /**
   * @param x the stored x coordinates, not modified
   * @param y the stored y coordinates, not modified
   * @return the coordinates of a 2D trajectory preset: {@code x}, {@code y} and {@code t}
   */
  Map<String, NdArray> coordinates2D(double[] x, double[] y) {
    Map<String, NdArray> c = new LinkedHashMap<>();
    c.put("x", DoubleArray.wrap(Shape.of(x.length), x.clone()));
    c.put("y", DoubleArray.wrap(Shape.of(y.length), y.clone()));
    c.put("t", coordinate());
    return c;
  }

  /**
   * Subsamples each frame of a trajectory.
   *
   * @param frames {@code count} frames of {@code n} values each, not modified
   * @param n values per frame
   * @param subsample takes one frame to its stored values
   * @param out the stored frames, {@code count × m} values; modified
   */
  void subsampleFrames(double[] frames, int n, UnaryOperator<double[]> subsample,
      double[] out) {
    double[] frame = new double[n];
    int m = out.length / count;
    for (int k = 0; k < count; k++) {
      System.arraycopy(frames, k * n, frame, 0, n);
      System.arraycopy(subsample.apply(frame), 0, out, k * m, m);
    }
  }
}
