package dev.galerkin.data.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * One picture of a {@link Figure}: a {@link Heatmap} of a 2D field, a {@link LineChart} or
 * {@link Ellipses} over a heatmap. A panel
 * has a fixed size in logical pixels and paints itself, decorations included (title, colour bar,
 * axes, legend), into a rectangle of that size.
 */
public sealed interface Panel permits Heatmap, LineChart, Ellipses {

  /** @return the panel's width in logical pixels, decorations included */
  int width();

  /** @return the panel's height in logical pixels, decorations included */
  int height();

  /**
   * Paints the panel with its top-left corner at {@code (x, y)}; the background is left as it is.
   *
   * @param g where to paint, in logical pixels; its transform may scale; modified
   * @param x the left edge
   * @param y the top edge
   */
  void paint(Graphics2D g, int x, int y);

  /** @return the panel on a white background, one image pixel per logical pixel */
  default BufferedImage render() {
    return render(1);
  }

  /**
   * @param scale image pixels per logical pixel, in {@code (0, 8]}; 2 suits print and HiDPI
   *     screens
   * @return the panel on a white background, {@code ⌈scale·width()⌉ × ⌈scale·height()⌉} pixels
   */
  default BufferedImage render(double scale) {
    return Style.image(width(), height(), scale, g -> paint(g, 0, 0));
  }

  /**
   * Renders the panel alone and writes it as a PNG file, atomically ({@link Png#write}).
   *
   * @param path the file; its directory must exist; an existing file is replaced
   */
  default void write(Path path) {
    Png.write(render(), path);
  }
}
