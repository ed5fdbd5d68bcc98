package dev.galerkin.solvers.darcy;

/**
 * The fine-grid 5-point operator of {@code −∇·(a∇u)} on the interior nodes of an {@code nx × ny}
 * node grid with homogeneous Dirichlet boundary nodes, for {@link DarcySolver}: face coefficients
 * are the harmonic ({@link DarcyScheme#VERTEX}) or arithmetic ({@link DarcyScheme#FNO}, {@link
 * DarcyScheme#ARITHMETIC}) mean of the two nodal values, divided by {@code h²} (units of {@code a}
 * per length²). {@link DarcyMask#assemble} is the masked variant.
 */
final class FineAssembly {
  private FineAssembly() {}

  /**
   * Fills {@code op} from nodal {@code a} (row-major, {@code k = i·ny + j}), exactly as {@code
   * darcy_scipy.py}'s {@code assemble}: faces in the order (+x, −x, +y, −y), summed left to right,
   * then divided by {@code h²}. Couplings to boundary nodes are left out (zero).
   *
   * @param arithmetic arithmetic face means; {@code false}: harmonic
   */
  static void assemble(StencilOperator op, double[] a, int nx, int ny, double hx, double hy,
      boolean arithmetic) {
    double hx2 = hx * hx;
    double hy2 = hy * hy;
    boolean square = hx2 == hy2;
    op.clear();
    // each face mean is computed once: the +x face of (i - 1, j) is the −x face of (i, j) (kept
    // per column in `west`), the +y face of (i, j - 1) the −y face of (i, j); the means are
    // symmetric in their arguments bit for bit, so the values are those of computing each twice
    double[] west = new double[ny];
    for (int j = 1; j < ny - 1; j++) {
      west[j] = face(a[j], a[ny + j], arithmetic);
    }
    for (int i = 1; i < nx - 1; i++) {
      int row = i * ny;
      double kS = face(a[row + 1], a[row], arithmetic);
      for (int j = 1; j < ny - 1; j++) {
        int k = row + j;
        double ak = a[k];
        double kE = face(ak, a[k + ny], arithmetic);
        double kW = west[j];
        double kN = face(ak, a[k + 1], arithmetic);
        op.c[k] = square ? (kE + kW + kN + kS) / hx2 : (kE + kW) / hx2 + (kN + kS) / hy2;
        op.e[k] = i + 1 < nx - 1 ? -kE / hx2 : 0.0;
        op.n[k] = j + 1 < ny - 1 ? -kN / hy2 : 0.0;
        west[j] = kE;
        kS = kN;
      }
    }
  }

  private static double face(double p, double q, boolean arithmetic) {
    return arithmetic ? (p + q) / 2 : harmonic(p, q);
  }

  /** @return the harmonic mean {@code 2pq / (p + q)} of two face neighbours' coefficients */
  static double harmonic(double p, double q) {
    return 2 * p * q / (p + q);
  }
}
