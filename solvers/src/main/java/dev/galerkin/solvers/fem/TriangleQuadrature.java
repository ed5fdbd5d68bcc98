package dev.galerkin.solvers.fem;

/**
 * Symmetric quadrature rules on a triangle, in barycentric coordinates, with weights that sum to
 * 1 (multiply by the area): {@code ∫_T g ≈ |T| Σ_q w_q g(Σ_k λ_{q,k} x_k)}. Rules from Dunavant,
 * "High degree efficient symmetrical Gaussian quadrature rules for the triangle", <i>Int. J. Numer.
 * Meth. Engng</i> 21 (1985) 1129–1148 (degree 2 and 4), and Radon's 7-point rule (degree 5;
 * Stroud, <i>Approximate Calculation of Multiple Integrals</i>, 1971, T2:5-1). Also the 2-point
 * Gauss–Legendre rule on an edge (degree 3).
 *
 * <p>Layout: {@code lambda(q, k)} is barycentric coordinate {@code k} of point {@code q}.
 */
public final class TriangleQuadrature {
  /** 3 interior points, exact for polynomials of degree 2. */
  public static final TriangleQuadrature DEGREE_2 =
      new TriangleQuadrature(2, new double[] {2.0 / 3, 1.0 / 6, 1.0 / 6}, new double[] {1.0 / 3},
          Double.NaN);
  /** 6 points (Dunavant), exact for degree 4: the load vectors. */
  public static final TriangleQuadrature DEGREE_4 =
      new TriangleQuadrature(4,
          new double[] {0.108103018168070, 0.445948490915965, 0.445948490915965,
              0.816847572980459, 0.091576213509771, 0.091576213509771},
          new double[] {0.223381589678011, 0.109951743655322},
          Double.NaN);
  /** 7 points (Radon), exact for degree 5: the error norms of the tests. */
  public static final TriangleQuadrature DEGREE_5 = radon();

  /** Nodes of the 2-point Gauss rule on an edge, as the fraction {@code t ∈ (0, 1)} along it. */
  public static final double[] EDGE_POINTS = {0.5 - 0.5 / Math.sqrt(3), 0.5 + 0.5 / Math.sqrt(3)};
  /** Weights of the 2-point Gauss rule on an edge, summing to 1 (multiply by the length). */
  public static final double[] EDGE_WEIGHTS = {0.5, 0.5};

  private final int degree;
  private final double[] lambda;
  private final double[] weights;

  /**
   * Builds a symmetric rule from orbits of the form {@code (a, b, b)} and optionally the centroid.
   */
  private TriangleQuadrature(int degree, double[] orbits, double[] orbitWeights,
      double centroidWeight) {
    int orbitCount = orbitWeights.length;
    int points = 3 * orbitCount + (Double.isNaN(centroidWeight) ? 0 : 1);
    this.degree = degree;
    this.lambda = new double[3 * points];
    this.weights = new double[points];
    int q = 0;
    if (!Double.isNaN(centroidWeight)) {
      lambda[0] = lambda[1] = lambda[2] = 1.0 / 3;
      weights[0] = centroidWeight;
      q = 1;
    }
    for (int o = 0; o < orbitCount; o++) {
      double a = orbits[3 * o];
      double b = orbits[3 * o + 1];
      for (int r = 0; r < 3; r++) {
        lambda[3 * q + r] = a;
        lambda[3 * q + (r + 1) % 3] = b;
        lambda[3 * q + (r + 2) % 3] = b;
        weights[q] = orbitWeights[o];
        q++;
      }
    }
  }

  private static TriangleQuadrature radon() {
    double s = Math.sqrt(15);
    double a1 = (6 - s) / 21;
    double a2 = (6 + s) / 21;
    return new TriangleQuadrature(5,
        new double[] {1 - 2 * a1, a1, a1, 1 - 2 * a2, a2, a2},
        new double[] {(155 - s) / 1200, (155 + s) / 1200}, 9.0 / 40);
  }

  /** @return the polynomial degree integrated exactly */
  public int degree() {
    return degree;
  }

  /** @return the number of points */
  public int points() {
    return weights.length;
  }

  /**
   * @param q point
   * @param k 0, 1 or 2
   * @return barycentric coordinate {@code k} of point {@code q}
   */
  public double lambda(int q, int k) {
    return lambda[3 * q + k];
  }

  /**
   * @param q point
   * @return its weight (the weights sum to 1)
   */
  public double weight(int q) {
    return weights[q];
  }
}
