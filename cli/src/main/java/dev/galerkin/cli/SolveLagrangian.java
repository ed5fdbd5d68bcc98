package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.plot.Heatmap;
import dev.galerkin.operators.physics.lpinn.LagrangianLoss;
import dev.galerkin.operators.physics.lpinn.LagrangianPinnConfig;
import dev.galerkin.operators.physics.lpinn.LagrangianProblem;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code galerkin solve … --method lpinn}: the Lagrangian PINN (Mojgani, Balajewicz and
 * Hassanzadeh, CMAME 2023) of the problem it applies to, periodic convection, and its picture of
 * the characteristics {@code x_L(ξ, t) − ξ}. The default budget is the PINN's (Adam 2000 at 1e-3,
 * L-BFGS 3000, 1000 residual and 256 initial points) with branches x: 2×20, u: 3×50; measured on
 * the 129×101 grid (seed 0, the same on two runs): relative L2 5.3e-5 at {@code c = 10}, 2.1e-4 at
 * {@code c = 30}, 3.0e-4 at {@code c = 50}, in 128, 131 and 101 s of training on 2 cores (up to 277 s
 * when the machine was shared).
 *
 * <p>Burgers is refused: past the shock time {@code 1/π} the characteristics converge on the
 * shock, the map's {@code x_ξ} goes to 0 and the chain rule's {@code u_xx} with it; with
 * {@code LagrangianProblem.burgers} (Adam 1000, L-BFGS 1500, branches 2×20 and 3×20) we measured a
 * relative L2 of 0.29 against the spectral solver (0.21 with condition weight 10), the shock smeared.
 */
final class SolveLagrangian {
  private SolveLagrangian() {}

  /**
   * The command's settings that shape the Lagrangian PINN.
   *
   * @param interior residual points, or {@code null} for the problem's
   * @param boundary points of the initial (and boundary) terms, or {@code null} for the problem's
   * @param weight the initial and boundary terms' weight
   * @param depth the state branch's hidden layers
   * @param width the state branch's width
   * @param charDepth the characteristic branch's hidden layers
   * @param charWidth the characteristic branch's width
   */
  record Settings(Integer interior, Integer boundary, double weight, int depth, int width, int charDepth,
      int charWidth) {}

  /**
   * @param sp the problem
   * @param p its parameters
   * @param s the settings
   * @param seed the seed
   * @param threads TensorFlow threads
   * @return the loss
   * @throws GalerkinException for a problem the method does not apply to
   */
  static LagrangianLoss objective(SolveProblem sp, SolveProblem.Parameters p, Settings s, long seed, int threads) {
    LagrangianProblem lp = switch (sp) {
      case CONVECTION -> LagrangianProblem.convection(p.c());
      case BURGERS -> throw new GalerkinException("--method lpinn: burgers is not supported: its shock (from t = 1/π) "
          + "squeezes the Lagrangian map (x_ξ → 0), where the state residual's u_xx blows up; measured relative L2 0.21 "
          + "to 0.29 against the spectral solver. Use --method pinn");
      default -> throw new GalerkinException("--method lpinn: the Lagrangian PINN solves 1D convection "
          + "u_t + c u_x = 0 (problem convection); " + sp.name().toLowerCase(Locale.ROOT)
          + " has no characteristics to follow");
    };
    int interior = s.interior() != null ? s.interior() : lp.interiorPoints();
    int boundary = s.boundary() != null ? s.boundary() : lp.initialPoints();
    int walls = s.boundary() != null ? s.boundary() : lp.boundaryPoints();
    lp = lp.withPoints(interior, boundary, walls).withWeights(s.weight(), s.weight());
    return new LagrangianLoss(lp, LagrangianPinnConfig.tanh(s.charDepth(), s.charWidth(), s.depth(), s.width()),
        seed, threads);
  }

  /** @return the budget line's description of the model and its points */
  static String describe(LagrangianLoss loss) {
    LagrangianProblem p = loss.problem();
    return String.format(Locale.ROOT, "%s (%d parameters), %d residual + %d initial%s Sobol points in (ξ, t) "
        + "(condition weight %s), u(x, t) by inverting x_L on %d points of ξ", loss.config().describe(),
        loss.parameterCount(), p.interiorPoints(), p.initialPoints(),
        p.periodic() ? "" : " + " + p.boundaryPoints() + " boundary", p.initialWeight(),
        loss.config().inversionPoints());
  }

  /**
   * Writes {@code characteristics.png}: the displacement {@code x_L(ξ, t) − ξ} on the output grid
   * ({@code ξ} along the first axis, {@code t} along the second).
   *
   * @param loss the trained loss
   * @param theta its parameters
   * @param points the output grid {@code [nx·ny, 2]}, the first coordinate slowest
   * @param nx points along {@code ξ}
   * @param ny points along {@code t}
   * @param path the picture
   */
  static void writeCharacteristics(LagrangianLoss loss, double[] theta, double[] points, int nx, int ny, Path path) {
    double[] x = loss.lagrangian(theta, points)[0];
    double[] d = new double[x.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = x[i] - points[2 * i];
    }
    Heatmap.of(d, nx, ny).title("LPINN: characteristics, x_L(ξ, t) − ξ").write(path);
  }
}
