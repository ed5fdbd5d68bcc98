package dev.galerkin.data.hdf5;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.FieldStatistics;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.SampleSource;
import dev.galerkin.data.formats.Layout;
import dev.galerkin.data.formats.Layouts;
import dev.galerkin.data.formats.ReadOptions;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A dataset on disk, opened for reading: one HDF5 file, or a shard directory that reads exactly like
 * one file (ranges may cross shard borders). Reading samples {@code [i, j)} reads only the chunks
 * that hold them. Reads may come from several threads (a batch iterator prefetches on its own).
 *
 * <pre>{@code
 * try (DatasetFile f = DatasetFile.open(Path.of("darcy.h5"))) {
 *   NdArray a = f.read("a", 0, 64);      // [64, 85, 85], the first 64 samples only
 *   Dataset all = f.toDataset();         // everything, in memory
 * }
 * }</pre>
 */
public interface DatasetFile extends SampleSource, AutoCloseable {

  /**
   * Opens a dataset file or shard directory, or a file in a layout of another project that
   * {@link Layouts#detect} recognises (PDEBench, MATLAB {@code .mat} v7.3 and v5), read lazily as a
   * dataset; throws a one-line error naming what the file holds when it is in none.
   *
   * @param path an {@code .h5} file, a directory holding {@link Hdf5Format#INDEX_FILE}, or a
   *     foreign file
   * @return the open dataset; close it when done
   */
  static DatasetFile open(Path path) {
    if (Files.isDirectory(path) && Files.exists(path.resolve(Hdf5Format.INDEX_FILE))) {
      return ShardedDatasetFile.open(path);
    }
    return Layouts.open(path, 1);
  }

  /**
   * Opens {@code path} as {@code options} say: a forced layout or detection, FNO's subsampling,
   * and the datasets and sample axis of a plain HDF5 file.
   *
   * @param path as for {@link #open(Path)}
   * @param options how to read it ({@link ReadOptions#detect()}: as {@link #open(Path)})
   * @return the open dataset; close it when done
   */
  static DatasetFile open(Path path, ReadOptions options) {
    boolean galerkin = options.layout() == null || options.layout() == Layout.GALERKIN;
    if (galerkin && Files.isDirectory(path) && Files.exists(path.resolve(Hdf5Format.INDEX_FILE))) {
      if (options.subsample() > 1 || options.sampleAxis() >= 0
          || !options.coordinates().isEmpty()) {
        throw new GalerkinException((options.subsample() > 1 ? "subsample = "
            + options.subsample() + " applies to .mat files" : (options.sampleAxis() >= 0
            ? "--sample-axis" : "--coordinates") + " applies to plain HDF5 files") + " only; " + path + " is a Galerkin shard directory, so drop it");
      }
      return ShardedDatasetFile.open(path);
    }
    return Layouts.open(path, options);
  }

  /**
   * Opens {@code path} read as {@code layout}, without detection.
   *
   * @param layout how to read it; {@link Layout#GALERKIN} checks that it is a complete Galerkin
   *     dataset file or shard directory
   * @return the open dataset; close it when done
   */
  static DatasetFile open(Path path, Layout layout) {
    if (layout != Layout.GALERKIN) {
      return Layouts.open(path, layout, 1);
    }
    if (Files.isDirectory(path) && Files.exists(path.resolve(Hdf5Format.INDEX_FILE))) {
      return ShardedDatasetFile.open(path);
    }
    return SingleDatasetFile.open(path);
  }

  /**
   * Throws a one-line {@link GalerkinException} unless {@code file} is a complete HDF5 file: it names
   * a missing file, a file that is not HDF5, and a truncated one. Model and normaliser files use it
   * too.
   *
   * @param file the file to check
   */
  public static void checkHdf5(Path file) {
    Hdf5Files.checkReadable(file);
  }

  /** @return the file or directory this was opened from */
  Path path();

  /** @return how each field is stored, in file order */
  List<FieldInfo> fields();

