package dev.galerkin.operators.physics.lpinn;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.optim.Lbfgs;
import dev.galerkin.operators.physics.PhysicsGraph;
import dev.galerkin.operators.physics.geometry.Geometry;
import dev.galerkin.operators.physics.geometry.Points;
import dev.galerkin.operators.physics.geometry.Sampler;
import dev.galerkin.operators.physics.geometry.Sampling;
import dev.galerkin.operators.physics.jet.DerivativeSet;
import dev.galerkin.operators.physics.jet.Jet;
import dev.galerkin.operators.physics.training.PhysicsObjective;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat64;

/**
 * The loss of a Lagrangian PINN (Mojgani, Balajewicz and Hassanzadeh, "Lagrangian PINNs: a
 * causality-conforming solution to failure modes of physics-informed neural networks", CMAME
 * 2023) for a {@link LagrangianProblem}, as a {@code float64} graph over fixed Sobol points in the
 * Lagrangian coordinates {@code (ξ, t)}. Two branches ({@link LagrangianPinnConfig}):
 *
 * <ul>
 *   <li>the characteristics {@code x_L(ξ, t) = ξ + (t − t0)·s·N_x(ξ, t)}, so {@code x_L(ξ, t0) = ξ}
 *       holds exactly (the paper trains it as a soft initial term; we build it in), {@code s} the
 *       problem's {@link LagrangianProblem#speedScale()} so that {@code N_x} is of order one; its
 *       output layer starts at zero, so training starts from the identity map {@code x_L = ξ}
 *       (a random start scaled by {@code s} can fold the map, {@code x_ξ ≤ 0}, where the chain
 *       rule's {@code 1/x_ξ³} blows up: with it, convection–diffusion at {@code c = 30} diverged);
 *   <li>the state {@code u_L(ξ, t) = N_u(ξ, t)} along them.
 * </ul>
 *
 * Terms (mean squares, reported separately, in this order):
 *
 * <ol>
 *   <li>{@code characteristic}: {@code ∂x_L/∂t − a(u_L)}, {@code a = c} or {@code a = u_L} (Burgers);
 *   <li>{@code state}: {@code ∂u_L/∂t − ν u_xx − ρ u_L(1 − u_L)}, {@code u_xx} by the chain rule
 *       ({@link EulerianDerivatives}); without viscosity and reaction simply {@code ∂u_L/∂t};
 *   <li>{@code initial} (weighted): {@code u_L(ξ, t0) − u0(ξ)};
 *   <li>{@code boundary} (Dirichlet only, weighted): {@code u_L(a, t) − left}, {@code u_L(b, t) − right},
 *       and {@code x_L(a, t) − a}, {@code x_L(b, t) − b} (the end characteristics stay on the wall).
 * </ol>
 *
 * A periodic domain needs no boundary term: both branches see {@code ξ} through
 * {@code (cos, sin)}, as in the authors' "polar" code, so the displacement and the state are
 * periodic in {@code ξ} by construction. {@link #predict} inverts the map on a
 * {@link LagrangianPinnConfig#inversionPoints()} grid of {@code ξ} per distinct time
 * ({@link CharacteristicInversion}). Owns its graph: close it.
 */
public final class LagrangianLoss implements PhysicsObjective {
  private static final int PREDICT_ROWS = 1 << 16;
  private final LagrangianProblem problem;
  private final LagrangianPinnConfig config;
  private final PhysicsGraph g;
  private final Branch nx;
  private final Branch nu;
  private final double scale;
  private final List<String> labels = new ArrayList<>();
  private final List<Operand<TFloat64>> terms = new ArrayList<>();
  private final Operand<TFloat64> total;
  private final Operand<TFloat64> gradient;
  private final Placeholder<TFloat64> predictAt;
  private final Operand<TFloat64> predictX;
  private final Operand<TFloat64> predictU;
  private final double[] initial;

