package dev.galerkin.operators.physics.training;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.optim.Lbfgs;
import dev.galerkin.operators.physics.PhysicsGraph;
import dev.galerkin.operators.physics.PhysicsModel;
import dev.galerkin.operators.physics.geometry.Geometry;
import dev.galerkin.operators.physics.geometry.Points;
import dev.galerkin.operators.physics.geometry.Sampler;
import dev.galerkin.operators.physics.jet.DerivativeSet;
import dev.galerkin.operators.physics.jet.Jet;
import dev.galerkin.operators.physics.pde.Condition;
import dev.galerkin.operators.physics.pde.Expr;
import dev.galerkin.operators.physics.pde.PointFunction;
import dev.galerkin.operators.physics.pde.Problem;
import dev.galerkin.operators.physics.pde.Solution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat64;

/**
 * The physics-informed loss of a {@link Problem} for a {@link PhysicsModel}, as a {@code float64}
 * graph: {@code L(θ) = w₀ mean(R[u]²) + Σ_k w_k mean(c_k[u]²)} over fixed collocation points
 * (sampled once from the seed), with {@code ∂L/∂θ} by one first-order reverse pass. Each term's
 * jet carries only the derivatives it needs: the residual those its PDE declares, a Dirichlet or
 * initial term none, a Neumann term the spatial first derivatives, a periodic term the first
 * derivative along its coordinate. A derivative that is read but not declared fails here, when the
 * graph is built, before any training. Owns its graph: close it.
 *
 * <p>The weights {@code w} are a fed {@code [1, T]} input, not graph constants, so that they can be
 * annealed ({@link Reweighable}, {@link LossWeighting}); each term's own gradient is built on first
 * use. The residual can be evaluated at any interior points by feeding them in place of the
 * collocation points, and the interior set can grow ({@link Refinable}, {@link Refinement}).
 */
public final class PhysicsLoss implements Refinable, Reweighable {
  private final Problem problem;
  private final PhysicsModel model;
  private final PhysicsGraph g;
  private final PhysicsModel.Network net;
  private final List<String> labels = new ArrayList<>();
  private final List<Operand<TFloat64>> terms = new ArrayList<>();
  private final Operand<TFloat64> total;
  private final Operand<TFloat64> gradient;
  private final Placeholder<TFloat64> predictAt;
  private final Operand<TFloat64> prediction;
  private final Placeholder<TFloat64> interior;
  private final Operand<TFloat64> residual;
  private final Placeholder<TFloat64> weightInput;
  private final double[] weights;
  private List<Operand<TFloat64>> termGradients;
  private double[] interiorCoordinates;
  private final double[] initial;
  private final Map<String, Operand<TFloat64>> unknowns = new java.util.LinkedHashMap<>();
  private final int[] unknownOffsets;
  private int evaluations;

  /**
   * @param problem the problem
   * @param model the model
   * @param seed the seed of the collocation points and initial parameters
   * @param threads TensorFlow intra-op threads
   */
  public PhysicsLoss(Problem problem, PhysicsModel model, long seed, int threads) {
    this.problem = problem;
    this.model = model;
    this.g = new PhysicsGraph(threads);
    try {
      Geometry geo = problem.geometry();
      String c = geo.coordinates();
      int d = c.length();
      Ops tf = g.ops();
      net = model.build(g, geo, seed);
      unknownOffsets = new int[problem.unknowns().size()];
      for (int k = 0; k < unknownOffsets.length; k++) {
        var unk = problem.unknowns().get(k);
        unknowns.put(unk.name(), g.parameter("unknown/" + unk.name(), new long[] {1}, new double[] {unk.initial()}));
        unknownOffsets[k] = g.offset("unknown/" + unk.name());
      }
      Points in = Sampler.interior(geo, problem.interiorPoints(), problem.sampling(), seed);
      interior = input("interior", in);
      interiorCoordinates = in.coordinates();
      Jet x = Jet.input(tf, interior, DerivativeSet.of(c, problem.pde().derivatives()));
      residual = problem.pde().residual().at(new Solution(x, net.apply(x), unknowns)).operand();
      List<Double> w0 = new ArrayList<>();
      add("pde", meanSquare(residual), problem.pdeWeight(), w0);
      int k = 0;
      for (Problem.Term t : problem.terms()) {
        k++;
        add(t.condition().label(), condition(t, seed + 7919L * k, "c" + k), t.weight(), w0);
      }
      if (problem.observations() != null) {
        var o = problem.observations();
        Placeholder<TFloat64> op = g.input("data", d);
        g.feed(op, o.count(), o.points());
        Placeholder<TFloat64> ov = g.input("data_target", 1);
        g.feed(ov, o.count(), o.values());
        Jet ox = Jet.input(tf, op, DerivativeSet.valueOnly(c));
        add("data", meanSquare(tf.math.sub(net.apply(ox).value(), ov)), o.weight(), w0);
      }
      weights = w0.stream().mapToDouble(Double::doubleValue).toArray();
      weightInput = g.input("weights", weights.length);
      g.feed(weightInput, 1, weights);
      Operand<TFloat64> stacked = tf.stack(terms);
      total = tf.withName("loss").sum(tf.math.mul(stacked, tf.reshape(weightInput, tf.constant(new int[] {-1}))),
          tf.constant(0));
      gradient = g.gradient(total);
      predictAt = g.input("predict", d);
      prediction = net.apply(Jet.input(tf, predictAt, DerivativeSet.valueOnly(c))).value();
      initial = g.initialParameters();
    } catch (RuntimeException e) {
      g.close();
      throw e;
    }
  }

