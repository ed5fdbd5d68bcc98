package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.physics.pde.Problem;
import dev.galerkin.operators.physics.pde.Problems;
import dev.galerkin.solvers.Trajectory;
import dev.galerkin.solvers.burgers.BurgersConfig;
import dev.galerkin.solvers.burgers.BurgersSolver;
import dev.galerkin.solvers.reaction.AllenCahnConfig;
import dev.galerkin.solvers.reaction.AllenCahnSolver;
import java.util.Arrays;
import java.util.Locale;

/**
 * The problems of {@code galerkin solve}, each with its default budget (aimed at about five
 * minutes on two cores; the README has the measured times, Burgers' above that on a shared
 * machine) and its reference solution on the output grid: analytic where one exists, the spectral
 * Burgers solver for Burgers.
 */
enum SolveProblem {
  /** {@link Problems#poisson2d()}. */
  POISSON(3, 20, 1000, 1e-3, 2000, 10, 65, 65),
  /** {@link Problems#helmholtz2d} with (a1, a2) = (1, 4), k = 1. */
  HELMHOLTZ(3, 32, 1000, 1e-3, 2000, 10, 101, 101),
  /** {@link Problems#burgers1d} with ν = 0.01/π. */
  BURGERS(3, 20, 3000, 1e-3, 4000, 1, 257, 101),
  /** {@link Problems#heat1d} with α = 0.1. */
  HEAT(3, 20, 1000, 1e-3, 1000, 1, 101, 101),
  /** {@link Problems#convection1d} with c = 10. */
  CONVECTION(3, 50, 2000, 1e-3, 3000, 1, 129, 101),
  /** {@link Problems#kleinGordon1d()}. */
  KLEIN_GORDON(3, 32, 1000, 1e-3, 2000, 10, 101, 101),
  /** {@link Problems#allenCahn1d()}. */
  ALLEN_CAHN(3, 32, 1000, 1e-3, 2000, 10, 257, 101),
  /** {@link Problems#reaction1d} with ρ = 5. */
  REACTION(3, 50, 2000, 1e-3, 3000, 1, 129, 101);

  final int depth;
  final int width;
  final int adam;
  final double rate;
  final int lbfgs;
  final double conditionWeight;
  final int nx;
  final int ny;

  SolveProblem(int depth, int width, int adam, double rate, int lbfgs, double conditionWeight, int nx, int ny) {
    this.depth = depth;
    this.width = width;
    this.adam = adam;
    this.rate = rate;
    this.lbfgs = lbfgs;
    this.conditionWeight = conditionWeight;
    this.nx = nx;
    this.ny = ny;
  }

  /** @return the problem named {@code name} ({@code poisson}, {@code helmholtz} …) */
  static SolveProblem parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new GalerkinException("unknown problem '" + name + "'; choose one of "
          + Arrays.stream(values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
    }
  }

  /**
   * A paper's budget for a method on this problem ({@code --paper}); {@code null} entries keep the
   * default. Full-batch on fixed points: where the paper resamples its points every step, that is
   * said in {@code note}.
   *
   * @param depth hidden layers of the PINN
   * @param width their width
   * @param gaussians PIG Gaussians per axis
   * @param adam Adam steps
   * @param rate Adam's learning rate
   * @param lbfgs L-BFGS iterations
   * @param interior residual points
   * @param boundary points of each condition
   * @param conditionWeight the loss weight of every condition
   * @param source where the setup comes from, and what differs here
   */
  record Budget(Integer depth, Integer width, Integer gaussians, Integer adam, Double rate, Integer lbfgs,
      Integer interior, Integer boundary, Double conditionWeight, String source) {}

  /**
   * @param method {@code pinn}, {@code pig} or {@code lpinn}
   * @return the paper's budget for it on this problem
   * @throws GalerkinException naming the setups there are, if this pair has none
   */
  Budget paper(String method) {
    String key = name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + method;
    return switch (key) {
      case "burgers pinn" -> new Budget(8, 20, null, 0, null, 50_000, 10_000, 50, 1.0,
          "Raissi, Perdikaris and Karniadakis 2019: 8 × 20 tanh, N_f = 10 000, N_u = 100 initial and boundary points,"
          + " L-BFGS to convergence (at most 50 000 iterations)");
      case "helmholtz pinn" -> new Budget(3, 50, null, 40_000, 1e-3, 0, 2000, 400, 1.0,
          "Wang, Teng and Perdikaris 2021: 3 × 50 tanh, 40 000 Adam steps at 1e-3 (they draw 128 new points per"
          + " edge and in the interior every step and decay the rate; here the points are fixed and the rate constant)");
      case "helmholtz pig" -> new Budget(null, null, 28, 0, null, 2001, 10_000, 10_000, 1e4,
          "Kang et al. 2025 (the authors' script): 800 Gaussians (here 28² = 784), 4 channels, 16 hidden, L-BFGS"
          + " 2001 iterations on 10 000 residual and 10 000 boundary points, residual weight 1e-4 (here: boundary"
          + " weight 1e4; they resample the points every iteration, here they are fixed)");
      case "klein-gordon pig" -> new Budget(null, null, 10, 50_000, 1e-2, 0, null, null, null,
          "Kang et al. 2025 (the authors' script): 100 Gaussians (10²), 4 channels, 16 hidden, Adam 50 000 steps at 1e-2");
      case "convection pinn" -> new Budget(4, 50, null, 0, null, 100_000, 1000, 256, 1.0,
          "Krishnapriyan et al. 2021 (the authors' code): 4 × 50 tanh, L-BFGS up to 100 000 iterations, 1000 residual"
          + " points (their README's count), 256 initial points");
      default -> throw new GalerkinException("--paper: no paper setup for " + key + "; there are: burgers pinn,"
          + " helmholtz pinn, helmholtz pig, klein-gordon pig, convection pinn");
    };
  }

