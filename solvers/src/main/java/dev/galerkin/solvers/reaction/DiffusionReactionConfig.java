package dev.galerkin.solvers.reaction;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.spectral.Dealiasing;
import dev.galerkin.solvers.spectral.Discretisation1D;
import dev.galerkin.solvers.spectral.HasDiscretisation1D;
import dev.galerkin.solvers.spectral.DiscretisationBuilder;

/**
 * Configuration of {@link DiffusionReactionSolver}: diffusivity, polynomial reaction {@code R(u) =
 * Σ c_k u^k} ({@link PolynomialReaction}), discretisation. The PDEBench logistic case {@code ρ u (1
 * − u)} is {@code rate(ρ)}, that is {@code c = (0, ρ, −ρ)}.
 *
 * <p>Build with {@link #builder()} (domain default {@code [0, 1)}; de-aliasing default the rule
 * exact for the reaction's degree, {@link Dealiasing#exactFor(int)}: {@link Dealiasing#TWO_THIRDS}
 * up to quadratic reactions, {@link Dealiasing#ONE_HALF} for cubic ones) or take the PDEBench
 * setting with {@link #pdebench(double, double, double)}.
 *
 * @param diffusivity {@code ν} (the {@code D} of Fisher's equation), finite and {@code >= 0}, in
 *     length²/time (PDEBench: 0.5, 1, 2, 5)
 * @param reaction {@code R(u)}; not null (PDEBench: logistic with {@code ρ} = 1, 2, 5, 10)
 * @param discretisation grid, largest time step, de-aliasing; not null
 */
public record DiffusionReactionConfig(
    double diffusivity, PolynomialReaction reaction, Discretisation1D discretisation)
    implements HasDiscretisation1D {

  /** The PDEBench 1D diffusion–reaction resolution: 1024 points on {@code [0, 1)}. */
  public static final int PDEBENCH_NODES = 1024;

  /**
   * Validates the fields.
   *
   * @param diffusivity {@code ν}, finite and {@code >= 0}, in length²/time
   * @param reaction {@code R(u)}; not null
   * @param discretisation grid, largest time step, de-aliasing; not null
   * @throws GalerkinException naming the field out of range
   */
  public DiffusionReactionConfig {
    if (!(diffusivity >= 0) || !Double.isFinite(diffusivity)) {
      throw new GalerkinException(
          "DiffusionReactionConfig.diffusivity = "
              + diffusivity
              + " is out of range; allowed finite diffusivity >= 0");
    }
    if (reaction == null) {
      throw new GalerkinException("DiffusionReactionConfig.reaction is null; pass"
          + " PolynomialReaction.of(c0, ..., cK) or PolynomialReaction.logistic(rho)");
    }
    if (discretisation == null) {
      throw new GalerkinException(
          "DiffusionReactionConfig.discretisation is null; use DiffusionReactionConfig.builder()");
    }
  }

  /**
   * The logistic case {@code ρ u (1 − u)}.
   *
   * @param diffusivity {@code ν}, finite and {@code >= 0}
   * @param rate {@code ρ}, finite and {@code >= 0}, in 1/time
   * @param discretisation grid, largest time step, de-aliasing; not null
   * @throws GalerkinException naming the field out of range
   */
  public DiffusionReactionConfig(double diffusivity, double rate, Discretisation1D discretisation) {
    this(diffusivity, PolynomialReaction.logistic(rate), discretisation);
  }

  /**
   * @return the logistic rate {@code ρ} of a reaction {@code ρ u (1 − u)}
   * @throws GalerkinException if the reaction is not logistic (read {@link #reaction()} instead)
   */
  public double rate() {
    if (!reaction.isLogistic()) {
      throw new GalerkinException("DiffusionReactionConfig.rate: the reaction R(u) = "
          + reaction.formula() + " is not logistic rho u (1 - u); read reaction() instead");
    }
    return reaction.coefficient(1);
  }

  /**
   * The PDEBench setting: {@code [0, 1)} periodic, {@value #PDEBENCH_NODES} nodes, 2/3 de-aliasing.
   *
   * @param diffusivity {@code ν}
   * @param rate {@code ρ}
   * @param dtMax the largest time step
   * @return the configuration
   */
  public static DiffusionReactionConfig pdebench(double diffusivity, double rate, double dtMax) {
    return builder().diffusivity(diffusivity).rate(rate).nodes(PDEBENCH_NODES).dtMax(dtMax).build();
  }

  /**
   * @return a builder; {@code diffusivity}, {@code rate} or {@code reaction}, {@code nodes} and
   *     {@code dtMax} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link DiffusionReactionConfig}. */
  public static final class Builder extends DiscretisationBuilder<Builder> {
    private double diffusivity = Double.NaN;
    private double rate = Double.NaN;
    private PolynomialReaction reaction;

    private Builder() {
      super("DiffusionReactionConfig", Dealiasing.TWO_THIRDS);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * @param diffusivity {@code ν >= 0} (required)
     * @return this builder
     */
    public Builder diffusivity(double diffusivity) {
      this.diffusivity = diffusivity;
      return this;
    }

    /**
     * @param rate {@code ρ >= 0}: the logistic reaction {@code ρ u (1 − u)} (this or {@link
     *     #reaction(PolynomialReaction)} is required)
     * @return this builder
     */
    public Builder rate(double rate) {
      this.rate = rate;
      return this;
    }

    /**
     * @param reaction {@code R(u) = Σ c_k u^k} (this or {@link #rate(double)} is required)
     * @return this builder
     */
    public Builder reaction(PolynomialReaction reaction) {
      this.reaction = reaction;
      return this;
    }

    /**
     * @param c {@code c_0 … c_K} of {@code R(u) = Σ c_k u^k}
     * @return this builder
     */
    public Builder reaction(double... c) {
      return reaction(PolynomialReaction.of(c));
    }

    /**
     * @return the validated configuration
     * @throws GalerkinException if a field is missing or out of range, or both {@code rate} and
     *     {@code reaction} were given
     */
    public DiffusionReactionConfig build() {
      if (Double.isNaN(diffusivity)) {
        throw new GalerkinException(
            "DiffusionReactionConfig.diffusivity is not set; call diffusivity(nu) with nu >= 0");
      }
      if (Double.isNaN(rate) && reaction == null) {
        throw new GalerkinException("DiffusionReactionConfig.rate is not set; call rate(rho) with"
            + " rho >= 0, or reaction(c0, ..., cK) for R(u) = sum c_k u^k");
      }
      if (!Double.isNaN(rate) && reaction != null) {
        throw new GalerkinException("DiffusionReactionConfig: both rate(" + rate + ") and"
            + " reaction(" + reaction.formula() + ") were given; give one (rate(rho) is"
            + " reaction(0, rho, -rho))");
      }
      PolynomialReaction r = reaction != null ? reaction : PolynomialReaction.logistic(rate);
      return new DiffusionReactionConfig(diffusivity, r,
          discretisation(Dealiasing.exactFor(r.degree())));
    }
  }
}
