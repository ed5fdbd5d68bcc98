package dev.galerkin.display;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.plot.AnimatedGif;
import dev.galerkin.data.plot.Comparison;
import dev.galerkin.data.plot.Figure;
import dev.galerkin.data.plot.Heatmap;
import dev.galerkin.data.plot.Panel;
import dev.galerkin.operators.evaluation.ErrorSummary;
import dev.galerkin.operators.evaluation.EvaluationReport;
import dev.galerkin.operators.training.EpochRecord;
import dev.galerkin.operators.training.TrainingHistory;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Galerkin's figures and reports as notebook output ({@link Rich} MIME bundles): fields as PNG
 * heatmaps with colour bars, loss curves, model comparisons, error tables as HTML, rollouts as
 * animated GIFs. Under IJava or Galerkin's kernel:
 * <pre>{@code
 * display(Show.figure(Comparison.of(a, u, predicted).samples(0, 1).figure()));
 * display(Show.lossCurve(result.history(), "FNO on Darcy"));
 * display(Show.errorTable(Map.of("FNO", fnoSummary, "DeepONet", deepOnetSummary)));
 * }</pre>
 */
public final class Show {
  private Show() {}

  /** @return the figure as a PNG, one pixel per logical pixel */
  public static Rich figure(Figure f) {
    return figure(f, 1);
  }

  /**
   * @param scale pixels per logical pixel, in {@code (0, 4]}: below 1 for a smaller picture (and a
   *     smaller notebook), above 1 for a sharper one
   * @return the figure as a PNG
   */
  public static Rich figure(Figure f, double scale) {
    if (!(scale > 0 && scale <= 4)) {
      throw new GalerkinException("Show.figure: scale " + scale + " is out of range (0, 4]");
    }
    String title = f.title() == null || f.title().isEmpty() ? "figure" : f.title();
    BufferedImage im = f.render(scale);
    return png(im, title + " (" + im.getWidth() + " x " + im.getHeight() + " PNG)");
  }

  /** @return the panels side by side, as a PNG */
  public static Rich panels(Panel... panels) {
    return figure(Figure.create().row(panels));
  }

  /** @return the usual input | reference | prediction | error figure, as a PNG */
  public static Rich comparison(Comparison c) {
    return figure(c.figure());
  }

  /** @return the comparison figure as a PNG at {@code scale} ({@link #figure(Figure, double)}) */
  public static Rich comparison(Comparison c, double scale) {
    return figure(c.figure(), scale);
  }

  /**
   * @param field one 2D field {@code [nx, ny]} (or {@code [nx, ny, 1]})
   * @param title its title
   * @return a heatmap with a colour bar, as a PNG
   */
  public static Rich field(NdArray field, String title) {
    return panels(Heatmap.of(field).title(title));
  }

  /** @return training loss and validation error per epoch on a log axis, as a PNG */
  public static Rich lossCurve(List<EpochRecord> history, String title) {
    return lossCurve(history, title, 1);
  }

  /** @return the loss curve of {@link #lossCurve(List, String)} at {@code scale} */
  public static Rich lossCurve(List<EpochRecord> history, String title, double scale) {
    if (history.isEmpty()) {
      throw new GalerkinException("Show.lossCurve: the history is empty; train for an epoch first");
    }
    return figure(Figure.create().row(TrainingHistory.chart(history, title)), scale);
  }

  /** @return any image as a PNG */
  public static Rich png(RenderedImage image, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // deflate at its strongest (quality 0): notebooks carry their pictures, smaller is better
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0f);
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a PNG: " + e.getMessage(), e);
    } finally {
      writer.dispose();
    }
    Map<String, String> m = new LinkedHashMap<>();
    m.put("image/png", Base64.getEncoder().encodeToString(out.toByteArray()));
    return new Rich(m, text);
  }

  /**
   * @param frames the pictures of an animation, for example one {@link Figure#render()} per time
   * @param delayMillis time per frame, {@code >= 10}
   * @return the frames as an animated GIF that loops (Jupyter shows {@code image/gif} inline), with
   *     the last frame as a PNG for renderers that do not show GIFs
   */
  public static Rich animation(List<BufferedImage> frames, int delayMillis) {
    byte[] gif;
    try {
      Path dir = Files.createTempDirectory("galerkin-gif");
      Path file = dir.resolve("animation.gif");
      try {
        AnimatedGif.write(frames, delayMillis, file);
        gif = Files.readAllBytes(file);
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write an animated GIF: " + e.getMessage(), e);
    }
    Map<String, String> m = new LinkedHashMap<>();
    m.put("image/gif", Base64.getEncoder().encodeToString(gif));
    return new Rich(m, "animation: " + frames.size() + " frames, " + delayMillis + " ms each");
  }

  /** @return one row per evaluation of the report (test split, super-resolution …) */
  public static Rich errorTable(EvaluationReport report) {
    Map<String, ErrorSummary> rows = new LinkedHashMap<>();
    for (EvaluationReport.Row r : report.rows()) {
      rows.put(report.model() + ", " + r.label(), r.summary());
    }
    return errorTable(rows);
  }

  /**
   * @param rows label (a model, a resolution) → its error summary, in order
   * @return an HTML table of relative L2 errors (mean, median, 95th percentile, max, in percent) and
   *     max-abs errors, with the same table as text
   */
  public static Rich errorTable(Map<String, ErrorSummary> rows) {
    String[] head = {"", "samples", "mean rel. L2", "median", "p95", "max", "mean max-abs"};
    StringBuilder html = new StringBuilder("<table>\n<thead><tr>");
    for (String h : head) {
      html.append("<th>").append(escape(h)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
        "%-32s %8s %13s %8s %8s %8s %13s%n", (Object[]) head));
    for (Map.Entry<String, ErrorSummary> e : rows.entrySet()) {
      ErrorSummary s = e.getValue();
      String[] cells = {e.getKey(), Integer.toString(s.samples()), pct(s.meanRelativeL2()),
          pct(s.medianRelativeL2()), pct(s.p95RelativeL2()), pct(s.maxRelativeL2()),
          String.format(Locale.ROOT, "%.3g", s.meanMaxAbs())};
      html.append("<tr>");
      for (int i = 0; i < cells.length; i++) {
        html.append(i == 0 ? "<th>" : "<td>").append(escape(cells[i])).append(i == 0 ? "</th>" : "</td>");
      }
      html.append("</tr>\n");
      text.append(String.format(Locale.ROOT, "%-32s %8s %13s %8s %8s %8s %13s%n", (Object[]) cells));
    }
    html.append("</tbody>\n</table>");
    Map<String, String> m = new LinkedHashMap<>();
    m.put("text/html", html.toString());
    return new Rich(m, text.toString().stripTrailing());
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * v);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
