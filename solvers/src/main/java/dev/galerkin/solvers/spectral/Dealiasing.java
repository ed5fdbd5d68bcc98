package dev.galerkin.solvers.spectral;

/**
 * Which Fourier modes a pseudo-spectral solver keeps, so that products formed pointwise on the grid
 * do not alias back onto the kept modes (Orszag's truncation rule; Canuto, Hussaini, Quarteroni and
 * Zang, <i>Spectral Methods: Fundamentals in Single Domains</i>, Springer 2006).
 *
 * <p>On {@code n} nodes the discrete Fourier modes are {@code m = 0 … n/2}. A rule keeps the modes
 * {@code |m| <= K} ({@link #maxMode(int)}) and zeroes the rest, both in the initial state and in
 * every evaluation of the nonlinear term, so the state never holds a mode above {@code K}. A
 * product of {@code p} fields band-limited to {@code K} has modes up to {@code pK}; on {@code n}
 * nodes mode {@code m > n/2} shows up as {@code m - n}, which misses every kept mode exactly when
 * {@code (p + 1) K < n}. Hence:
 *
 * <ul>
 *   <li>{@link #TWO_THIRDS}: {@code K = floor((n - 1) / 3)}, exact for quadratic terms ({@code p =
 *       2}: Burgers' {@code u²}, logistic {@code u(1 - u)});
 *   <li>{@link #ONE_HALF}: {@code K = floor((n - 1) / 4)}, exact for cubic terms ({@code p = 3}:
 *       Allen–Cahn's {@code u³});
 *   <li>{@link #TWO_FIFTHS}: {@code K = floor((n - 1) / 5)}, exact for quartic terms ({@code p =
 *       4});
 *   <li>{@link #ONE_THIRD}: {@code K = floor((n - 1) / 6)}, exact for quintic terms ({@code p =
 *       5});
 *   <li>{@link #NONE}: {@code K = n/2}, all modes kept, the Nyquist mode included; products alias
 *       at the level of the truncation error of a resolved solution.
 * </ul>
 *
 * In general the rule exact for a polynomial of degree {@code p} keeps {@code K = floor((n - 1) /
 * (p + 1))} ({@link #exactFor(int)}, degrees up to 5); it costs the resolution of a zero-padded
 * product on {@code (p + 1)/2 · n} points without the extra transforms.
 *
 * <p>With a rule other than {@link #NONE} the method is the Fourier–Galerkin method on the kept
 * modes, computed with transforms.
 */
public enum Dealiasing {
  /** Keep every mode, {@code K = n/2}. */
  NONE {
    @Override
    public int maxMode(int nodes) {
      return nodes / 2;
    }
  },
  /** Keep {@code |m| <= floor((n - 1) / 3)}: exact for quadratic nonlinearities. */
  TWO_THIRDS {
    @Override
    public int maxMode(int nodes) {
      return (nodes - 1) / 3;
    }
  },
  /** Keep {@code |m| <= floor((n - 1) / 4)}: exact for cubic nonlinearities. */
  ONE_HALF {
    @Override
    public int maxMode(int nodes) {
      return (nodes - 1) / 4;
    }
  },
  /** Keep {@code |m| <= floor((n - 1) / 5)}: exact for quartic nonlinearities. */
  TWO_FIFTHS {
    @Override
    public int maxMode(int nodes) {
      return (nodes - 1) / 5;
    }
  },
  /** Keep {@code |m| <= floor((n - 1) / 6)}: exact for quintic nonlinearities. */
  ONE_THIRD {
    @Override
    public int maxMode(int nodes) {
      return (nodes - 1) / 6;
    }
  };

  /** The largest polynomial degree {@link #exactFor(int)} has a rule for. */
  public static final int MAX_EXACT_DEGREE = 5;

  /**
   * @param degree the degree {@code p} of the polynomial nonlinearity, {@code 0 <= p <=} {@value
   *     #MAX_EXACT_DEGREE}
   * @return the rule that keeps the most modes while exact for degree {@code p}: {@link
   *     #TWO_THIRDS} for {@code p <= 2} (a linear term needs none, but the solvers default to the
   *     2/3 rule), {@link #ONE_HALF}, {@link #TWO_FIFTHS}, {@link #ONE_THIRD} for 3, 4, 5
   * @throws GalerkinException if the degree is out of range
   */
  public static Dealiasing exactFor(int degree) {
    return switch (degree) {
      case 0, 1, 2 -> TWO_THIRDS;
      case 3 -> ONE_HALF;
      case 4 -> TWO_FIFTHS;
      case 5 -> ONE_THIRD;
      default -> throw new dev.galerkin.GalerkinException("Dealiasing.exactFor: degree = "
          + degree + " is out of range; allowed 0 <= degree <= " + MAX_EXACT_DEGREE);
    };
  }

  /**
   * @param nodes the number of grid nodes {@code n}, even and {@code >= 4}
   * @return the largest kept mode number {@code K}, {@code 0 <= K <= n/2}
   */
  public abstract int maxMode(int nodes);
}
