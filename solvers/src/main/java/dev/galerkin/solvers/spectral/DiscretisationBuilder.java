package dev.galerkin.solvers.spectral;

import dev.galerkin.GalerkinException;

/**
 * The discretisation half of a PDE configuration builder, shared by the periodic 1D solvers: the
 * domain {@code [x0, x0 + length)} (default {@code [0, 1)}), the node count and the largest time
 * step (both required), and the de-aliasing rule (default chosen by the PDE). A configuration's
 * builder extends it and adds the PDE's parameters:
 *
 * <pre>{@code
 * BurgersConfig c = BurgersConfig.builder().viscosity(0.1).nodes(8192).dtMax(1e-3).build();
 * }</pre>
 *
 * Validation happens in {@link Discretisation1D#of}, when the configuration is built.
 *
 * @param <B> the concrete builder type, returned by the setters
 */
public abstract class DiscretisationBuilder<B extends DiscretisationBuilder<B>> {

  private final String owner;
  private double x0 = 0;
  private double length = 1;
  private int nodes = -1;
  private double dtMax = Double.NaN;
  private Dealiasing dealiasing;
  private boolean dealiasingGiven;

  /**
   * @param owner the configuration's name, for messages (e.g. {@code "BurgersConfig"})
   * @param defaultDealiasing the PDE's default rule
   */
  protected DiscretisationBuilder(String owner, Dealiasing defaultDealiasing) {
    this.owner = owner;
    this.dealiasing = defaultDealiasing;
  }

  /**
   * @return {@code this}, typed as the concrete builder
   */
  protected abstract B self();

  /**
   * @param x0 left end of the periodic domain (default 0)
   * @return this builder
   */
  public B origin(double x0) {
    this.x0 = x0;
    return self();
  }

  /**
   * @param length the period (default 1)
   * @return this builder
   */
  public B length(double length) {
    this.length = length;
    return self();
  }

  /**
   * @param x0 left end
   * @param length the period
   * @return this builder
   */
  public B domain(double x0, double length) {
    return origin(x0).length(length);
  }

  /**
   * @param nodes the number of nodes, even and {@code >= 4} (required)
   * @return this builder
   */
  public B nodes(int nodes) {
    this.nodes = nodes;
    return self();
  }

  /**
   * @param dtMax the largest time step (required)
   * @return this builder
   */
  public B dtMax(double dtMax) {
    this.dtMax = dtMax;
    return self();
  }

  /**
   * @param dealiasing which Fourier modes to keep (default chosen by the PDE)
   * @return this builder
   */
  public B dealiasing(Dealiasing dealiasing) {
    this.dealiasing = dealiasing;
    this.dealiasingGiven = true;
    return self();
  }

  /**
   * @return the validated discretisation
   * @throws GalerkinException if {@code nodes} or {@code dtMax} was not set, or a value is out of
   *     range
   */
  protected Discretisation1D discretisation() {
    if (nodes == -1) {
      throw new GalerkinException(owner + ".nodes is not set; call nodes(n) with even n >= 4");
    }
    if (Double.isNaN(dtMax)) {
      throw new GalerkinException(owner + ".dtMax is not set; call dtMax(dt) with dt > 0");
    }
    return Discretisation1D.of(x0, length, nodes, dtMax, dealiasing);
  }

  /**
   * As {@link #discretisation()}, with a default rule that depends on the PDE's parameters (for
   * example the degree of a polynomial reaction) when none was given with {@link
   * #dealiasing(Dealiasing)}.
   *
   * @param fallback the rule used unless one was given
   * @return the validated discretisation
   * @throws GalerkinException as {@link #discretisation()}
   */
  protected Discretisation1D discretisation(Dealiasing fallback) {
    if (!dealiasingGiven) {
      dealiasing = fallback;
    }
    return discretisation();
  }
}