  /** The PDE parameters a user can set. */
  record Parameters(int a1, int a2, double k, double nu, double alpha, double c, double rho) {}

  /** @return the problem with the given parameters */
  Problem problem(Parameters p) {
    return switch (this) {
      case POISSON -> Problems.poisson2d();
      case HELMHOLTZ -> Problems.helmholtz2d(p.a1(), p.a2(), p.k());
      case BURGERS -> Problems.burgers1d(p.nu());
      case HEAT -> Problems.heat1d(p.alpha());
      case CONVECTION -> Problems.convection1d(p.c());
      case KLEIN_GORDON -> Problems.kleinGordon1d();
      case ALLEN_CAHN -> Problems.allenCahn1d();
      case REACTION -> Problems.reaction1d(p.rho());
    };
  }

  /** @return a one-line description of the parameters in use */
  String describe(Parameters p) {
    return switch (this) {
      case POISSON -> "-Δu = 2π² sin(πx) sin(πy) on [0,1]², u = 0 on the boundary";
      case HELMHOLTZ -> String.format(Locale.ROOT, "Δu + k²u = q on [-1,1]², u = sin(%dπx) sin(%dπy), k = %s",
          p.a1(), p.a2(), p.k());
      case BURGERS -> String.format(Locale.ROOT, "u_t + u u_x = ν u_xx on [-1,1]×[0,1], u0 = -sin(πx), ν = %.6g", p.nu());
      case HEAT -> String.format(Locale.ROOT, "u_t = α u_xx on [0,1]×[0,1], u0 = sin(πx), α = %s", p.alpha());
      case CONVECTION -> String.format(Locale.ROOT, "u_t + c u_x = 0 on [0,2π]×[0,1] periodic, u0 = sin x, c = %s", p.c());
      case KLEIN_GORDON -> "u_tt - u_xx + u³ = f on [0,1]×[0,1], u = x cos(5πt) + (xt)³";
      case ALLEN_CAHN -> "u_t - 1e-4 u_xx + 5u³ - 5u = 0 on [-1,1]×[0,1] periodic, u0 = x² cos(πx)";
      case REACTION -> String.format(Locale.ROOT, "u_t = ρ u(1 - u) on [0,2π]×[0,1] periodic, u0 = Gaussian, ρ = %s",
          p.rho());
    };
  }

  /** @return where the reference comes from */
  String referenceName() {
    return this == BURGERS || this == ALLEN_CAHN ? "spectral solver (Fourier pseudo-spectral, ETDRK4, 2048 nodes)"
        : "exact solution";
  }

  /**
   * @param problem the problem
   * @param p the parameters
   * @param points row-major grid points {@code [n, 2]} of {@code nx × ny}, the first coordinate slowest
   * @return the reference at the points
   */
  double[] reference(Problem problem, Parameters p, double[] points, int nx, int ny) {
    int n = points.length / 2;
    double[] u = new double[n];
    if (this != BURGERS && this != ALLEN_CAHN) {
      for (int i = 0; i < n; i++) {
        u[i] = problem.exact().at(new double[] {points[2 * i], points[2 * i + 1]});
      }
      return u;
    }
    int nodes = 2048;
    if ((nx - 1) == 0 || nodes % (nx - 1) != 0) {
      throw new GalerkinException("spectral reference: --grid x count minus 1 must divide " + nodes + ", got " + nx);
    }
    double[] u0 = new double[nodes];
    for (int j = 0; j < nodes; j++) {
      double x = -1 + 2.0 * j / nodes;
      u0[j] = this == BURGERS ? -Math.sin(Math.PI * x) : x * x * Math.cos(Math.PI * x);
    }
    double[] times = new double[ny];
    for (int k = 0; k < ny; k++) {
      times[k] = points[2 * k + 1];
    }
    Trajectory tr;
    if (this == BURGERS) {
      tr = new BurgersSolver(BurgersConfig.builder().viscosity(p.nu()).domain(-1, 2).nodes(nodes).dtMax(1e-4).build())
          .solve(u0, times);
    } else {
      // u_t = 1e-4 u_xx + 5(u − u³) is u_s = 2e-5 u_xx + u − u³ in s = 5t
      double[] s = new double[ny];
      for (int k = 0; k < ny; k++) {
        s[k] = 5 * times[k];
      }
      tr = new AllenCahnSolver(AllenCahnConfig.builder().epsilon(2e-5).domain(-1, 2).nodes(nodes).dtMax(1e-3).build())
          .solve(u0, s);
    }
    int stride = nodes / (nx - 1);
    for (int i = 0; i < nx; i++) {
      int node = (i * stride) % nodes;
      for (int k = 0; k < ny; k++) {
        u[i * ny + k] = tr.value(k, node);
      }
    }
    return u;
  }

  /**
   * @param problem a problem on a 2D box (space × space or space × time)
   * @param nx points along the first coordinate, end points included
   * @param ny along the second
   * @return row-major {@code [nx ny, 2]} grid points, the first coordinate slowest
   */
  static double[] grid(Problem problem, int nx, int ny) {
    double[] lo = problem.geometry().lower();
    double[] hi = problem.geometry().upper();
    double[] pts = new double[2 * nx * ny];
    for (int i = 0; i < nx; i++) {
      for (int j = 0; j < ny; j++) {
        int p = i * ny + j;
        pts[2 * p] = lo[0] + (hi[0] - lo[0]) * i / (nx - 1);
        pts[2 * p + 1] = lo[1] + (hi[1] - lo[1]) * j / (ny - 1);
      }
    }
    return pts;
  }
}
