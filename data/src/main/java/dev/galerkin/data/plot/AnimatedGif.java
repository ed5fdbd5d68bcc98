package dev.galerkin.data.plot;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes frames (for example a rollout, one {@link Figure} per time) as an animated GIF that loops
 * forever, with the JDK's GIF writer: each frame carries a graphic-control extension with its delay
 * and the first the NETSCAPE2.0 looping extension, as browsers and Jupyter expect. Atomic, like
 * {@link Png}. GIF has 256 colours per frame, so heatmaps are slightly quantised.
 */
public final class AnimatedGif {
  private AnimatedGif() {}

  /**
   * @param frames the pictures, not modified; smaller ones are drawn at the top left of a white
   *     canvas of the largest width and height (titles of different lengths change a figure's
   *     width)
   * @param delayMillis the time each frame is shown, {@code >= 10} (GIF counts hundredths)
   * @param path the file to write, replaced if it exists; its directory must exist
   */
  public static void write(List<BufferedImage> frames, int delayMillis, Path path) {
    if (frames == null || frames.isEmpty()) {
      throw new GalerkinException("AnimatedGif.write: no frames to write to " + path);
    }
    if (delayMillis < 10) {
      throw new GalerkinException("AnimatedGif.write: delay " + delayMillis + " ms is below the"
          + " 10 ms a GIF can state");
    }
    int w = 0;
    int h = 0;
    for (BufferedImage f : frames) {
      w = Math.max(w, f.getWidth());
      h = Math.max(h, f.getHeight());
    }
    int width = w;
    int height = h;
    AtomicFiles.write(path, true, tmp -> {
      Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("gif");
      if (!it.hasNext()) {
        throw new IOException("this JDK has no GIF writer");
      }
      ImageWriter writer = it.next();
      try (ImageOutputStream out = ImageIO.createImageOutputStream(tmp.toFile())) {
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
        for (int i = 0; i < frames.size(); i++) {
          BufferedImage rgb = onCanvas(frames.get(i), width, height);
          IIOMetadata meta = writer.getDefaultImageMetadata(
              ImageTypeSpecifier.createFromRenderedImage(rgb), null);
          configure(meta, delayMillis / 10, i == 0);
          writer.writeToSequence(new IIOImage(rgb, null, meta), null);
        }
        writer.endWriteSequence();
      } finally {
        writer.dispose();
      }
    });
  }

  /** @return {@code f} in RGB at the top left of a white {@code w × h} canvas */
  private static BufferedImage onCanvas(BufferedImage f, int w, int h) {
    if (f.getType() == BufferedImage.TYPE_INT_RGB && f.getWidth() == w && f.getHeight() == h) {
      return f;
    }
    BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = rgb.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.drawImage(f, 0, 0, null);
    g.dispose();
    return rgb;
  }

  private static void configure(IIOMetadata meta, int hundredths, boolean first)
      throws IOException {
    String format = meta.getNativeMetadataFormatName();
    IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
    IIOMetadataNode gce = child(root, "GraphicControlExtension");
    gce.setAttribute("disposalMethod", "none");
    gce.setAttribute("userInputFlag", "FALSE");
    gce.setAttribute("transparentColorFlag", "FALSE");
    gce.setAttribute("delayTime", Integer.toString(hundredths));
    gce.setAttribute("transparentColorIndex", "0");
    if (first) {
      IIOMetadataNode apps = child(root, "ApplicationExtensions");
      IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
      app.setAttribute("applicationID", "NETSCAPE");
      app.setAttribute("authenticationCode", "2.0");
      app.setUserObject(new byte[] {1, 0, 0});     // loop forever
      apps.appendChild(app);
    }
    meta.setFromTree(format, root);
  }

  private static IIOMetadataNode child(IIOMetadataNode root, String name) {
    for (int i = 0; i < root.getLength(); i++) {
      if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
        return (IIOMetadataNode) root.item(i);
      }
    }
    IIOMetadataNode n = new IIOMetadataNode(name);
    root.appendChild(n);
    return n;
  }
}