  /** @return the storage of field {@code name}; throws naming the known fields if absent */
  default FieldInfo field(String name) {
    for (FieldInfo f : fields()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    throw new GalerkinException(path() + " has no field '" + name + "'; it has "
        + fields().stream().map(FieldInfo::name).toList());
  }

  /** @return the provenance attributes (without the layout's own {@code galerkin_format*}) */
  Map<String, Object> attributes();

  /**
   * @return the layout version of the file ({@link Hdf5Format#FORMAT_VERSION}), 1 to
   *     {@link Hdf5Format#VERSION}; of the first shard for a shard directory
   */
  long formatVersion();

  /**
   * The boundary condition of each spatial axis: the {@code boundary} attribute, or for a file of
   * layout version 1 (which had none) the boundary of its {@code preset} where that is a known
   * preset; empty when unknown.
   */
  @Override
  List<BoundaryCondition> boundary();

  /** @return the bytes the file or directory takes on disk; by default the size of {@link #path()} */
  default long sizeOnDisk() {
    try {
      return Files.size(path());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the per-sample fields, inputs then outputs, each in file order */
  @Override
  default List<String> sampleFieldNames() {
    List<String> out = new ArrayList<>();
    fields().stream().filter(f -> f.role() == FieldRole.INPUT).forEach(f -> out.add(f.name()));
    fields().stream().filter(f -> f.role() == FieldRole.OUTPUT).forEach(f -> out.add(f.name()));
    return out;
  }

  @Override
  default Shape shape(String field) {
    return field(field).shape();
  }

  /**
   * Checks a read of samples {@code [from, to)} of field {@code name}: one-line errors for a
   * coordinate (read it with {@link #readAll}) and for a range outside {@code [0, N)}.
   *
   * @return the field's storage
   */
  default FieldInfo checkRead(String name, long from, long to) {
    FieldInfo info = field(name);
    if (!info.role().perSample()) {
      throw new GalerkinException(path() + ": field '" + name + "' is a coordinate; read it with"
          + " readAll");
    }
    long n = info.shape().samples();
    if (from < 0 || to > n || from > to) {
      throw new GalerkinException(path() + ": sample range [" + from + ", " + to + ") of field '"
          + name + "' is outside [0, " + n + ")");
    }
    return info;
  }

  /** @return the whole field {@code name}, coordinates included */
  NdArray readAll(String name);

  /**
   * Summarises a field in blocks of samples, so a field larger than memory can be checked.
   *
   * @param name the field
   * @return min, max, mean and the NaN and Inf counts
   */
  default FieldStatistics statistics(String name) {
    FieldInfo info = field(name);
    FieldStatistics.Accumulator acc = new FieldStatistics.Accumulator();
    if (!info.role().perSample()) {
      acc.add(readAll(name));
      return acc.result();
    }
    long n = info.shape().samples();
    long per = Math.max(1, info.shape().sampleShape().size());
    long block = Math.max(1, (16L << 20) / per);
    for (long i = 0; i < n; i += block) {
      acc.add(read(name, i, Math.min(n, i + block)));
    }
    return acc.result();
  }

  /**
   * @return every field and attribute, read into memory; the boundary of a version-1 file, when
   *     inferred, becomes a {@code boundary} attribute
   */
  default Dataset toDataset() {
    Dataset.Builder b = Dataset.builder();
    for (FieldInfo f : fields()) {
      NdArray values = readAll(f.name());
      switch (f.role()) {
        case INPUT -> b.input(f.name(), values);
        case OUTPUT -> b.output(f.name(), values);
        case COORDINATE -> b.coordinate(f.name(), values);
        default -> throw new IllegalStateException(f.role().toString());
      }
    }
    b.attributes(attributes());
    if (!boundary().isEmpty() && !attributes().containsKey(DatasetAttributes.BOUNDARY)) {
      b.attribute(DatasetAttributes.BOUNDARY, BoundaryCondition.formatAxes(boundary()));
    }
    return b.build();
  }

  @Override
  void close();
}
