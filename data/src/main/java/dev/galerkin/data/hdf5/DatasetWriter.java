package dev.galerkin.data.hdf5;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.AtomicFiles;
import dev.galerkin.data.DType;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.Field;
import dev.galerkin.data.NdArray;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableDataset;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes a {@link Dataset} to one HDF5 file in the layout of {@link Hdf5Format}: per-sample fields
 * chunked by whole samples, shuffled and deflated; coordinates contiguous; provenance as root
 * attributes. The file is written under a temporary name and renamed when complete.
 *
 * <p>jhdf writes each dataset from one in-memory array when the file is closed, so a dataset larger
 * than memory is written as shards ({@link ShardedDatasetWriter}).
 */
public final class DatasetWriter {
  private DatasetWriter() {}

  /**
   * @param dataset what to write, not modified
   * @param file the target file; its directory must exist
   * @param options storage options
   */
  public static void write(Dataset dataset, Path file, WriteOptions options) {
    write(dataset, file, options, name -> { });
  }

  /** As {@link #write(Dataset, Path, WriteOptions)}, calling {@code afterField} after each field. */
  static void write(Dataset dataset, Path file, WriteOptions options, Consumer<String> afterField) {
    AtomicFiles.write(file, options.overwrite(), tmp -> {
      try (WritableHdfFile out = HdfFile.write(tmp)) {
        out.putAttribute(Hdf5Format.FORMAT, Hdf5Format.KIND_DATASET);
        out.putAttribute(Hdf5Format.FORMAT_VERSION, Hdf5Format.VERSION);
        out.putAttribute(Hdf5Format.SAMPLES, dataset.sampleCount());
        putAttributes(out, dataset.attributes());
        for (Field f : dataset.fields().values()) {
          putField(out, f, options);
          afterField.accept(f.name());
        }
      }
    });
  }

  static void putAttributes(WritableHdfFile out, Map<String, Object> attributes) {
    attributes.forEach((k, v) -> {
      if (k.startsWith("galerkin_format") || k.equals(Hdf5Format.SAMPLES)) {
        throw new GalerkinException("attribute '" + k + "' is reserved for the file layout");
      }
      out.putAttribute(k, v);
    });
  }

  private static void putField(WritableHdfFile out, Field f, WriteOptions options) {
    NdArray values = f.values();
    WritableDataset ds;
    if (f.role().perSample()) {
      NdArray stored = values.dtype() == DType.INT32 ? values   // integers stay int32
          : options.storedType() == DType.FLOAT32 ? values.toFloat() : values.toDouble();
      long sampleBytes = stored.shape().sampleShape().size() * stored.dtype().bytes();
      int[] chunk = stored.shape().toIntArray();
      chunk[0] = options.samplesPerChunk(sampleBytes, stored.sampleCount());
      if (stored.sampleCount() == 0) {
        throw new GalerkinException("field '" + f.name() + "' has no samples; nothing to write");
      }
      DatasetCreationOptions.Builder b = DatasetCreationOptions.builder().chunkDimensions(chunk);
      if (options.shuffle() && options.deflateLevel() > 0) {
        b.shuffle();
      }
      if (options.deflateLevel() > 0) {
        b.deflate(options.deflateLevel());
      }
      ds = out.putDataset(f.name(), NestedArrays.toNested(stored), b.build());
    } else {
      ds = out.putDataset(f.name(), NestedArrays.toNested(values));
    }
    ds.putAttribute(Hdf5Format.ROLE, f.role().label());
  }
}
