package dev.galerkin.data.formats;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.AtomicFiles;
import dev.galerkin.data.Dataset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Writes a dataset for other programs: the PDEBench layout of its equation (h5py and PDEBench's
 * loaders read it), a NumPy {@code .npz} archive ({@code numpy.load}), or a MATLAB v5 {@code .mat}
 * file ({@code scipy.io.loadmat}, MATLAB's {@code load}). What {@code galerkin export} does. The
 * file is written under a temporary name and renamed when complete.
 */
public final class Export {
  /** What to write. */
  public enum Target {
    /** PDEBench's 2D Darcy, 1D or per-seed layout, see {@link PdebenchFiles#write}. */
    PDEBENCH,
    /** NumPy {@code .npz}: one array per field, see {@link NpzFiles}. */
    NPZ,
    /** MATLAB v5 {@code .mat} through mfl-core: one variable per field, MATLAB's axis order. */
    MAT;

    /** @return the target named {@code name} (pdebench, npz, mat); throws listing them otherwise */
    public static Target parse(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new GalerkinException("--to " + name + " is not known; use one of "
            + Arrays.stream(values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList());
      }
    }
  }

  private Export() {}

  /**
   * @param ds the dataset, in memory
   * @param to the format
   * @param file where to write; replaced only when {@code overwrite}
   */
  public static void write(Dataset ds, Target to, Path file, boolean overwrite) {
    AtomicFiles.write(file, overwrite, tmp -> {
      switch (to) {
        case PDEBENCH -> PdebenchFiles.write(ds, tmp);
        case NPZ -> NpzFiles.write(ds, tmp);
        case MAT -> Mat5Files.write(ds, tmp);
        default -> throw new IllegalStateException(to.toString());
      }
    });
  }
}