  /**
   * @param problem the problem
   * @param config the branches
   * @param seed the seed of the points and initial parameters
   * @param threads TensorFlow intra-op threads, {@code >= 1}
   */
  public LagrangianLoss(LagrangianProblem problem, LagrangianPinnConfig config, long seed, int threads) {
    if (problem == null || config == null) {
      throw new GalerkinException("lagrangian loss: problem and config must not be null");
    }
    this.problem = problem;
    this.config = config;
    this.scale = problem.speedScale();
    this.g = new PhysicsGraph(threads);
    try {
      Ops tf = g.ops();
      SplittableRandom random = new SplittableRandom(seed);
      nx = new Branch("lpinn/x", config.characteristicHidden(), problem, g, random.split(), true);
      nu = new Branch("lpinn/u", config.stateHidden(), problem, g, random.split(), false);
      Geometry geo = problem.geometry();
      boolean viscous = problem.nu() > 0;
      List<String> ds = viscous ? List.of("t", "x", "xx") : List.of("t");
      Points in = Sampler.interior(geo, problem.interiorPoints(), Sampling.SOBOL, seed);
      Jet xt = Jet.input(tf, input("interior", in.count(), in.coordinates()), DerivativeSet.of("xt", ds));
      Jet xl = characteristic(xt);
      Jet ul = nu.apply(xt);
      Operand<TFloat64> speed = problem.burgers() ? ul.value() : tf.constant(problem.speed());
      List<Operand<TFloat64>> weighted = new ArrayList<>();
      add("characteristic", meanSquare(tf.math.sub(xl.d("t"), speed)), 1, weighted);
      Operand<TFloat64> rs = ul.d("t");
      if (viscous) {
        rs = tf.math.sub(rs, tf.math.mul(tf.constant(problem.nu()), EulerianDerivatives.uxx(xl, ul)));
      }
      if (problem.rho() > 0) {
        Operand<TFloat64> u = ul.value();
        rs = tf.math.sub(rs, tf.math.mul(tf.constant(problem.rho()), tf.math.mul(u, tf.math.sub(tf.constant(1.0), u))));
      }
      add("state", meanSquare(rs), 1, weighted);
      Points ip = Sampler.boundary(geo, List.of("initial"), problem.initialPoints(), Sampling.SOBOL, seed + 7919L);
      double[] u0 = new double[ip.count()];
      for (int i = 0; i < u0.length; i++) {
        u0[i] = problem.u0().applyAsDouble(ip.at(i, 0));
        if (!Double.isFinite(u0[i])) {
          throw new GalerkinException("lagrangian loss: u0(" + ip.at(i, 0) + ") is " + u0[i]);
        }
      }
      Jet i0 = Jet.input(tf, input("initial", ip.count(), ip.coordinates()), DerivativeSet.valueOnly("xt"));
      add("initial", meanSquare(tf.math.sub(nu.apply(i0).value(), input("initial_u0", u0.length, u0))),
          problem.initialWeight(), weighted);
      if (!problem.periodic()) {
        add("boundary", boundary(geo, seed + 2 * 7919L), problem.boundaryWeight(), weighted);
      }
      total = tf.withName("loss").math.addN(weighted);
      gradient = g.gradient(total);
      predictAt = g.input("predict", 2);
      Jet pj = Jet.input(tf, predictAt, DerivativeSet.valueOnly("xt"));
      predictX = characteristic(pj).value();
      predictU = nu.apply(pj).value();
      initial = g.initialParameters();
    } catch (RuntimeException e) {
      g.close();
      throw e;
    }
  }

  /** {@code x_L = ξ + (t − t0)·s·N_x}. */
  private Jet characteristic(Jet xt) {
    Ops tf = g.ops();
    Jet xi = xt.dense(tf.constant(new double[][] {{1}, {0}}), null);
    Jet elapsed = xt.dense(tf.constant(new double[][] {{0}, {1}}), tf.constant(new double[] {-problem.t0()}));
    return xi.plus(elapsed.times(nx.apply(xt).scale(scale)));
  }

  private Operand<TFloat64> boundary(Geometry geo, long seed) {
    Ops tf = g.ops();
    Points bp = Sampler.boundary(geo, List.of("left", "right"), problem.boundaryPoints(), Sampling.SOBOL, seed);
    double[] ut = new double[bp.count()];
    double[] xt = new double[bp.count()];
    for (int i = 0; i < ut.length; i++) {
      boolean left = Math.abs(bp.at(i, 0) - problem.a()) <= Math.abs(bp.at(i, 0) - problem.b());
      ut[i] = left ? problem.left() : problem.right();
      xt[i] = bp.at(i, 0);
    }
    Jet j = Jet.input(tf, input("boundary", bp.count(), bp.coordinates()), DerivativeSet.valueOnly("xt"));
    Operand<TFloat64> mu = meanSquare(tf.math.sub(nu.apply(j).value(), input("boundary_u", ut.length, ut)));
    Operand<TFloat64> mx = meanSquare(tf.math.sub(characteristic(j).value(), input("boundary_x", xt.length, xt)));
    return tf.math.add(mu, mx);
  }

  private Placeholder<TFloat64> input(String name, int rows, double[] values) {
    Placeholder<TFloat64> ph = g.input(name, values.length / rows);
    g.feed(ph, rows, values);
    return ph;
  }

  private Operand<TFloat64> meanSquare(Operand<TFloat64> r) {
    Ops tf = g.ops();
    return tf.math.mean(tf.math.square(r), tf.constant(new int[] {0, 1}));
  }

