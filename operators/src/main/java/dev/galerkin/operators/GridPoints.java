package dev.galerkin.operators;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.Grid1D;

/**
 * The points of a uniform grid as model inputs: {@code linspace(0, L_a, n_a)} per axis, both ends
 * included (the convention of the solver presets' node coordinates and of the FNO grid channel),
 * taken from {@link Grid1D#bounded} and listed in row-major order. FNO appends them as channels (on the unit box), DeepONet's trunk
 * evaluates at them (on the domain lengths).
 */
public final class GridPoints {
  private GridPoints() {}

  /**
   * @param spatial the grid size per axis, each {@code >= 1} (an axis of one point sits at 0)
   * @param lengths the domain length per axis, {@code > 0}, as many as {@code spatial}
   * @return {@code [P, d]}: point {@code p} (row-major over {@code spatial}) has coordinates
   *     {@code (L_a·i_a/(n_a − 1))_a}
   */
  public static FloatArray of(long[] spatial, double[] lengths) {
    int d = spatial.length;
    if (lengths.length != d) {
      throw new GalerkinException("grid points: " + d + " axes but " + lengths.length + " lengths");
    }
    double[][] axes = new double[d][];
    for (int a = 0; a < d; a++) {
      axes[a] = spatial[a] == 1 ? new double[] {0}
          : Grid1D.bounded(0, lengths[a], Math.toIntExact(spatial[a])).coordinates();
    }
    int n = Math.toIntExact(Shape.of(spatial).size());
    float[] v = new float[n * d];
    for (int p = 0; p < n; p++) {
      int rest = p;
      for (int a = d - 1; a >= 0; a--) {
        int i = rest % (int) spatial[a];
        rest /= (int) spatial[a];
        v[p * d + a] = (float) axes[a][i];
      }
    }
    return FloatArray.wrap(Shape.of(n, d), v);
  }

  /** @return {@link #of} on the unit box: every length 1 */
  public static FloatArray unit(long[] spatial) {
    double[] ones = new double[spatial.length];
    java.util.Arrays.fill(ones, 1.0);
    return of(spatial, ones);
  }
}
