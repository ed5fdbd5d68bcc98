package dev.galerkin.data.hdf5;

import dev.galerkin.GalerkinException;
import io.jhdf.Superblock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Checks a path before jhdf opens it, so a missing, foreign or truncated file gets a one-line error
 * that says what is wrong and what to do, instead of a parser exception.
 */
final class Hdf5Files {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

  private Hdf5Files() {}

  /**
   * Throws a {@link GalerkinException} unless {@code file} is a complete HDF5 file.
   *
   * @param file the file to check
   */
  static void checkReadable(Path file) {
    if (!Files.exists(file)) {
      throw new GalerkinException(file + ": no such file; check the path, or make the data with"
          + " `galerkin generate`");
    }
    if (Files.isDirectory(file)) {
      throw new GalerkinException(file + " is a directory without " + Hdf5Format.INDEX_FILE
          + ", so it is not a shard directory; give a dataset file or a complete shard directory");
    }
    if (!Files.isReadable(file)) {
      throw new GalerkinException(file + " is not readable; check its permissions");
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      long base = findSignature(ch, size);
      if (base < 0) {
        throw new GalerkinException(file + " is not an HDF5 file (no HDF5 signature in its first "
            + Math.min(size, 8192) + " bytes); Galerkin reads HDF5 datasets such as those"
            + " `galerkin generate` writes");
      }
      long end;
      try {
        Superblock sb = Superblock.readSuperblock(ch, base);
        // the HDF5 library stores the end-of-file address counting a user block (MATLAB v7.3
        // files have 512 bytes), whatever the base address says
        end = sb.getEndOfFileAddress();
      } catch (RuntimeException e) {
        throw new GalerkinException(file + " is a damaged HDF5 file (its superblock cannot be read: "
            + e.getMessage() + "); regenerate or re-download it", e);
      }
      if (end > size) {
        throw new GalerkinException(file + " is truncated: its HDF5 header says " + end
            + " bytes but the file has " + size + "; the write was interrupted or the copy is"
            + " incomplete, so regenerate or re-download it");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file + " failed: " + e.getMessage(), e);
    }
  }

  /** The signature sits at 0, 512, 1024, 2048 … (after an optional user block). */
  private static long findSignature(FileChannel ch, long size) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(SIGNATURE.length);
    for (long at = 0; at + SIGNATURE.length <= size && at <= 8192; at = at == 0 ? 512 : at * 2) {
      buf.clear();
      ch.read(buf, at);
      if (Arrays.equals(buf.array(), SIGNATURE)) {
        return at;
      }
    }
    return -1;
  }
}
