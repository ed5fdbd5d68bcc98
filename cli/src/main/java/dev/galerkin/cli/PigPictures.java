package dev.galerkin.cli;

import dev.galerkin.data.plot.Ellipses;
import dev.galerkin.data.plot.Heatmap;
import dev.galerkin.operators.physics.geometry.Geometry;
import dev.galerkin.operators.physics.pig.PigConfig;
import dev.galerkin.operators.physics.pig.PigGaussians;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * The picture of a trained PIG for {@code galerkin solve --method pig}: {@code gaussians.png}, each
 * Gaussian's 1-σ ellipse ({@code Σ_i = (L_i L_iᵀ)⁻¹}, diagonal or full) and centre over the
 * density {@code Σ_i exp(−½ |L_iᵀ(x − μ_i)|²)}, axes in domain units. Two-dimensional problems only.
 */
final class PigPictures {
  /** The files {@link #write} makes. */
  static final String FILES = "gaussians.png";

  /** The field's width in pixels: room for a few hundred ellipses. */
  private static final int WIDTH = 480;

  private PigPictures() {}

  /**
   * @param pig the trained model's configuration
   * @param parameter its trained parameters by name
   * @param geometry the problem's domain (2D)
   * @param grid the output grid, {@code [nx·ny, 2]} with {@code grid[i·ny + j]} at {@code (x_i, y_j)}
   * @param out the output directory
   */
  static void write(PigConfig pig, Function<String, double[]> parameter, Geometry geometry, double[] grid,
      int nx, int ny, Path out) {
    PigGaussians g = PigGaussians.read(pig, parameter, 2);
    double[] lo = geometry.lower();
    double[] hi = geometry.upper();
    String coordinates = geometry.coordinates();
    String title = String.format(Locale.ROOT, "PIG, %d Gaussians (%s): 1-σ ellipses and centres over Σ G_i",
        g.count(), pig.covariance().name().toLowerCase(Locale.ROOT));
    int height = Math.max(96, (int) Math.round((double) WIDTH * ny / nx));
    Ellipses.over(Heatmap.of(g.density(grid), nx, ny).title(title).size(WIDTH, height), lo[0], hi[0], lo[1], hi[1])
        .with(g.means(), g.covariances())
        .labels(coordinates.substring(0, 1), coordinates.substring(1, 2))
        .write(out.resolve("gaussians.png"));
  }
}
