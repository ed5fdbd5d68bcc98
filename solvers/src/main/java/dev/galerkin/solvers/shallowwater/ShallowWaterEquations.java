package dev.galerkin.solvers.shallowwater;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.finitevolume.ConservationLaw;

/**
 * The 2D shallow-water equations in conserved variables {@code q = (h, hu, hv)}:
 *
 * <pre>
 *   h_t  + (hu)_x             + (hv)_y             = 0
 *   hu_t + (hu² + g h²/2)_x   + (huv)_y            = −g h b_x
 *   hv_t + (huv)_x            + (hv² + g h²/2)_y   = −g h b_y
 * </pre>
 *
 * {@code h} the depth, {@code (u, v)} the depth-averaged velocity, {@code g} the gravity, {@code
 * b(x, y)} the bathymetry (the bed height); the bed source is not part of this law, it is
 * discretised by {@link HydrostaticReconstruction}. Units are the caller's: with {@code g = 1}
 * lengths and times are nondimensional (the default of the {@code shallow-water} preset), with
 * {@code g = 9.81} they are metres and seconds.
 *
 * <p><b>Dry states.</b> The velocity is {@code hu/h} where {@code h > dryDepth} and zero otherwise
 * (the desingularisation), wave speeds are {@code u ± √(g h)}, and {@link #enforceAdmissible}
 * zeroes the momentum of cells with {@code h <= dryDepth} and sets round-off negative depths to
 * zero. Riemann problems with a dry side use the vacuum-front speed {@code u ± 2√(g h)} of the wet
 * side (Toro, <i>Shock-Capturing Methods for Free-Surface Shallow Flows</i>, Wiley 2001, §10.4).
 * The 1D equations are these on a {@code n × 1} grid with {@code v = 0}.
 *
 * @param gravity {@code g > 0}
 * @param dryDepth the depth at or below which a cell is dry, {@code >= 0}
 */
public record ShallowWaterEquations(double gravity, double dryDepth) implements ConservationLaw {

  /**
   * Validates the parameters.
   *
   * @throws GalerkinException naming the parameter, in one line
   */
  public ShallowWaterEquations {
    if (!(gravity > 0) || !Double.isFinite(gravity)) {
      throw new GalerkinException("--gravity = " + gravity + " is out of range; it must be > 0");
    }
    if (!(dryDepth >= 0) || !Double.isFinite(dryDepth)) {
      throw new GalerkinException("dry depth = " + dryDepth + " is out of range; it must be >= 0");
    }
  }

  @Override
  public int variables() {
    return 3;
  }

  /** @return {@code hu/h} where {@code h > dryDepth}, else 0 */
  public double velocity(double h, double hu) {
    return h > dryDepth ? hu / h : 0;
  }

  @Override
  public void flux(int axis, double[] q, int offset, double[] f) {
    double h = q[offset];
    double hu = q[offset + 1];
    double hv = q[offset + 2];
    double pressure = 0.5 * gravity * h * h;
    if (axis == 0) {
      double u = velocity(h, hu);
      f[0] = hu;
      f[1] = hu * u + pressure;
      f[2] = hv * u;
    } else {
      double v = velocity(h, hv);
      f[0] = hv;
      f[1] = hu * v;
      f[2] = hv * v + pressure;
    }
  }

  @Override
  public void waveSpeeds(int axis, double[] q, int offset, double[] speeds) {
    double h = q[offset];
    double un = velocity(h, q[offset + 1 + axis]);
    double c = Math.sqrt(gravity * Math.max(h, 0));
    speeds[0] = un - c;
    speeds[1] = un + c;
  }

  /** Davis' bounds between wet states; the wet side's vacuum-front speed next to a dry one. */
  @Override
  public void signalSpeeds(int axis, double[] left, double[] right, double[] speeds) {
    boolean dryLeft = left[0] <= dryDepth;
    boolean dryRight = right[0] <= dryDepth;
    if (dryLeft && dryRight) {
      speeds[0] = 0;
      speeds[1] = 0;
    } else if (dryRight) {
      double u = velocity(left[0], left[1 + axis]);
      double c = Math.sqrt(gravity * left[0]);
      speeds[0] = u - c;
      speeds[1] = u + 2 * c;
    } else if (dryLeft) {
      double u = velocity(right[0], right[1 + axis]);
      double c = Math.sqrt(gravity * right[0]);
      speeds[0] = u - 2 * c;
      speeds[1] = u + c;
    } else {
      ConservationLaw.super.signalSpeeds(axis, left, right, speeds);
    }
  }

  /** @return {@code hu} (index 1) for x faces, {@code hv} (index 2) for y faces */
  @Override
  public int normalMomentum(int axis) {
    return 1 + axis;
  }

  @Override
  public void enforceAdmissible(double[] q, int offset) {
    if (q[offset] <= dryDepth) {
      q[offset] = Math.max(q[offset], 0);
      q[offset + 1] = 0;
      q[offset + 2] = 0;
    }
  }
}
