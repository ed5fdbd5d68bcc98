package dev.galerkin.data.formats;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.data.hdf5.Hdf5Format;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Tells which {@link Layout} a file has, and opens foreign files as lazy {@link DatasetFile}s.
 * Detection looks at names and shapes only, never at values:
 *
 * <ul>
 *   <li>a text header {@code MATLAB 5.0 MAT-file} → {@link Layout#MAT_V5};
 *   <li>HDF5 with root attribute {@code galerkin_format} → {@link Layout#GALERKIN};
 *   <li>HDF5 after a user block starting {@code MATLAB 7.3 MAT-file} → {@link Layout#MAT_V73};
 *   <li>{@code tensor} and {@code nu} → {@link Layout#PDEBENCH_DARCY}; {@code tensor} of rank 3
 *       → {@link Layout#PDEBENCH_1D}; {@code density} and {@code Vx} → {@link Layout#PDEBENCH_CFD};
 *       root groups each holding {@code data} → {@link Layout#PDEBENCH_SEEDS}; {@code velocity}
 *       and {@code particles} → {@link Layout#PDEBENCH_NS};
 *   <li>any other HDF5 file: no layout ({@code null}, "plain HDF5").
 * </ul>
 */
public final class Layouts {
  private Layouts() {}

  /**
   * @param path a file (directories are shard directories, {@link Layout#GALERKIN})
   * @return its layout, or {@code null} for an HDF5 file in none; throws a one-line error for a
   *     file that is neither HDF5 nor a v5 {@code .mat}, naming what was found
   */
  public static Layout detect(Path path) {
    if (Files.isDirectory(path) && Files.exists(path.resolve(Hdf5Format.INDEX_FILE))) {
      return Layout.GALERKIN;
    }
    if (isMat5(path)) {
      return Layout.MAT_V5;
    }
    checkHdf5(path);
    try (HdfFile hdf = new HdfFile(path)) {
      return detect(hdf);
    } catch (GalerkinException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new GalerkinException(path + " is a damaged HDF5 file (" + e.getMessage()
          + "); regenerate or re-download it", e);
    }
  }

  /** @return the layout of an open HDF5 file, or {@code null} for none */
  static Layout detect(HdfFile hdf) {
    if (hdf.getAttribute(Hdf5Format.FORMAT) != null) {
      return Layout.GALERKIN;
    }
    if (Mat73Files.header(hdf).startsWith("MATLAB 7.3 MAT-file")) {
      return Layout.MAT_V73;
    }
    Node tensor = child(hdf, "tensor");
    if (tensor instanceof Dataset && child(hdf, "nu") instanceof Dataset) {
      return Layout.PDEBENCH_DARCY;
    }
    if (tensor instanceof Dataset t && t.getDimensions().length == 3) {
      return Layout.PDEBENCH_1D;
    }
    if (child(hdf, "velocity") instanceof Dataset && child(hdf, "particles") instanceof Dataset) {
      return Layout.PDEBENCH_NS;
    }
    if (child(hdf, "density") instanceof Dataset && child(hdf, "Vx") instanceof Dataset) {
      return Layout.PDEBENCH_CFD;
    }
    boolean seeds = !hdf.getChildren().isEmpty();
    for (Node n : hdf) {
      seeds &= n instanceof Group g && child(g, "data") instanceof Dataset;
    }
    return seeds ? Layout.PDEBENCH_SEEDS : null;
  }

  private static Node child(Group g, String name) {
    try {
      return g.getChild(name);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Opens {@code path} as a dataset, detecting its layout.
   *
   * @param subsample keep every r-th point of {@code .mat} fields (1: all)
   */
  public static DatasetFile open(Path path, int subsample) {
    return open(path, ReadOptions.detect().withSubsample(subsample));
  }

  /**
   * Opens {@code path} as {@code o} says: its layout, else the detected one; a file in no layout
   * is read as {@link Layout#PLAIN_HDF5} when {@code o} names input or output datasets.
   */
  public static DatasetFile open(Path path, ReadOptions o) {
    if (o.layout() != null) {
      return open(path, o.layout(), o, null);
    }
    Layout layout = detect(path);
    if (layout == null && !(o.inputs().isEmpty() && o.outputs().isEmpty())) {
      layout = Layout.PLAIN_HDF5;
    }
    if (layout == null) {
      throw new GalerkinException(path + " is an HDF5 file but not a Galerkin dataset (no root"
          + " attribute " + Hdf5Format.FORMAT + ") nor in a layout Galerkin reads; it holds "
          + holdings(path) + "; supported: " + supported() + " (see `galerkin info " + path + "`)");
    }
    return open(path, layout, o, null);
  }

  /**
   * Opens {@code path} read as {@code layout}, whatever it looks like.
   *
   * @param subsample keep every r-th point of {@code .mat} fields (1: all); must be 1 otherwise
   */
  public static DatasetFile open(Path path, Layout layout, int subsample) {
    return open(path, layout, subsample, null);
  }

  /** As {@link #open(Path, Layout, int)}, reading HDF5 through {@code channel} when not null (tests). */
  static DatasetFile open(Path path, Layout layout, int subsample, FileChannel channel) {
    return open(path, layout, ReadOptions.detect().withSubsample(subsample), channel);
  }

  private static DatasetFile open(Path path, Layout layout, ReadOptions o, FileChannel channel) {
    int subsample = o.subsample();
    if (o.sampleAxis() >= 0 && layout != Layout.PLAIN_HDF5) {
      throw new GalerkinException("--sample-axis " + o.sampleAxis() + " applies to plain HDF5"
          + " files only; " + path + " is read as " + layout.title() + ", whose samples come"
          + " first, so drop it");
    }
    if (!o.coordinates().isEmpty() && layout != Layout.PLAIN_HDF5) {
      throw new GalerkinException("--coordinates applies to plain HDF5 files only; " + path
          + " is read as " + layout.title() + ", whose coordinates come from the file, so drop"
          + " it");
    }
    if (subsample > 1 && layout != Layout.MAT_V5 && layout != Layout.MAT_V73) {
      throw new GalerkinException("subsample = " + subsample + " applies to .mat files only; this"
          + " file is read as " + layout.title());
    }
    if (layout == Layout.GALERKIN) {
      return DatasetFile.open(path, Layout.GALERKIN);
    }
    if (layout == Layout.MAT_V5) {
      if (!isMat5(path)) {
        throw new GalerkinException(path + " has no MATLAB 5.0 header, so it is not a v5 .mat"
            + " file; drop the format to detect it");
      }
      return Mat5Files.open(path, subsample);
    }
    checkHdf5(path);
    HdfFile hdf = channel == null ? new HdfFile(path) : new HdfFile(channel);
    // jhdf 0.13.0 fails to close an HdfFile opened on a caller's channel; the caller closes it
    AutoCloseable closer = channel == null ? hdf : () -> { };
    try {
      return switch (layout) {
        case MAT_V73 -> Mat73Files.open(path, hdf, subsample, closer);
        case PLAIN_HDF5 -> PlainHdf5Files.open(path, hdf, o, closer);
        default -> PdebenchFiles.open(path, hdf, layout, closer);
      };
    } catch (RuntimeException e) {
      if (channel == null) {
        hdf.close();
      }
      throw e;
    }
  }

  /**
   * @return a readable description of the file's structure: {@link Hdf5Tree} for HDF5, the
   *     variables (name, class, MATLAB dimensions) of a v5 {@code .mat} file
   */
  public static List<String> describe(Path path) {
    if (isMat5(path)) {
      return Mat5Files.describe(path);
    }
    checkHdf5(path);
    return Hdf5Tree.describe(path);
  }

  /** @return the layouts' titles with their key arrays, for error messages */
  public static String supported() {
    return "Galerkin dataset, PDEBench 1D (tensor [N, nt, nx]), PDEBench 2D Darcy (tensor, nu),"
        + " PDEBench per-seed (SEED/data), PDEBench compressible NS (density, pressure, Vx, ...),"
        + " PDEBench incompressible NS (velocity, particles, force, t),"
        + " MATLAB v7.3 and v5 .mat (a/coeff, u/sol), and any HDF5 file with --input PATH"
        + " --output PATH --sample-axis K";
  }

  private static String holdings(Path path) {
    try (HdfFile hdf = new HdfFile(path)) {
      List<String> paths = Hdf5Arrays.datasetPaths(hdf);
      return paths.isEmpty() ? "no datasets" : paths.size() > 8
          ? String.join(", ", paths.subList(0, 8)) + ", … (" + paths.size() + " datasets)"
          : String.join(", ", paths);
    }
  }

  /** Like {@link DatasetFile#checkHdf5}, with a hint for {@code .mat} files of other versions. */
  private static void checkHdf5(Path path) {
    try {
      DatasetFile.checkHdf5(path);
    } catch (GalerkinException e) {
      if (path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".mat")
          && e.getMessage().contains("not an HDF5 file")) {
        throw new GalerkinException(path + " is a .mat file of neither version 5 nor 7.3 (no"
            + " MATLAB 5.0 header and no HDF5 signature: a v4 file, or damaged); re-save it in"
            + " MATLAB with save(FILE, '-v7.3') or scipy.io.savemat (v5); supported: "
            + supported(), e);
      }
      throw e;
    }
  }

  /** @return whether the file starts with MATLAB's v5 header (text, version 0x0100, IM or MI) */
  static boolean isMat5(Path path) {
    if (!Files.isRegularFile(path)) {
      return false;
    }
    byte[] head = new byte[128];
    try (InputStream in = Files.newInputStream(path)) {
      if (in.readNBytes(head, 0, 128) < 128) {
        return false;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + path + " failed: " + e.getMessage(), e);
    }
    String text = new String(head, 0, 19, StandardCharsets.ISO_8859_1);
    String endian = new String(head, 126, 2, StandardCharsets.ISO_8859_1);
    return text.equals("MATLAB 5.0 MAT-file") && Arrays.asList("IM", "MI").contains(endian);
  }
}