  private Operand<TFloat64> condition(Problem.Term t, long seed, String name) {
    Geometry geo = problem.geometry();
    String c = geo.coordinates();
    int d = c.length();
    Ops tf = g.ops();
    Condition cond = t.condition();
    Points p = Sampler.boundary(geo, cond.boundaries(), t.points(), problem.sampling(), seed);
    if (cond instanceof Condition.Dirichlet dc) {
      return valueTerm(name, p, dc.g());
    }
    if (cond instanceof Condition.Initial ic) {
      return valueTerm(name, p, ic.g());
    }
    if (cond instanceof Condition.Neumann nc) {
      List<String> firsts = new ArrayList<>();
      for (char ch : c.toCharArray()) {
        if (ch != 't') {
          firsts.add(String.valueOf(ch));
        }
      }
      Placeholder<TFloat64> ph = input(name, p);
      Placeholder<TFloat64> normals = g.input(name + "_normals", d);
      g.feed(normals, p.count(), p.normals());
      Jet x = Jet.input(tf, ph, DerivativeSet.of(c, firsts));
      Jet u = net.apply(x);
      Operand<TFloat64> dn = null;
      for (String f : firsts) {
        int i = c.indexOf(f);
        Operand<TFloat64> ni = tf.slice(normals, tf.constant(new int[] {0, i}), tf.constant(new int[] {-1, 1}));
        Operand<TFloat64> term = tf.math.mul(ni, u.d(f));
        dn = dn == null ? term : tf.math.add(dn, term);
      }
      return meanSquare(tf.math.sub(dn, targets(name, p, nc.g())));
    }
    if (cond instanceof Condition.Derivative dc) {
      Jet x = Jet.input(tf, input(name, p), DerivativeSet.of(c, List.of(dc.derivative())));
      return meanSquare(tf.math.sub(net.apply(x).d(dc.derivative()), targets(name, p, dc.g())));
    }
    if (cond instanceof Condition.Periodic pc) {
      int axis = c.indexOf(pc.coordinate());
      Points high = Sampler.boundary(geo, List.of(pc.high()), 1, problem.sampling(), seed);
      double[] moved = p.coordinates();
      for (int i = 0; i < p.count(); i++) {
        moved[i * d + axis] = high.at(0, axis);
      }
      DerivativeSet ds = pc.derivative() ? DerivativeSet.of(c, List.of(pc.coordinate())) : DerivativeSet.valueOnly(c);
      Jet lo = net.apply(Jet.input(tf, input(name + "_low", p), ds));
      Placeholder<TFloat64> hp = g.input(name + "_high", d);
      g.feed(hp, p.count(), moved);
      Jet hi = net.apply(Jet.input(tf, hp, ds));
      Operand<TFloat64> m = meanSquare(tf.math.sub(lo.value(), hi.value()));
      if (pc.derivative()) {
        m = tf.math.add(m, meanSquare(tf.math.sub(lo.d(pc.coordinate()), hi.d(pc.coordinate()))));
      }
      return m;
    }
    throw new GalerkinException("unsupported condition " + cond.label());
  }

  private Operand<TFloat64> valueTerm(String name, Points p, PointFunction fn) {
    Jet x = Jet.input(g.ops(), input(name, p), DerivativeSet.valueOnly(problem.geometry().coordinates()));
    return meanSquare(g.ops().math.sub(net.apply(x).value(), targets(name, p, fn)));
  }

  private Placeholder<TFloat64> input(String name, Points p) {
    Placeholder<TFloat64> ph = g.input(name, p.dimension());
    g.feed(ph, p.count(), p.coordinates());
    return ph;
  }

  private Placeholder<TFloat64> targets(String name, Points p, PointFunction fn) {
    double[] v = new double[p.count()];
    for (int i = 0; i < v.length; i++) {
      v[i] = fn.at(p.point(i));
      if (!Double.isFinite(v[i])) {
        throw new GalerkinException("condition data is " + v[i] + " at " + java.util.Arrays.toString(p.point(i)));
      }
    }
    Placeholder<TFloat64> ph = g.input(name + "_target", 1);
    g.feed(ph, v.length, v);
    return ph;
  }

