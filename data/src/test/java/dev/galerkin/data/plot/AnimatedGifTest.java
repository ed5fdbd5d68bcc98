package dev.galerkin.data.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Animated GIFs read back by the JDK's reader: frames, colours, delay and the looping flag. */
class AnimatedGifTest {
  @TempDir Path tmp;

  private static BufferedImage filled(Color c) {
    BufferedImage img = new BufferedImage(20, 10, BufferedImage.TYPE_INT_ARGB);
    var g = img.createGraphics();
    g.setColor(c);
    g.fillRect(0, 0, 20, 10);
    g.dispose();
    return img;
  }

  @Test
  void framesDelayAndLoopRoundTrip() throws Exception {
    Path gif = tmp.resolve("r.gif");
    AnimatedGif.write(List.of(filled(Color.RED), filled(Color.GREEN), filled(Color.BLUE)), 250, gif);
    ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      reader.setInput(in);
      assertEquals(3, reader.getNumImages(true));
      assertEquals(Color.GREEN.getRGB(), reader.read(1).getRGB(5, 5));
      assertEquals(Color.BLUE.getRGB(), reader.read(2).getRGB(19, 9));
      IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0)
          .getAsTree("javax_imageio_gif_image_1.0");
      IIOMetadataNode gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension")
          .item(0);
      assertEquals("25", gce.getAttribute("delayTime"));
      IIOMetadataNode app = (IIOMetadataNode) root.getElementsByTagName("ApplicationExtension")
          .item(0);
      assertEquals("NETSCAPE", app.getAttribute("applicationID"));
    } finally {
      reader.dispose();
    }
  }

  @Test
  void smallerFramesSitOnAWhiteCanvasOfTheLargestSize() throws Exception {
    Path gif = tmp.resolve("s.gif");
    AnimatedGif.write(List.of(filled(Color.RED), new BufferedImage(5, 5,
        BufferedImage.TYPE_INT_RGB)), 100, gif);
    ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      reader.setInput(in);
      BufferedImage second = reader.read(1);
      assertEquals(20, second.getWidth());
      assertEquals(Color.BLACK.getRGB(), second.getRGB(2, 2));
      assertEquals(Color.WHITE.getRGB(), second.getRGB(15, 8));
    } finally {
      reader.dispose();
    }
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> AnimatedGif.write(List.of(), 100, tmp.resolve("x.gif")));
    assertTrue(e.getMessage().contains("no frames"), e.getMessage());
  }
}
