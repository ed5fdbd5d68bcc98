package dev.galerkin.solvers.finitevolume;

/**
 * The plain conservative face treatment: the conserved variables themselves are reconstructed, the
 * same numerical flux leaves the left cell and enters the right one, and there is no source.
 */
public final class ConservativeFaces implements FaceTreatment {
  private final int m;
  private final NumericalFlux flux;

  /**
   * @param law the conservation law
   * @param flux the numerical flux on reconstructed conserved states
   */
  public ConservativeFaces(ConservationLaw law, NumericalFlux flux) {
    this.m = law.variables();
    this.flux = flux;
  }

  @Override
  public int reconstructedVariables() {
    return m;
  }

  @Override
  public void toReconstructed(double[] q, int cell, double[] w) {
    System.arraycopy(q, cell * m, w, cell * m, m);
  }

  @Override
  public void faceFluxes(int axis, double[] left, double[] right, double[] toLeft,
      double[] toRight) {
    flux.flux(axis, left, right, toLeft);
    System.arraycopy(toLeft, 0, toRight, 0, m);
  }
}
