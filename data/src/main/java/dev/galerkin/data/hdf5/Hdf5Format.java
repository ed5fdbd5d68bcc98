package dev.galerkin.data.hdf5;

/**
 * Names in Galerkin's HDF5 files (the README's "HDF5 layout" section shows them in full).
 *
 * <pre>
 * dataset.h5
 *   /                 attributes: galerkin_format = "dataset", galerkin_format_version = 3,
 *                     samples, pde, generator, solver, solver_tolerance, resolution, seed,
 *                     boundary (since version 2: "dirichlet,dirichlet", one per spatial axis),
 *                     galerkin_version, created, param.* …
 *   /a  float32 [N, 85, 85]   chunked [c, 85, 85], shuffle + deflate; attribute role = "input"
 *   /u  float32 [N, 85, 85]   …                                          role = "output"
 *   /x  float64 [85]                                                     role = "coordinate"
 *
 * shards/                 a dataset too large for one file
 *   index.h5          attributes: galerkin_format = "shard-index", shard_files, shard_samples
 *   shard-00000.h5    a complete dataset file holding samples [0, K)
 *   shard-00001.h5    samples [K, 2K) …
 * </pre>
 */
public final class Hdf5Format {
  /** Root attribute naming the kind of Galerkin file. */
  public static final String FORMAT = "galerkin_format";
  /** Root attribute: the layout version, {@value #VERSION} for this layout. */
  public static final String FORMAT_VERSION = "galerkin_format_version";
  /** Value of {@link #FORMAT} in a dataset file. */
  public static final String KIND_DATASET = "dataset";
  /** Value of {@link #FORMAT} in a shard index. */
  public static final String KIND_SHARD_INDEX = "shard-index";
  /**
   * The layout version written by this build. Version 2 added the {@code boundary} attribute; files
   * of version 1 still load, their boundary inferred from their {@code preset} where known.
   * Version 3 added mesh datasets ({@link MeshDatasetFile}: root attribute {@code sample_layout =
   * "mesh"}, ragged samples with offsets); a grid dataset of version 3 is laid out as in version 2.
   */
  public static final long VERSION = 3;
  /** Root attribute: the number of samples. */
  public static final String SAMPLES = "samples";
  /** Per-field attribute: {@code input}, {@code output} or {@code coordinate}. */
  public static final String ROLE = "role";
  /** The index file of a shard directory. */
  public static final String INDEX_FILE = "index.h5";
  /** Index attribute: shard file names, in sample order. */
  public static final String SHARD_FILES = "shard_files";
  /** Index attribute: samples per shard, in the same order. */
  public static final String SHARD_SAMPLES = "shard_samples";

  private Hdf5Format() {}

  /** @return the file name of shard {@code k}: {@code shard-00000.h5} */
  public static String shardFileName(int k) {
    return String.format("shard-%05d.h5", k);
  }

  /**
   * Throws unless the root of {@code hdf} says it is a Galerkin file of {@code kind} in a layout
   * version this build reads.
   *
   * @param path the file, for messages
   * @param kind the expected {@link #FORMAT} value, for example {@link #KIND_DATASET}
   * @param maxVersion the newest layout version this build reads (it reads 1 to that)
   * @param hint what to do when the kind is wrong, for example "give a file written by galerkin train"
   * @return the file's layout version
   */
  public static long check(java.nio.file.Path path, io.jhdf.HdfFile hdf, String kind,
      long maxVersion, String hint) {
    io.jhdf.api.Attribute format = hdf.getAttribute(FORMAT);
    if (format == null || !kind.equals(format.getData())) {
      throw new dev.galerkin.GalerkinException(path + " is an HDF5 file but not a Galerkin " + kind
          + " file"
          + " (root attribute " + FORMAT + " = " + (format == null ? "absent" : "'"
          + format.getData() + "'") + "); " + hint);
    }
    io.jhdf.api.Attribute version = hdf.getAttribute(FORMAT_VERSION);
    long v = version == null ? -1 : ((Number) version.getData()).longValue();
    if (v < 1 || v > maxVersion) {
      throw new dev.galerkin.GalerkinException(path + " has layout version " + v + " but this"
          + " Galerkin reads versions 1 to " + maxVersion + "; upgrade Galerkin");
    }
    return v;
  }
}
