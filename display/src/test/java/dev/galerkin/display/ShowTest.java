package dev.galerkin.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.plot.Figure;
import dev.galerkin.data.plot.Heatmap;
import dev.galerkin.operators.evaluation.ErrorSummary;
import dev.galerkin.operators.training.EpochRecord;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The bundles as jupyter-jvm-basekernel's renderer (IJava's, and our kernel's) turns them out. */
class ShowTest {
  private static final Renderer RENDERER = new Renderer();

  private static BufferedImage decode(Object base64) throws Exception {
    return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) base64)));
  }

  @Test
  void aFigureRendersAsAPngOfItsSizeWithATextFallback() throws Exception {
    double[] v = new double[16 * 8];
    for (int i = 0; i < v.length; i++) {
      v[i] = i;
    }
    Figure f = Figure.create().title("ramp").row(Heatmap.of(v, 16, 8).title("v"));
    DisplayData d = RENDERER.render(Show.figure(f));
    BufferedImage im = decode(d.getData(MIMEType.IMAGE_PNG));
    assertEquals(f.width(), im.getWidth());
    assertEquals(f.height(), im.getHeight());
    assertEquals("ramp (" + f.width() + " x " + f.height() + " PNG)", d.getData(MIMEType.TEXT_PLAIN));
    BufferedImage half = decode(Show.figure(f, 0.5).toDisplayData().getData(MIMEType.IMAGE_PNG));
    assertEquals(Math.round(f.width() * 0.5), half.getWidth(), 1);
    assertThrows(GalerkinException.class, () -> Show.figure(f, 0));
  }

  @Test
  void anErrorTableIsHtmlAndText() {
    Map<String, ErrorSummary> rows = new LinkedHashMap<>();
    rows.put("FNO <31>", ErrorSummary.of(new double[] {0.01, 0.03}, new double[] {0.1, 0.2}));
    DisplayData d = RENDERER.render(Show.errorTable(rows));
    String html = (String) d.getData(MIMEType.TEXT_HTML);
    assertTrue(html.contains("<th>FNO &lt;31&gt;</th><td>2</td><td>2.00%</td>"), html);
    assertTrue(((String) d.getData(MIMEType.TEXT_PLAIN)).contains("FNO <31>"));
  }

  @Test
  void lossCurvesAndAnimations() throws Exception {
    List<EpochRecord> h = List.of(new EpochRecord(1, 0.5, 0.6, 1e-3, 1),
        new EpochRecord(2, 0.2, 0.3, 1e-3, 1));
    assertTrue(decode(Show.lossCurve(h, "loss").get("image/png")).getWidth() > 100);
    assertThrows(GalerkinException.class, () -> Show.lossCurve(List.of(), "loss"));
    BufferedImage a = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
    BufferedImage b = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
    b.setRGB(3, 3, 0xff0000);
    Rich gif = Show.animation(List.of(a, b), 100);
    byte[] bytes = Base64.getDecoder().decode(gif.get("image/gif"));
    assertEquals("GIF89a", new String(bytes, 0, 6, java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals(List.of("image/gif", "text/plain"), List.copyOf(gif.types()));
  }
}
