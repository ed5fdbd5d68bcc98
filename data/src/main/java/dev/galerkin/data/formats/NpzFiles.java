package dev.galerkin.data.formats;

import dev.galerkin.data.Dataset;
import dev.galerkin.data.Field;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a dataset as a NumPy {@code .npz} archive: a zip of one {@code NAME.npy} per field
 * (inputs, outputs and coordinates, with their shapes, float32 as {@code <f4} and float64 as
 * {@code <f8}), in the {@code .npy} format version 1.0 (NumPy's {@code numpy.lib.format}): the
 * magic {@code \x93NUMPY}, a header dictionary padded to a multiple of 64 bytes, then the
 * little-endian C-order data. {@code numpy.load(path)[NAME]} gives the field back. Attributes are
 * not stored ({@code .npz} holds arrays only).
 */
final class NpzFiles {
  private NpzFiles() {}

  /** Writes {@code ds} to {@code file} (which must not exist; the caller writes atomically). */
  static void write(Dataset ds, Path file) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(raw))) {
      for (Field f : ds.fields().values()) {
        zip.putNextEntry(new ZipEntry(f.name() + ".npy"));
        writeNpy(f.values(), zip);
        zip.closeEntry();
      }
    }
  }

  private static void writeNpy(NdArray a, OutputStream out) throws IOException {
    boolean single = a instanceof FloatArray;
    StringBuilder shape = new StringBuilder("(");
    for (long d : a.shape().dims()) {
      shape.append(d).append(", ");
    }
    if (a.shape().rank() > 1) {
      shape.setLength(shape.length() - 2);
    } else if (a.shape().rank() == 1) {
      shape.setLength(shape.length() - 1);
    }
    shape.append(')');
    String dict = "{'descr': '" + (single ? "<f4" : "<f8") + "', 'fortran_order': False, 'shape': "
        + shape + ", }";
    int unpadded = 10 + dict.length() + 1;
    int total = (unpadded + 63) / 64 * 64;
    String header = dict + " ".repeat(total - unpadded) + "\n";
    ByteBuffer head = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
    head.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1)
        .put((byte) 0).putShort((short) header.length());
    out.write(head.array());
    out.write(header.getBytes(StandardCharsets.US_ASCII));
    int n = a.size();
    int block = 1 << 14;
    ByteBuffer buf = ByteBuffer.allocate(block * (single ? 4 : 8)).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < n; i += block) {
      buf.clear();
      int m = Math.min(block, n - i);
      for (int k = 0; k < m; k++) {
        if (single) {
          buf.putFloat(((FloatArray) a).at(i + k));
        } else {
          buf.putDouble(a.getDouble(i + k));
        }
      }
      out.write(buf.array(), 0, buf.position());
    }
  }
}
