package dev.galerkin.data.plot;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.NdArray;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A 2D field drawn as an image, with a title and a colour bar.
 *
 * <p>The field is {@code nx × ny} values in Galerkin's layout, {@code values[i·ny + j]} with
 * {@code i} along x and {@code j} along y. It is drawn with x to the right and y upward: cell
 * {@code (i, j)} fills column {@code i} and row {@code ny − 1 − j} of the picture, so the picture's
 * top row is the largest y. Cells are scaled up (or down) to the plot size by nearest neighbour, so
 * a cell is a crisp square of one colour, never a blend.
 *
 * <p>Colour limits are the field's finite minimum and maximum unless set with
 * {@link #limits(double, double)}; with a diverging map ({@link ColorMap#BLUE_RED}) automatic
 * limits are {@code ±max|v|}, so that 0 is white. Values beyond the limits take the end colours;
 * {@code NaN} is grey ({@link ColorMap#NAN_RGB}, shown under the colour bar when present). A field
 * with no finite value is drawn all grey with limits {@code [0, 1]}.
 *
 * <p>An immutable value: each setter returns a new heatmap.
 * <pre>{@code
 * BufferedImage im = Heatmap.of(u, 64, 64).title("u(x, y)").limits(-1, 1).render();
 * }</pre>
 */
public final class Heatmap implements Panel {
  private static final int DEFAULT_SIZE = 256;
  private static final int MAX_DEFAULT_SIZE = 512;
  private static final int MIN_DEFAULT_SIZE = 96;
  private static final int BAR_GAP = 10;
  private static final int BAR_WIDTH = 14;
  private static final int NAN_SWATCH = 12;

  private final double[] values;
  private final int nx;
  private final int ny;
  private final String title;
  private final double lo;
  private final double hi;
  private final ColorMap map;
  private final int plotWidth;
  private final int plotHeight;
  /** NaN marks points outside the domain (a mesh's hole): painted as background, no NaN swatch. */
  private final boolean nanIsOutside;

  private Heatmap(double[] values, int nx, int ny, String title, double lo, double hi, ColorMap map,
      int plotWidth, int plotHeight) {
    this(values, nx, ny, title, lo, hi, map, plotWidth, plotHeight, false);
  }

  private Heatmap(double[] values, int nx, int ny, String title, double lo, double hi, ColorMap map,
      int plotWidth, int plotHeight, boolean nanIsOutside) {
    this.nanIsOutside = nanIsOutside;
    this.values = values;
    this.nx = nx;
    this.ny = ny;
    this.title = title;
    this.lo = lo;
    this.hi = hi;
    this.map = map;
    this.plotWidth = plotWidth;
    this.plotHeight = plotHeight;
  }

  /**
   * @param values the field, {@code values[i·ny + j]}, {@code nx·ny} of them; copied
   * @param nx the number of points along x, {@code >= 1}
   * @param ny the number of points along y, {@code >= 1}
   * @return a heatmap with viridis, automatic limits, no title and the default size
   */
  public static Heatmap of(double[] values, int nx, int ny) {
    if (values == null) {
      throw new GalerkinException("heatmap: values must not be null");
    }
    if (nx < 1 || ny < 1) {
      throw new GalerkinException("heatmap: grid " + nx + " × " + ny + " must have nx >= 1 and ny >= 1");
    }
    if ((long) nx * ny != values.length) {
      throw new GalerkinException("heatmap: a " + nx + " × " + ny + " grid needs " + (long) nx * ny
          + " values (values[i*ny + j]) but " + values.length + " were given");
    }
    return new Heatmap(values.clone(), nx, ny, "", Double.NaN, Double.NaN, ColorMap.VIRIDIS, 0, 0);
  }

  /**
   * @param values the field in single precision, {@code values[i·ny + j]}; copied
   * @param nx the number of points along x, {@code >= 1}
   * @param ny the number of points along y, {@code >= 1}
   * @return a heatmap as {@link #of(double[], int, int)} makes
   */
  public static Heatmap of(float[] values, int nx, int ny) {
    if (values == null) {
      throw new GalerkinException("heatmap: values must not be null");
    }
    double[] d = new double[values.length];
    for (int k = 0; k < d.length; k++) {
      d[k] = values[k];
    }
    return of(d, nx, ny);
  }

  /**
   * @param field one 2D field: after dropping axes of extent 1, of shape {@code [nx, ny]} (so
   *     {@code [nx, ny, 1]} and {@code [1, nx, ny, 1]} do too)
   * @return a heatmap of it
   */
  public static Heatmap of(NdArray field) {
    long[] dims = Arrays.stream(field.shape().dims()).filter(d -> d != 1).toArray();
    if (dims.length != 2) {
      throw new GalerkinException("heatmap: field of shape " + field.shape()
          + " is not 2D; expected [nx, ny] up to axes of extent 1");
    }
    double[] d = new double[field.size()];
    for (int k = 0; k < d.length; k++) {
      d[k] = field.getDouble(k);
    }
    return of(d, (int) dims[0], (int) dims[1]);
  }

  /**
   * A nodal field of a triangle mesh, drawn by linear interpolation inside each triangle onto a
   * pixel grid over the mesh's bounding box ({@code pixels} on its longer side, square pixels);
   * points outside the mesh (holes, notches) are left as background.
   *
   * @param mesh the mesh
   * @param nodal one value per node, not modified
   * @param pixels samples along the longer side of the bounding box, in {@code [8, 2048]}
   * @return the heatmap, drawn at one screen pixel per sample
   */
  public static Heatmap onMesh(dev.galerkin.meshes.TriangleMesh mesh, double[] nodal, int pixels) {
    MeshRaster r = MeshRaster.of(mesh, nodal, pixels);
    return new Heatmap(r.values(), r.nx(), r.ny(), "", Double.NaN, Double.NaN, ColorMap.VIRIDIS,
        r.nx(), r.ny(), true);
  }

  /** @return this heatmap with a title over it ({@code ""} for none) */
  public Heatmap title(String title) {
    return new Heatmap(values, nx, ny, title == null ? "" : title, lo, hi, map, plotWidth,
        plotHeight, nanIsOutside);
  }

  /**
   * Fixes the colour limits, for instance to share them between panels.
   *
   * @param lo the value drawn with the map's first colour, finite
   * @param hi the value drawn with its last colour, finite, {@code >= lo} (if equal, the range is
   *     widened by 10% each way)
   * @return this heatmap with those limits
   */
  public Heatmap limits(double lo, double hi) {
    if (!Double.isFinite(lo) || !Double.isFinite(hi) || hi < lo) {
      throw new GalerkinException("heatmap \"" + title + "\": colour limits [" + lo + ", " + hi
          + "] must be finite with lo <= hi");
    }
    return new Heatmap(values, nx, ny, title, lo, hi, map, plotWidth, plotHeight, nanIsOutside);
  }

  /** @return this heatmap with limits taken from its values again */
  public Heatmap autoLimits() {
    return new Heatmap(values, nx, ny, title, Double.NaN, Double.NaN, map, plotWidth, plotHeight,
        nanIsOutside);
  }

  /** @return this heatmap drawn with another colour map */
  public Heatmap colorMap(ColorMap map) {
    if (map == null) {
      throw new GalerkinException("heatmap \"" + title + "\": colour map must not be null");
    }
    return new Heatmap(values, nx, ny, title, lo, hi, map, plotWidth, plotHeight, nanIsOutside);
  }

  /**
   * Sets the size of the field's image; by default cells are squares scaled by a whole factor to
   * about 256 pixels on the longer side (at most 512, scaling down finer grids), and neither side is
   * shorter than 96 pixels.
   *
   * @param width the image width in logical pixels, in {@code [1, 8192]}
   * @param height the image height in logical pixels, in {@code [1, 8192]}
   * @return this heatmap with that size
   */
  public Heatmap size(int width, int height) {
    if (width < 1 || height < 1 || width > 8192 || height > 8192) {
      throw new GalerkinException("heatmap \"" + title + "\": size " + width + " × " + height
          + " must be within [1, 8192] each way");
    }
    return new Heatmap(values, nx, ny, title, lo, hi, map, width, height, nanIsOutside);
  }

  /** @return the number of points along x */
  public int nx() {
    return nx;
  }

  /** @return the number of points along y */
  public int ny() {
    return ny;
  }

  /** @return the title, {@code ""} if none */
  public String title() {
    return title;
  }

  /** @return the colour map */
  public ColorMap colorMap() {
    return map;
  }

  /** @return the colour limits in force, {@code {lo, hi}} with {@code lo < hi}, set or automatic */
  public double[] limits() {
    double l = lo;
    double h = hi;
    if (Double.isNaN(l)) {
      double[] mm = finiteRange(values);
      if (mm == null) {
        return new double[] {0, 1};
      }
      l = mm[0];
      h = mm[1];
      if (map.diverging()) {
        h = Math.max(Math.abs(l), Math.abs(h));
        l = -h;
      }
    }
    if (h == l) {
      Ticks t = Ticks.linear(l, h, 5);
      return new double[] {t.lo(), t.hi()};
    }
    return new double[] {l, h};
  }

  /** @return the width of the field's image in logical pixels */
  int plotWidth() {
    return plotWidth > 0 ? plotWidth : defaultSize(nx);
  }

  /** @return the height of the field's image in logical pixels */
  int plotHeight() {
    return plotHeight > 0 ? plotHeight : defaultSize(ny);
  }

  private int defaultSize(int n) {
    int longest = Math.max(nx, ny);
    int s = Math.max(1, (int) Math.round((double) DEFAULT_SIZE / longest));
    int size = longest * s <= MAX_DEFAULT_SIZE ? n * s
        : Math.max(1, (int) Math.round((double) n * MAX_DEFAULT_SIZE / longest));
    return Math.max(MIN_DEFAULT_SIZE, size); // a 256 × 4 grid still gets a readable colour bar
  }

  /** @return how many colour bar ticks fit a bar of height {@code h}: 2 to 5 */
  static int tickTarget(int h) {
    return Math.max(2, Math.min(5, h / 28));
  }

  private boolean hasNaN() {
    if (nanIsOutside) {
      return false;
    }
    for (double v : values) {
      if (Double.isNaN(v)) {
        return true;
      }
    }
    return false;
  }

  private Ticks ticks() {
    double[] l = limits();
    return Ticks.linear(l[0], l[1], tickTarget(barHeight()));
  }

  private int barHeight() {
    return hasNaN() ? Math.max(10, plotHeight() - NAN_SWATCH - 8) : plotHeight();
  }

  private int titleHeight() {
    return title.isEmpty() ? 0 : Style.height(Style.TITLE) + Style.PAD / 2;
  }

  private int contentWidth() {
    int labels = Math.max(Style.maxWidth(Style.TICK, Style.labels(ticks())), hasNaN() ? Style.width(Style.TICK, "NaN") : 0);
    return plotWidth() + BAR_GAP + BAR_WIDTH + Style.TICK_LENGTH + 3 + labels;
  }

  @Override
  public int width() {
    int w = contentWidth();
    if (!title.isEmpty()) {
      w = Math.max(w, Math.min(Style.width(Style.TITLE, title), 2 * plotWidth() + 200));
    }
    return w + 2 * Style.PAD;
  }

  @Override
  public int height() {
    return Style.PAD + titleHeight() + Style.height(Style.TICK) / 2 + plotHeight()
        + Style.height(Style.TICK) / 2 + Style.PAD;
  }

  /** @return where the field's image sits, relative to the panel's top-left corner */
  Rectangle plotArea() {
    int px = Style.PAD + (width() - 2 * Style.PAD - contentWidth()) / 2;
    int py = Style.PAD + titleHeight() + Style.height(Style.TICK) / 2;
    return new Rectangle(px, py, plotWidth(), plotHeight());
  }

  /** @return where the colour bar sits, relative to the panel's top-left corner */
  Rectangle barArea() {
    Rectangle p = plotArea();
    return new Rectangle(p.x + p.width + BAR_GAP, p.y, BAR_WIDTH, barHeight());
  }

  @Override
  public void paint(Graphics2D g, int x, int y) {
    Rectangle area = plotArea();
    Rectangle bar = barArea();
    int pw = area.width;
    int ph = area.height;
    int px = x + area.x;
    int py = y + area.y;
    g.setColor(Style.INK);
    if (!title.isEmpty()) {
      String t = Style.fit(Style.TITLE, title, width() - 2 * Style.PAD);
      double half = Style.width(Style.TITLE, t) / 2.0;
      double cx = Math.min(x + width() - Style.PAD - half, Math.max(x + Style.PAD + half, px + pw / 2.0));
      Style.text(g, Style.TITLE, t, cx, y + Style.PAD + Style.height(Style.TITLE) / 2.0, Style.Align.CENTER);
    }

    double[] l = limits();
    Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    g.drawImage(raster(l[0], l[1]), px, py, pw, ph, null);

    boolean nan = hasNaN();
    int bx = x + bar.x;
    int bh = bar.height;
    g.drawImage(barImage(), bx, py, BAR_WIDTH, bh, null);
    if (interpolation != null) {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
    }
    g.setStroke(Style.THIN);
    g.setColor(Style.INK);
    frame(g, px, py, pw, ph);
    frame(g, bx, py, BAR_WIDTH, bh);

    Ticks ticks = ticks();
    double[] tv = ticks.values();
    String[] labels = Style.labels(ticks);
    double right = bx + BAR_WIDTH;
    for (int k = 0; k < tv.length; k++) {
      double ty = py + (l[1] - tv[k]) / (l[1] - l[0]) * bh;
      ty = Math.min(py + bh - 0.5, Math.max(py + 0.5, ty));
      g.draw(new Line2D.Double(right, ty, right + Style.TICK_LENGTH, ty));
      Style.text(g, Style.TICK, labels[k], right + Style.TICK_LENGTH + 3, ty, Style.Align.LEFT);
    }
    if (nan) {
      int sy = py + ph - NAN_SWATCH;
      g.setColor(new java.awt.Color(ColorMap.NAN_RGB));
      g.fillRect(bx, sy, BAR_WIDTH, NAN_SWATCH);
      g.setColor(Style.INK);
      frame(g, bx, sy, BAR_WIDTH, NAN_SWATCH);
      Style.text(g, Style.TICK, "NaN", right + Style.TICK_LENGTH + 3, sy + NAN_SWATCH / 2.0, Style.Align.LEFT);
    }
  }

  /** The field at one image pixel per cell, top row = largest y. */
  private BufferedImage raster(double l, double h) {
    BufferedImage im = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_RGB);
    int[] rgb = new int[nx * ny];
    for (int i = 0; i < nx; i++) {
      for (int j = 0; j < ny; j++) {
        double v = values[i * ny + j];
        rgb[(ny - 1 - j) * nx + i] = nanIsOutside && Double.isNaN(v) ? 0xffffff : map.rgb(v, l, h);
      }
    }
    im.setRGB(0, 0, nx, ny, rgb, 0, nx);
    return im;
  }

  /** The colour map as a 1 × 256 column, last entry on top. */
  private BufferedImage barImage() {
    BufferedImage im = new BufferedImage(1, ColorMap.SIZE, BufferedImage.TYPE_INT_RGB);
    for (int k = 0; k < ColorMap.SIZE; k++) {
      im.setRGB(0, ColorMap.SIZE - 1 - k, map.entry(k));
    }
    return im;
  }

  /** Draws a 1-pixel frame just outside the rectangle {@code (x, y, w, h)}. */
  static void frame(Graphics2D g, double x, double y, double w, double h) {
    g.draw(new Rectangle2D.Double(x - 0.5, y - 0.5, w + 1, h + 1));
  }

  /** @return {@code {min, max}} of the finite values, or {@code null} if there are none */
  public static double[] finiteRange(double[] v) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double d : v) {
      if (Double.isFinite(d)) {
        min = Math.min(min, d);
        max = Math.max(max, d);
      }
    }
    return min <= max ? new double[] {min, max} : null;
  }

  @Override
  public String toString() {
    return "Heatmap[" + nx + " × " + ny + ", \"" + title + "\", " + map + "]";
  }
}
