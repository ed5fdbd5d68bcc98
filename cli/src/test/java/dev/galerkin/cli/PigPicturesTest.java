package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galerkin solve --method pig --covariance full}: trains and draws the Gaussians' ellipses; a bad kind is a clear error. */
class PigPicturesTest {
  @TempDir Path tmp;

  @Test
  void fullCovariancePigDrawsItsEllipses() throws Exception {
    CliRunner r = CliRunner.run("solve", "poisson", "--method", "pig", "--covariance", "full", "--gaussians", "6",
        "--adam", "50", "--lr", "1e-2", "--lbfgs", "50", "--interior", "200", "--boundary", "40", "--quiet",
        "--out", tmp.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("budget: PIG 6^d Gaussians (full)"), r.out());
    assertTrue(r.out().contains("gaussians.png"), r.out());
    BufferedImage im = ImageIO.read(tmp.resolve("gaussians.png").toFile());
    assertTrue(im.getWidth() > 300 && im.getHeight() > 300, im.getWidth() + " × " + im.getHeight());
  }

  @Test
  void unknownCovarianceIsAClearError() {
    CliRunner r = CliRunner.run("solve", "poisson", "--method", "pig", "--covariance", "spherical", "--out", tmp.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("covariance 'spherical': choose diagonal or full"), r.err());
  }
}
