package dev.galerkin.operators.physics.geometry;

import dev.galerkin.GalerkinException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Collocation points of a {@link Geometry}: interior points (bounding box, then rejection by
 * {@link Geometry#contains}), boundary points on named pieces (the budget split by measure, each
 * piece sampled through its parameter cube) and initial points (the piece {@code initial} of a
 * space-time domain). Deterministic in {@code (seed, arguments)}. A count below one, an unknown
 * boundary name, or a domain in which (almost) no candidate lands is an error.
 */
public final class Sampler {
  private Sampler() {}

  /**
   * @param g the domain
   * @param n the number of points, {@code >= 1}
   * @param s the spreading
   * @param seed the seed
   * @return {@code n} interior points (normals zero)
   */
  public static Points interior(Geometry g, int n, Sampling s, long seed) {
    checkCount("interior", n);
    int d = g.dimension();
    double[] lo = g.lower();
    double[] hi = g.upper();
    double[] xs = new double[n * d];
    Unit u = new Unit(s, d, seed, n);
    int got = 0;
    long tried = 0;
    long limit = Math.max(10_000L, 200L * n);
    double[] p = new double[d];
    while (got < n) {
      if (++tried > limit) {
        throw empty(g, "interior", got, tried);
      }
      double[] v = u.next();
      for (int i = 0; i < d; i++) {
        p[i] = lo[i] + (hi[i] - lo[i]) * v[i];
      }
      if (g.contains(p)) {
        System.arraycopy(p, 0, xs, got * d, d);
        got++;
      }
    }
    return new Points(n, d, xs, new double[n * d]);
  }

  /**
   * @param g the domain
   * @param names boundary piece names, or {@link Geometry#ALL} for every piece but {@code initial}
   * @param n the total number of points, {@code >= 1}, split between pieces by measure
   * @param s the spreading
   * @param seed the seed
   * @return the points and their outward normals
   */
  public static Points boundary(Geometry g, List<String> names, int n, Sampling s, long seed) {
    checkCount("boundary " + names, n);
    List<BoundaryPiece> pieces = pieces(g, names);
    double total = pieces.stream().mapToDouble(BoundaryPiece::measure).sum();
    int d = g.dimension();
    double[] xs = new double[n * d];
    double[] ns = new double[n * d];
    int got = 0;
    for (int k = 0; k < pieces.size(); k++) {
      BoundaryPiece piece = pieces.get(k);
      int m = k == pieces.size() - 1 ? n - got : (int) Math.round(n * piece.measure() / total);
      m = Math.min(m, n - got);
      if (m <= 0) {
        continue;
      }
      Unit u = new Unit(s, piece.parameterDimension(), seed * 31 + k, m);
      int have = 0;
      long tried = 0;
      long limit = Math.max(10_000L, 200L * m);
      double[] p = new double[d];
      double[] nrm = new double[d];
      while (have < m) {
        if (++tried > limit) {
          throw empty(g, "boundary '" + piece.name() + "'", have, tried);
        }
        if (piece.map(u.next(), p, nrm)) {
          System.arraycopy(p, 0, xs, (got + have) * d, d);
          System.arraycopy(nrm, 0, ns, (got + have) * d, d);
          have++;
        }
      }
      got += m;
    }
    return new Points(n, d, xs, ns);
  }

  /** @return the pieces named, {@link Geometry#ALL} expanded */
  public static List<BoundaryPiece> pieces(Geometry g, List<String> names) {
    if (names.isEmpty()) {
      throw new GalerkinException("a boundary condition needs at least one boundary name; " + g
          + " has " + g.boundaryNames() + " (or '" + Geometry.ALL + "')");
    }
    LinkedHashSet<String> set = new LinkedHashSet<>();
    for (String name : names) {
      if (name.equals(Geometry.ALL)) {
        g.boundaryNames().stream().filter(b -> !b.equals("initial")).forEach(set::add);
      } else {
        g.boundary(name);
        set.add(name);
      }
    }
    List<BoundaryPiece> out = new ArrayList<>();
    for (String name : set) {
      out.add(g.boundary(name));
    }
    return out;
  }

  private static void checkCount(String what, int n) {
    if (n < 1) {
      throw new GalerkinException("the number of " + what + " points must be >= 1, got " + n);
    }
  }

  private static GalerkinException empty(Geometry g, String part, int got, long tried) {
    return new GalerkinException("geometry " + g + ": only " + got + " of " + tried
        + " candidate points fell in its " + part + "; the domain is empty or degenerate there");
  }

  /** Points of the unit cube {@code [0, 1)^k} in the chosen spreading. */
  private static final class Unit {
    private final Sampling sampling;
    private final int k;
    private final SplittableRandom random;
    private final int batch;
    private SobolSequenceGenerator sobol;
    private double[][] lhs;
    private int next;

    Unit(Sampling sampling, int k, long seed, int batch) {
      this.sampling = sampling;
      this.k = k;
      this.random = new SplittableRandom(seed);
      this.batch = Math.max(1, batch);
      if (sampling == Sampling.SOBOL && k > 0) {
        sobol = new SobolSequenceGenerator(k);
        sobol.skipTo(1 + (int) Math.floorMod(seed, 1024L));
      }
    }

    double[] next() {
      if (k == 0) {
        return new double[0];
      }
      return switch (sampling) {
        case UNIFORM -> {
          double[] v = new double[k];
          for (int i = 0; i < k; i++) {
            v[i] = random.nextDouble();
          }
          yield v;
        }
        case SOBOL -> sobol.nextVector();
        case LATIN_HYPERCUBE -> {
          if (lhs == null || next == lhs.length) {
            lhs = latinHypercube(batch, k, random);
            next = 0;
          }
          yield lhs[next++];
        }
      };
    }
  }

  /** @return {@code m} Latin-hypercube points in {@code [0, 1)^k} */
  static double[][] latinHypercube(int m, int k, SplittableRandom random) {
    double[][] v = new double[m][k];
    int[] perm = new int[m];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < m; j++) {
        perm[j] = j;
      }
      for (int j = m - 1; j > 0; j--) {
        int r = random.nextInt(j + 1);
        int t = perm[j];
        perm[j] = perm[r];
        perm[r] = t;
      }
      for (int j = 0; j < m; j++) {
        v[j][i] = (perm[j] + random.nextDouble()) / m;
      }
    }
    return v;
  }
}
