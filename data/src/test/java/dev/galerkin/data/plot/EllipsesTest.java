package dev.galerkin.data.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ellipses over a heatmap: where the outline and the centre land, the eigen-decomposition, the PNG, bad input. */
class EllipsesTest {
  @TempDir Path tmp;

  /** A uniform field over [−1, 1]² on a 101 × 101 grid: one colour everywhere but the ellipses. */
  private static Ellipses plain() {
    return Ellipses.over(Heatmap.of(new double[101 * 101], 101, 101).limits(0, 1).size(202, 202), -1, 1, -1, 1);
  }

  private static int at(BufferedImage im, Point2D.Double p) {
    return im.getRGB((int) Math.floor(p.x), (int) Math.floor(p.y)) & 0xffffff;
  }

  /** Whether a pixel within one of {@code p} is whitish, channels all above 110 (no viridis colour is): the anti-aliased outline. */
  private static boolean onOutline(BufferedImage im, Point2D.Double p) {
    for (int dx = -1; dx <= 1; dx++) {
      for (int dy = -1; dy <= 1; dy++) {
        int c = im.getRGB((int) Math.floor(p.x) + dx, (int) Math.floor(p.y) + dy);
        if (((c >> 16) & 0xff) > 110 && ((c >> 8) & 0xff) > 110 && (c & 0xff) > 110) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void outlineAndCentreLandWhereTheCovarianceSays() {
    // σ_x = 0.5, σ_y = 0.2 around (0.2, −0.3)
    Ellipses e = plain().with(new double[] {0.2, -0.3}, new double[] {0.25, 0, 0, 0.04});
    BufferedImage im = e.render();
    int background = ColorMap.VIRIDIS.entry(0);
    assertEquals(e.width(), im.getWidth());
    assertTrue(onOutline(im, e.pixel(0.7, -0.3)), "1-σ point to the right of the centre is on the outline");
    assertTrue(onOutline(im, e.pixel(0.2, -0.1)), "1-σ point above the centre is on the outline");
    assertEquals(background, at(im, e.pixel(0.45, -0.3)), "inside, half-way, is the field");
    assertEquals(background, at(im, e.pixel(0.2, 0.3)), "outside is the field");
    int centre = at(im, e.pixel(0.2, -0.3));
    assertTrue(centre == 0xD55E00, "the centre dot: " + Integer.toHexString(centre));
    // the 2-σ contour passes through (0.2 + 1.0, …): off the field, clipped; (0.2, 0.1) is on it
    BufferedImage two = e.sigmas(2).render();
    assertTrue(onOutline(two, e.pixel(0.2, 0.1)));
    assertEquals(background, at(two, e.pixel(0.7, -0.3)));
  }

  @Test
  void tiltedCovarianceIsDrawnAlongItsEigenvector() {
    // Σ = R diag(0.36, 0.01) Rᵀ at 45°: major semi-axis 0.6 along (1, 1)/√2
    double a = 0.5 * (0.36 + 0.01);
    double b = 0.5 * (0.36 - 0.01);
    Ellipses e = plain().with(new double[] {0, 0}, new double[] {a, b, b, a});
    BufferedImage im = e.render();
    double r = 0.6 / Math.sqrt(2);
    assertTrue(onOutline(im, e.pixel(r, r)));
    assertTrue(onOutline(im, e.pixel(-r, -r)));
    assertEquals(ColorMap.VIRIDIS.entry(0), at(im, e.pixel(0.3, -0.3)), "the minor direction is short");
    assertArrayEquals(new double[] {0.6, 0.1, Math.PI / 4}, Ellipses.axes(a, b, a), 1e-12);
    assertArrayEquals(new double[] {2, 1, Math.PI / 2}, Ellipses.axes(1, 0, 4), 1e-12);
  }

  @Test
  void gridPointsMapToCellCentresAndThePngIsWritten() throws Exception {
    Ellipses e = plain().with(new double[] {0, 0, 0.5, 0.5}, new double[] {0.01, 0, 0, 0.01, 0.04, 0.01, 0.01, 0.02})
        .labels("x", "t");
    Rectangle a = e.plotArea();
    assertEquals(a.x + 1.0, e.pixel(-1, 0).x, 1e-12, "x0 at the first cell's centre (2 pixels a cell)");
    assertEquals(a.y + a.height - 1.0, e.pixel(0, -1).y, 1e-12, "y0 at the bottom cell's centre");
    assertEquals(2, e.count());
    Path p = tmp.resolve("gaussians.png");
    e.write(p);
    BufferedImage back = ImageIO.read(p.toFile());
    assertEquals(e.width(), back.getWidth());
    assertEquals(e.height(), back.getHeight());
    assertTrue(Files.size(p) > 0);
  }

  @Test
  void badInputIsRefused() {
    Heatmap h = Heatmap.of(new double[4], 2, 2);
    assertThrows(GalerkinException.class, () -> Ellipses.over(null, 0, 1, 0, 1));
    assertThrows(GalerkinException.class, () -> Ellipses.over(h, 1, 1, 0, 1));
    assertThrows(GalerkinException.class, () -> Ellipses.over(h, 0, 1, 0, Double.NaN));
    Ellipses e = Ellipses.over(h, 0, 1, 0, 1);
    assertThrows(GalerkinException.class, () -> e.with(new double[] {0, 0}, new double[] {1, 0, 0}));
    GalerkinException neg = assertThrows(GalerkinException.class, () -> e.with(new double[] {0, 0}, new double[] {1, 2, 2, 1}));
    assertTrue(neg.getMessage().contains("positive semi-definite"), neg.getMessage());
    assertThrows(GalerkinException.class, () -> e.with(new double[] {0, 0}, new double[] {1, 0.5, 0, 1}));
    assertThrows(GalerkinException.class, () -> e.sigmas(0));
  }
}
