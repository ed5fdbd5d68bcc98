package dev.galerkin.data.plot;

import dev.galerkin.GalerkinException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;

/**
 * Ellipses over a {@link Heatmap}, with axes in domain units: for instance the Gaussians of a
 * physics-informed Gaussian model, each drawn as the {@code k}-σ contour
 * {@code (x − c)ᵀ Σ⁻¹ (x − c) = k²} of its {@code 2 × 2} covariance {@code Σ}, with a dot at its
 * centre {@code c}.
 *
 * <p>The heatmap's grid points span {@code [x0, x1] × [y0, y1]}: point {@code i} along x is
 * {@code x0 + (x1 − x0)·i/(nx − 1)}, at the centre of cell {@code i}, and likewise along y. Each
 * ellipse comes from the eigen-decomposition of its {@code Σ} ({@link #axes}): semi-axes
 * {@code k·√λ} along the eigenvectors. Ellipses are clipped to the field; outlines are white over a
 * dark halo, so they show on any colour map.
 *
 * <p>Arrays: centres {@code [N, 2]} ({@code x, y}), covariances {@code [N, 2, 2]} row-major
 * ({@code Σ_xx, Σ_xy, Σ_yx, Σ_yy}). An immutable value.
 * <pre>{@code
 * Ellipses.over(Heatmap.of(density, 101, 101), -1, 1, -1, 1).with(means, covariances).write(path);
 * }</pre>
 */
public final class Ellipses implements Panel {
  private static final int SEGMENTS = 96;
  private static final Color HALO = new Color(0, 0, 0, 150);
  private static final Color LINE = Color.WHITE;
  private static final Color CENTRE = new Color(0xD55E00);

  private final Heatmap background;
  private final double x0;
  private final double x1;
  private final double y0;
  private final double y1;
  private final double[] centres;
  private final double[] covariances;
  private final double sigmas;
  private final String xLabel;
  private final String yLabel;

  private Ellipses(Heatmap background, double x0, double x1, double y0, double y1, double[] centres,
      double[] covariances, double sigmas, String xLabel, String yLabel) {
    this.background = background;
    this.x0 = x0;
    this.x1 = x1;
    this.y0 = y0;
    this.y1 = y1;
    this.centres = centres;
    this.covariances = covariances;
    this.sigmas = sigmas;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
  }

  /**
   * @param background the field under the ellipses, for instance the Gaussians' density
   * @param x0 the x of the heatmap's first grid column, finite
   * @param x1 the x of its last, finite, {@code > x0}
   * @param y0 the y of its first grid row, finite
   * @param y1 the y of its last, finite, {@code > y0}
   * @return axes over the field, no ellipses yet, 1-σ contours, axes labelled {@code x} and {@code y}
   */
  public static Ellipses over(Heatmap background, double x0, double x1, double y0, double y1) {
    if (background == null) {
      throw new GalerkinException("ellipses: background heatmap must not be null");
    }
    if (!Double.isFinite(x0) || !Double.isFinite(x1) || !Double.isFinite(y0) || !Double.isFinite(y1)
        || !(x1 > x0) || !(y1 > y0)) {
      throw new GalerkinException("ellipses: extent [" + x0 + ", " + x1 + "] × [" + y0 + ", " + y1
          + "] must be finite with x0 < x1 and y0 < y1");
    }
    return new Ellipses(background, x0, x1, y0, y1, new double[0], new double[0], 1, "x", "y");
  }