  private Operand<TFloat64> meanSquare(Operand<TFloat64> r) {
    Ops tf = g.ops();
    return tf.math.mean(tf.math.square(r), tf.constant(new int[] {0, 1}));
  }

  private void add(String label, Operand<TFloat64> ms, double w, List<Double> weights) {
    labels.add(label);
    terms.add(ms);
    weights.add(w);
  }

  /** @return the term labels, {@code pde} first, as in {@link Problem#termLabels()} */
  @Override
  public List<String> termLabels() {
    return List.copyOf(labels);
  }

  /** @return the names of the unknown coefficients, in order */
  @Override
  public List<String> unknownNames() {
    return List.copyOf(unknowns.keySet());
  }

  /** @return the unknown coefficients' values in {@code theta} */
  public double[] unknowns(double[] theta) {
    double[] v = new double[unknownOffsets.length];
    for (int k = 0; k < v.length; k++) {
      v[k] = theta[unknownOffsets[k]];
    }
    return v;
  }

  /**
   * @param name a parameter's name, such as {@code pig/means}
   * @param theta a parameter vector, not modified
   * @return its values in {@code theta}, row-major
   */
  public double[] parameter(String name, double[] theta) {
    return g.values(name, theta);
  }

  /** @return the initial parameters {@code θ₀} (a copy) */
  @Override
  public double[] initialParameters() {
    return initial.clone();
  }

  /** @return the number of parameters */
  public int parameterCount() {
    return initial.length;
  }

  /** @return the problem */
  public Problem problem() {
    return problem;
  }

  /** @return the model */
  public PhysicsModel model() {
    return model;
  }

  /** @return evaluations of {@link #evaluate} so far */
  public int evaluations() {
    return evaluations;
  }

  /**
   * @param theta the parameters, not modified
   * @return the weighted total, its gradient, and as parts the unweighted mean-squared terms
   *     followed by the unknown coefficients' values
   */
  @Override
  public Lbfgs.Evaluation evaluate(double[] theta) {
    evaluations++;
    return g.evaluate(theta, total, gradient, terms, unknowns(theta));
  }

  /**
   * @param theta the parameters, not modified
   * @param points row-major {@code [n, d]} coordinates, not modified
   * @return {@code u} at the points, length {@code n}
   */
  @Override
  public double[] predict(double[] theta, double[] points) {
    return g.run(theta, List.of(prediction), Map.of(predictAt, points)).get(0);
  }

  @Override
  public Geometry geometry() {
    return problem.geometry();
  }

  @Override
  public int interiorCount() {
    return interiorCoordinates.length / problem.geometry().dimension();
  }

  /** @return the interior points now, row-major {@code [n, d]}: the sampled ones, then those added (a copy) */
  public double[] interiorPoints() {
    return interiorCoordinates.clone();
  }

  /** Evaluated in chunks of 20 000 points, fed in place of the interior collocation points. */
  @Override
  public double[] residualAt(double[] theta, double[] points) {
    int d = problem.geometry().dimension();
    int n = points.length / d;
    double[] out = new double[n];
    int chunk = 20_000;
    for (int from = 0; from < n; from += chunk) {
      int to = Math.min(n, from + chunk);
      double[] part = java.util.Arrays.copyOfRange(points, from * d, to * d);
      double[] r = g.run(theta, List.of(residual), Map.of(interior, part)).get(0);
      System.arraycopy(r, 0, out, from, to - from);
    }
    return out;
  }

  @Override
  public void addInterior(double[] points) {
    int d = problem.geometry().dimension();
    if (points.length % d != 0) {
      throw new GalerkinException("add interior points: " + points.length + " coordinates are not rows of " + d);
    }
    double[] all = java.util.Arrays.copyOf(interiorCoordinates, interiorCoordinates.length + points.length);
    System.arraycopy(points, 0, all, interiorCoordinates.length, points.length);
    g.feed(interior, all.length / d, all);
    interiorCoordinates = all;
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  @Override
  public void setWeights(double[] w) {
    if (w.length != weights.length) {
      throw new GalerkinException("loss weights: " + weights.length + " terms " + labels + ", got " + w.length + " weights");
    }
    for (double v : w) {
      if (!(v >= 0) || !Double.isFinite(v)) {
        throw new GalerkinException("loss weights must be finite and >= 0, got " + java.util.Arrays.toString(w));
      }
    }
    System.arraycopy(w, 0, weights, 0, w.length);
    g.feed(weightInput, 1, weights);
  }

  /** The per-term gradients are added to the graph on the first call. */
  @Override
  public double[][] termGradients(double[] theta) {
    if (termGradients == null) {
      termGradients = new ArrayList<>();
      for (Operand<TFloat64> t : terms) {
        termGradients.add(g.gradient(t));
      }
    }
    return g.run(theta, termGradients, Map.of()).toArray(new double[0][]);
  }

  /** Closes the graph. */
  @Override
  public void close() {
    g.close();
  }
}
