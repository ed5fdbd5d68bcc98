package dev.galerkin.operators.physics.pde;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.physics.geometry.Geometry;
import dev.galerkin.operators.physics.geometry.Sampler;
import dev.galerkin.operators.physics.geometry.Sampling;
import java.util.ArrayList;
import java.util.List;

/**
 * A physics-informed problem: the geometry, the PDE on its interior, the conditions on its
 * boundaries, how many collocation points each term gets and its loss weight, the sampling, and
 * (when known) the exact solution. Validated when built: counts {@code >= 1}, weights finite and
 * {@code >= 0}, every boundary name known to the geometry, an initial condition only on a
 * space-time domain.
 *
 * <pre>{@code
 * Problem p = Problem.builder("poisson", Geometry.rectangle(0, 0, 1, 1), pde)
 *     .interior(1000).condition(Condition.dirichlet(x -> 0, "all"), 200).build();
 * }</pre>
 *
 * @param name a short name
 * @param geometry the domain
 * @param pde the PDE
 * @param interiorPoints residual points, {@code >= 1}
 * @param pdeWeight the residual term's weight
 * @param terms the conditions with their counts and weights
 * @param sampling how points are spread
 * @param exact the exact solution, or {@code null}
 * @param unknowns unknown coefficients trained with the solution (an inverse problem), may be empty
 * @param observations measurements of {@code u}, or {@code null}
 */
public record Problem(String name, Geometry geometry, Pde pde, int interiorPoints, double pdeWeight,
    List<Term> terms, Sampling sampling, PointFunction exact, List<Unknown> unknowns, Observations observations) {

  /**
   * A condition of the loss.
   *
   * @param condition the condition
   * @param points its collocation points, {@code >= 1}
   * @param weight its loss weight, finite, {@code >= 0}
   */
  public record Term(Condition condition, int points, double weight) {
    /** Validates. */
    public Term {
      if (condition == null) {
        throw new GalerkinException("problem term: condition must not be null");
      }
      if (points < 1) {
        throw new GalerkinException("condition " + condition.label() + ": points must be >= 1, got " + points);
      }
      checkWeight(condition.label(), weight);
    }
  }

  /** Validates. */
  public Problem {
    if (geometry == null || pde == null || sampling == null) {
      throw new GalerkinException("problem '" + name + "': geometry, pde and sampling must not be null");
    }
    if (interiorPoints < 1) {
      throw new GalerkinException("problem '" + name + "': interior points must be >= 1, got " + interiorPoints);
    }
    checkWeight("pde", pdeWeight);
    terms = List.copyOf(terms);
    unknowns = List.copyOf(unknowns);
    if (unknowns.stream().map(Unknown::name).distinct().count() != unknowns.size()) {
      throw new GalerkinException("problem '" + name + "': unknown coefficients have repeated names: " + unknowns);
    }
    if (observations != null && observations.dimension() != geometry.dimension()) {
      throw new GalerkinException("problem '" + name + "': observations have " + observations.dimension()
          + " coordinates but the geometry has " + geometry.dimension());
    }
    for (Term t : terms) {
      Condition c = t.condition();
      Sampler.pieces(geometry, c.boundaries());
      if (c instanceof Condition.Derivative dc) {
        dev.galerkin.operators.physics.jet.DerivativeSet.axes(geometry.coordinates(), dc.derivative());
      }
      if (c instanceof Condition.Periodic p && geometry.coordinates().indexOf(p.coordinate()) < 0) {
        throw new GalerkinException("condition " + c.label() + ": coordinate '" + p.coordinate()
            + "' is not one of '" + geometry.coordinates() + "'");
      }
    }
    for (String d : pde.derivatives()) {
      dev.galerkin.operators.physics.jet.DerivativeSet.axes(geometry.coordinates(), d);
    }
  }

  private static void checkWeight(String what, double w) {
    if (!(w >= 0) || !Double.isFinite(w)) {
      throw new GalerkinException(what + ": loss weight must be finite and >= 0, got " + w);
    }
  }

  /** @return a builder: 1000 interior points, weight 1, Sobol sampling, no exact solution */
  public static Builder builder(String name, Geometry geometry, Pde pde) {
    return new Builder(name, geometry, pde);
  }

  /** @return a builder holding this problem's settings, to change some */
  public Builder toBuilder() {
    Builder b = new Builder(name, geometry, pde).interior(interiorPoints).pdeWeight(pdeWeight)
        .sampling(sampling).exact(exact).observations(observations);
    b.terms.addAll(terms);
    b.unknowns.addAll(unknowns);
    return b;
  }

  /** @return the labels of the loss terms, {@code pde} first */
  public List<String> termLabels() {
    List<String> l = new ArrayList<>();
    l.add("pde");
    for (Term t : terms) {
      l.add(t.condition().label());
    }
    if (observations != null) {
      l.add("data");
    }
    return l;
  }

  /** Builder of {@link Problem}. */
  public static final class Builder {
    private final String name;
    private final Geometry geometry;
    private final Pde pde;
    private int interior = 1000;
    private double pdeWeight = 1;
    private final List<Term> terms = new ArrayList<>();
    private Sampling sampling = Sampling.SOBOL;
    private PointFunction exact;
    private final List<Unknown> unknowns = new ArrayList<>();
    private Observations observations;

    private Builder(String name, Geometry geometry, Pde pde) {
      this.name = name;
      this.geometry = geometry;
      this.pde = pde;
    }

    /** @param n interior (residual) points @return this */
    public Builder interior(int n) {
      this.interior = n;
      return this;
    }

    /** @param w the residual term's weight @return this */
    public Builder pdeWeight(double w) {
      this.pdeWeight = w;
      return this;
    }

    /** @return this, with {@code c} on {@code points} points and weight 1 */
    public Builder condition(Condition c, int points) {
      return condition(c, points, 1);
    }

    /** @return this, with {@code c} on {@code points} points and weight {@code weight} */
    public Builder condition(Condition c, int points, double weight) {
      terms.add(new Term(c, points, weight));
      return this;
    }

    /** @return this, with every condition's point count replaced by {@code points} */
    public Builder conditionPoints(int points) {
      terms.replaceAll(t -> new Term(t.condition(), points, t.weight()));
      return this;
    }

    /** @param s the sampling @return this */
    public Builder sampling(Sampling s) {
      this.sampling = s;
      return this;
    }

    /** @param u the exact solution, or {@code null} @return this */
    public Builder exact(PointFunction u) {
      this.exact = u;
      return this;
    }

    /** @return this, with the unknown coefficient {@code name} starting from {@code initial} */
    public Builder unknown(String name, double initial) {
      unknowns.add(new Unknown(name, initial));
      return this;
    }

    /** @param o measurements of {@code u}, or {@code null} @return this */
    public Builder observations(Observations o) {
      this.observations = o;
      return this;
    }

    /** @return the validated problem */
    public Problem build() {
      return new Problem(name, geometry, pde, interior, pdeWeight, terms, sampling, exact, unknowns, observations);
    }
  }
}
