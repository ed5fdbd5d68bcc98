package dev.galerkin.solvers.finitevolume;

/**
 * A conservative face treatment that reconstructs primitive variables ({@link PrimitiveVariables})
 * instead of the conserved ones: each cell average is converted to {@code w}, MUSCL extrapolates
 * {@code w} to the faces, and the face states are converted back to conserved variables for the
 * numerical flux, which leaves the left cell and enters the right one unchanged (so the scheme
 * stays conservative). With a TVD {@link Limiter} a face value of each primitive variable lies
 * between the neighbouring cell values, so a positive density, pressure or depth stays positive
 * at the faces, which conserved-variable reconstruction does not guarantee for the pressure
 * (Toro, <i>Riemann Solvers and Numerical Methods for Fluid Dynamics</i>, 3rd ed., 2009, §14.4).
 * Not thread-safe: it keeps work arrays.
 */
public final class PrimitiveFaces implements FaceTreatment {
  private final int m;
  private final PrimitiveVariables variables;
  private final NumericalFlux flux;
  private final double[] left;
  private final double[] right;

  /**
   * @param law the conservation law ({@code m} variables)
   * @param variables the change to and from the primitive variables
   * @param flux the numerical flux on the conserved face states
   */
  public PrimitiveFaces(ConservationLaw law, PrimitiveVariables variables, NumericalFlux flux) {
    this.m = law.variables();
    this.variables = variables;
    this.flux = flux;
    this.left = new double[m];
    this.right = new double[m];
  }

  @Override
  public int reconstructedVariables() {
    return m;
  }

  @Override
  public void toReconstructed(double[] q, int cell, double[] w) {
    variables.toPrimitive(q, cell * m, w, cell * m);
  }

  @Override
  public void faceFluxes(int axis, double[] l, double[] r, double[] toLeft, double[] toRight) {
    variables.toConserved(l, 0, left, 0);
    variables.toConserved(r, 0, right, 0);
    flux.flux(axis, left, right, toLeft);
    System.arraycopy(toLeft, 0, toRight, 0, m);
  }
}