  /**
   * @param centres {@code [N, 2]}, finite; copied
   * @param covariances {@code [N, 2, 2]}, each symmetric positive semi-definite; copied
   * @return these ellipses instead of the current ones
   */
  public Ellipses with(double[] centres, double[] covariances) {
    if (centres == null || covariances == null || centres.length % 2 != 0
        || covariances.length != 2 * centres.length) {
      throw new GalerkinException("ellipses: centres must be [N, 2] and covariances [N, 2, 2], got "
          + (centres == null ? "null" : centres.length) + " and "
          + (covariances == null ? "null" : covariances.length) + " values");
    }
    for (int i = 0; i < centres.length / 2; i++) {
      double a = covariances[4 * i];
      double b = covariances[4 * i + 1];
      double c = covariances[4 * i + 2];
      double d = covariances[4 * i + 3];
      if (!Double.isFinite(centres[2 * i]) || !Double.isFinite(centres[2 * i + 1])
          || !Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(d)
          || Math.abs(b - c) > 1e-9 * (Math.abs(a) + Math.abs(d)) || a < 0 || d < 0 || a * d - b * b < -1e-12 * a * d) {
        throw new GalerkinException("ellipses: ellipse " + i + " needs a finite centre and a symmetric positive"
            + " semi-definite covariance, got centre (" + centres[2 * i] + ", " + centres[2 * i + 1] + "), Σ = [["
            + a + ", " + b + "], [" + c + ", " + d + "]]");
      }
    }
    return new Ellipses(background, x0, x1, y0, y1, centres.clone(), covariances.clone(), sigmas, xLabel, yLabel);
  }

  /**
   * @param k the contour drawn, in standard deviations, finite and {@code > 0}
   * @return these ellipses at the {@code k}-σ contour
   */
  public Ellipses sigmas(double k) {
    if (!(k > 0) || !Double.isFinite(k)) {
      throw new GalerkinException("ellipses: the contour must be finite and > 0 standard deviations, got " + k);
    }
    return new Ellipses(background, x0, x1, y0, y1, centres, covariances, k, xLabel, yLabel);
  }

  /** @return these ellipses with axis labels ({@code ""} for none) */
  public Ellipses labels(String x, String y) {
    return new Ellipses(background, x0, x1, y0, y1, centres, covariances, sigmas, x == null ? "" : x,
        y == null ? "" : y);
  }

  /** @return the number of ellipses */
  public int count() {
    return centres.length / 2;
  }

  /**
   * The eigen-decomposition of a symmetric {@code 2 × 2} matrix {@code [[a, b], [b, d]]}.
   *
   * @return {@code {√λ_max, √λ_min, θ}}: the standard deviations along the principal axes and the
   *     angle of the major axis from the x axis, in {@code (−π/2, π/2]}
   */
  public static double[] axes(double a, double b, double d) {
    double mean = 0.5 * (a + d);
    double r = Math.hypot(0.5 * (a - d), b);
    double big = mean + r;
    double small = Math.max(0, mean - r);
    double theta = 0.5 * Math.atan2(2 * b, a - d);
    return new double[] {Math.sqrt(big), Math.sqrt(small), theta};
  }

  private int left() {
    int labels = Style.maxWidth(Style.TICK, Style.labels(Ticks.linear(y0, y1, 5)));
    int label = yLabel.isEmpty() ? 0 : Style.height(Style.LABEL) + 4;
    return Style.PAD + label + labels + 3 + Style.TICK_LENGTH;
  }

  private int bottom() {
    int label = xLabel.isEmpty() ? 0 : Style.height(Style.LABEL) + 2;
    return Style.TICK_LENGTH + 3 + Style.height(Style.TICK) + label + Style.PAD / 2;
  }

  @Override
  public int width() {
    return left() + background.width();
  }

  @Override
  public int height() {
    return background.height() + bottom();
  }

  /** @return where the field sits, relative to the panel's top-left corner */
  Rectangle plotArea() {
    Rectangle a = background.plotArea();
    return new Rectangle(a.x + left(), a.y, a.width, a.height);
  }

  /** @return the point {@code (x, y)} in domain units as a position relative to the panel's corner */
  Point2D.Double pixel(double x, double y) {
    Rectangle a = plotArea();
    int nx = background.nx();
    int ny = background.ny();
    double u = nx == 1 ? 0.5 : ((x - x0) / (x1 - x0) * (nx - 1) + 0.5) / nx;
    double v = ny == 1 ? 0.5 : ((y - y0) / (y1 - y0) * (ny - 1) + 0.5) / ny;
    return new Point2D.Double(a.x + u * a.width, a.y + a.height - v * a.height);
  }

