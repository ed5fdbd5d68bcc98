package dev.galerkin.meshes;

import java.util.Random;
import java.util.function.BiPredicate;

/** Meshes for the geometry tests: irregular, non-convex and with holes, built from rectangles. */
final class TestMeshes {
  private TestMeshes() {}

  /**
   * The unit square cut into {@code n × n} cells, each split along a random diagonal, with interior
   * nodes moved at random by up to {@code jitter · h} along each axis: an irregular ("Gmsh-like")
   * mesh with node valences from 3 to 9. The four corner cells are cut through the corner.
   */
  static TriangleMesh irregular(int n, double jitter, long seed) {
    return cells(n, n, jitter, seed, true, (i, j) -> true);
  }

  /** The unit square without the cells of its upper-right quarter: a non-convex L-shape. */
  static TriangleMesh lShape(int n, double jitter, long seed) {
    return cells(n, n, jitter, seed, true, (i, j) -> i < n / 2 || j < n / 2);
  }

  /** The unit square with a square hole of side 1/3 in the middle: two boundary loops. */
  static TriangleMesh withHole(int n, double jitter, long seed) {
    return cells(n, n, jitter, seed, true,
        (i, j) -> !(i >= n / 3 && i < 2 * n / 3 && j >= n / 3 && j < 2 * n / 3));
  }

  /**
   * A mesh of the unit disk: the square {@code [-1, 1]²} mesh mapped by the elliptical map {@code
   * (x √(1 - y²/2), y √(1 - x²/2))} (boundary nodes on the circle, cells near the four "corners"
   * flattened).
   */
  static TriangleMesh disk(int n) {
    TriangleMesh square = TriangleMesh.rectangle(-1, 1, -1, 1, n, n);
    double[] xy = square.coordinates();
    for (int i = 0; i < xy.length / 2; i++) {
      double x = xy[2 * i];
      double y = xy[2 * i + 1];
      xy[2 * i] = x * Math.sqrt(1 - y * y / 2);
      xy[2 * i + 1] = y * Math.sqrt(1 - x * x / 2);
    }
    return square.withCoordinates(xy);
  }

  /**
   * The cells {@code (i, j)} of an {@code nx × ny} grid on the unit square that {@code keep}
   * accepts, unused nodes dropped and the rest renumbered.
   */
  static TriangleMesh cells(
      int nx, int ny, double jitter, long seed, boolean randomDiagonals,
      BiPredicate<Integer, Integer> keep) {
    Random random = new Random(seed);
    int[] number = new int[(nx + 1) * (ny + 1)];
    java.util.Arrays.fill(number, -1);
    int[] tri = new int[6 * nx * ny];
    int c = 0;
    for (int j = 0; j < ny; j++) {
      for (int i = 0; i < nx; i++) {
        boolean flip = randomDiagonals && random.nextBoolean();
        if ((i == 0 || i == nx - 1) && (j == 0 || j == ny - 1)) {
          // a corner cell of the square is cut through its corner, so that no triangle has
          // three boundary nodes there (one would flatten on a straight side of a polygon target)
          flip = (i == nx - 1) != (j == ny - 1);
        }
        if (!keep.test(i, j)) {
          continue;
        }
        int a = j * (nx + 1) + i;
        int b = a + 1;
        int u = a + nx + 1;
        int v = u + 1;
        int[] cell = flip ? new int[] {a, b, u, b, v, u} : new int[] {a, b, v, a, v, u};
        for (int k : cell) {
          tri[c++] = k;
        }
      }
    }
    int nodes = 0;
    for (int k = 0; k < c; k++) {
      if (number[tri[k]] < 0) {
        number[tri[k]] = nodes++;
      }
    }
    double[] xy = new double[2 * nodes];
    for (int j = 0; j <= ny; j++) {
      for (int i = 0; i <= nx; i++) {
        int old = j * (nx + 1) + i;
        double dx = (random.nextDouble() * 2 - 1) * jitter / nx;
        double dy = (random.nextDouble() * 2 - 1) * jitter / ny;
        if (number[old] < 0) {
          continue;
        }
        boolean border = i == 0 || j == 0 || i == nx || j == ny;
        xy[2 * number[old]] = (double) i / nx + (border ? 0 : dx);
        xy[2 * number[old] + 1] = (double) j / ny + (border ? 0 : dy);
      }
    }
    int[] renumbered = new int[c];
    for (int k = 0; k < c; k++) {
      renumbered[k] = number[tri[k]];
    }
    return TriangleMesh.builder().nodes(xy).triangles(renumbered).build();
  }
}
