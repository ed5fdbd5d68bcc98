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
 * Hassanzadeh, CMAME 2023) of the problems it applies to, one-dimensional convection and Burgers,
 * and its picture of the characteristics {@code x_L(ξ, t) − ξ}.
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
      case BURGERS -> LagrangianProblem.burgers(p.nu());
      default -> throw new GalerkinException("--method lpinn: the Lagrangian PINN solves 1D convection–diffusion "
          + "u_t + a(u) u_x = ν u_xx (convection, burgers); " + sp.name().toLowerCase(Locale.ROOT)
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