  @Override
  public void paint(Graphics2D g, int x, int y) {
    background.paint(g, x + left(), y);
    Rectangle a = plotArea();
    g.setColor(Style.INK);
    g.setStroke(Style.THIN);
    Ticks xt = Ticks.linear(x0, x1, 5);
    String[] xl = Style.labels(xt);
    double base = y + a.y + a.height + 0.5;
    for (int k = 0; k < xt.values().length; k++) {
      double px = x + pixel(xt.values()[k], y0).x;
      g.draw(new Line2D.Double(px, base, px, base + Style.TICK_LENGTH));
      Style.text(g, Style.TICK, xl[k], px, base + Style.TICK_LENGTH + 3 + Style.height(Style.TICK) / 2.0,
          Style.Align.CENTER);
    }
    if (!xLabel.isEmpty()) {
      Style.text(g, Style.LABEL, xLabel, x + a.x + a.width / 2.0,
          base + Style.TICK_LENGTH + 3 + Style.height(Style.TICK) + 2 + Style.height(Style.LABEL) / 2.0,
          Style.Align.CENTER);
    }
    Ticks yt = Ticks.linear(y0, y1, 5);
    String[] yl = Style.labels(yt);
    double edge = x + a.x - 0.5;
    for (int k = 0; k < yt.values().length; k++) {
      double py = y + pixel(x0, yt.values()[k]).y;
      g.draw(new Line2D.Double(edge - Style.TICK_LENGTH, py, edge, py));
      Style.text(g, Style.TICK, yl[k], edge - Style.TICK_LENGTH - 3, py, Style.Align.RIGHT);
    }
    if (!yLabel.isEmpty()) {
      int labels = Style.maxWidth(Style.TICK, yl);
      Style.verticalText(g, Style.LABEL, yLabel, edge - Style.TICK_LENGTH - 3 - labels - 4 - Style.height(Style.LABEL) / 2.0,
          y + a.y + a.height / 2.0);
    }

    Shape clip = g.getClip();
    g.clipRect(x + a.x, y + a.y, a.width, a.height);
    BasicStroke halo = new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    BasicStroke line = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    Path2D.Double[] paths = new Path2D.Double[count()];
    for (int i = 0; i < paths.length; i++) {
      paths[i] = outline(i, x, y);
    }
    g.setColor(HALO);
    g.setStroke(halo);
    for (Path2D.Double p : paths) {
      g.draw(p);
    }
    g.setColor(LINE);
    g.setStroke(line);
    for (Path2D.Double p : paths) {
      g.draw(p);
    }
    g.setColor(CENTRE);
    for (int i = 0; i < paths.length; i++) {
      Point2D.Double c = pixel(centres[2 * i], centres[2 * i + 1]);
      g.fill(new Ellipse2D.Double(x + c.x - 2, y + c.y - 2, 4, 4));
    }
    g.setClip(clip);
  }

  /** The {@code k}-σ contour of ellipse {@code i}, in pixels, for a panel at {@code (x, y)}. */
  private Path2D.Double outline(int i, int x, int y) {
    double[] ax = axes(covariances[4 * i], covariances[4 * i + 1], covariances[4 * i + 3]);
    double c = Math.cos(ax[2]);
    double s = Math.sin(ax[2]);
    Path2D.Double p = new Path2D.Double();
    for (int t = 0; t <= SEGMENTS; t++) {
      double phi = 2 * Math.PI * t / SEGMENTS;
      double u = sigmas * ax[0] * Math.cos(phi);
      double v = sigmas * ax[1] * Math.sin(phi);
      Point2D.Double q = pixel(centres[2 * i] + c * u - s * v, centres[2 * i + 1] + s * u + c * v);
      if (t == 0) {
        p.moveTo(x + q.x, y + q.y);
      } else {
        p.lineTo(x + q.x, y + q.y);
      }
    }
    p.closePath();
    return p;
  }

  @Override
  public String toString() {
    return "Ellipses[" + count() + " over " + background + "]";
  }
}