  private void add(String label, Operand<TFloat64> ms, double w, List<Operand<TFloat64>> weighted) {
    labels.add(label);
    terms.add(ms);
    weighted.add(g.ops().math.mul(ms, g.ops().constant(w)));
  }

  /** @return {@code characteristic}, {@code state}, {@code initial}, and {@code boundary} when Dirichlet */
  @Override
  public List<String> termLabels() {
    return List.copyOf(labels);
  }

  /** @return none: the Lagrangian PINN has no unknown coefficients */
  @Override
  public List<String> unknownNames() {
    return List.of();
  }

  @Override
  public double[] initialParameters() {
    return initial.clone();
  }

  /** @return the number of parameters of both branches */
  public int parameterCount() {
    return initial.length;
  }

  /** @return the problem */
  public LagrangianProblem problem() {
    return problem;
  }

  /** @return the branches */
  public LagrangianPinnConfig config() {
    return config;
  }

  @Override
  public Lbfgs.Evaluation evaluate(double[] theta) {
    return g.evaluate(theta, total, gradient, terms);
  }

  /**
   * The branches at Lagrangian points.
   *
   * @param theta the parameters, not modified
   * @param lagrangian row-major {@code [n, 2]} points {@code (ξ, t)}, not modified
   * @return {@code {x_L, u_L}}, each of length {@code n}
   */
  public double[][] lagrangian(double[] theta, double[] lagrangian) {
    int n = lagrangian.length / 2;
    double[] x = new double[n];
    double[] u = new double[n];
    for (int from = 0; from < n; from += PREDICT_ROWS) {
      int to = Math.min(n, from + PREDICT_ROWS);
      double[] chunk = java.util.Arrays.copyOfRange(lagrangian, 2 * from, 2 * to);
      List<double[]> out = g.run(theta, List.of(predictX, predictU), Map.of(predictAt, chunk));
      System.arraycopy(out.get(0), 0, x, from, to - from);
      System.arraycopy(out.get(1), 0, u, from, to - from);
    }
    return new double[][] {x, u};
  }

  /**
   * {@code u} at Eulerian points: for each distinct time among the points the branches are
   * evaluated on {@link LagrangianPinnConfig#inversionPoints()} values of {@code ξ} (uniform on
   * {@code [a, b)} when periodic, on {@code [a, b]} otherwise) and the map is inverted by
   * {@link CharacteristicInversion} at the points of that time.
   *
   * @param theta the parameters, not modified
   * @param points row-major {@code [n, 2]} coordinates {@code (x, t)}, not modified
   * @return {@code u} at the points, length {@code n}
   */
  @Override
  public double[] predict(double[] theta, double[] points) {
    if (points.length % 2 != 0) {
      throw new GalerkinException("lagrangian predict: points must be [n, 2] (x, t), got " + points.length + " numbers");
    }
    int n = points.length / 2;
    Map<Double, List<Integer>> byTime = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byTime.computeIfAbsent(points[2 * i + 1], k -> new ArrayList<>()).add(i);
    }
    double[] xi = xiGrid();
    int m = xi.length;
    List<Double> times = new ArrayList<>(byTime.keySet());
    double[] u = new double[n];
    int perChunk = Math.max(1, PREDICT_ROWS / m);
    for (int from = 0; from < times.size(); from += perChunk) {
      int to = Math.min(times.size(), from + perChunk);
      double[] lp = new double[2 * m * (to - from)];
      for (int k = from; k < to; k++) {
        for (int j = 0; j < m; j++) {
          int r = (k - from) * m + j;
          lp[2 * r] = xi[j];
          lp[2 * r + 1] = times.get(k);
        }
      }
      double[][] xu = lagrangian(theta, lp);
      for (int k = from; k < to; k++) {
        List<Integer> idx = byTime.get(times.get(k));
        double[] q = new double[idx.size()];
        for (int i = 0; i < q.length; i++) {
          q[i] = points[2 * idx.get(i)];
        }
        int o = (k - from) * m;
        double[] v = CharacteristicInversion.interpolate(java.util.Arrays.copyOfRange(xu[0], o, o + m),
            java.util.Arrays.copyOfRange(xu[1], o, o + m), problem.a(), problem.b(), problem.periodic(), q);
        for (int i = 0; i < q.length; i++) {
          u[idx.get(i)] = v[i];
        }
      }
    }
    return u;
  }

  /** @return the {@code ξ} grid of {@link #predict} */
  private double[] xiGrid() {
    int m = config.inversionPoints();
    double[] xi = new double[m];
    double a = problem.a();
    double len = problem.b() - a;
    for (int j = 0; j < m; j++) {
      xi[j] = a + len * j / (problem.periodic() ? m : m - 1);
    }
    return xi;
  }

  /** Closes the graph. */
  @Override
  public void close() {
    g.close();
  }
}
