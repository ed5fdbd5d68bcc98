package dev.galerkin.data.hdf5;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.AtomicFiles;
import dev.galerkin.data.Dataset;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a dataset as a directory of shard files plus an index ({@link Hdf5Format}). Each shard is
 * a complete dataset file, written atomically, so generation can stop at any point and resume:
 * {@link #isComplete(int)} tells which shards already exist. {@link #finish(int)} writes the index
 * once every shard is there; only then does the directory open as a dataset.
 */
public final class ShardedDatasetWriter {
  private final Path dir;
  private final WriteOptions options;

  private ShardedDatasetWriter(Path dir, WriteOptions options) {
    this.dir = dir;
    this.options = options;
  }

  /**
   * Opens (and creates, if needed) a shard directory for writing.
   *
   * @param dir the directory; its parent must exist
   * @param options storage options; {@code overwrite} lets a complete directory be rewritten
   * @return the writer
   */
  public static ShardedDatasetWriter open(Path dir, WriteOptions options) {
    Path parent = dir.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new GalerkinException("cannot write shards to " + dir + ": directory " + parent
          + " does not exist; create it first");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new GalerkinException(dir + " exists and is a file; a shard directory needs its own"
          + " directory, so choose another path");
    }
    if (!options.overwrite() && Files.exists(dir.resolve(Hdf5Format.INDEX_FILE))) {
      throw new GalerkinException(dir + " already holds a complete sharded dataset; choose another"
          + " path or allow overwriting (--overwrite)");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
    }
    return new ShardedDatasetWriter(dir, options);
  }

  /** @return the directory being written */
  public Path directory() {
    return dir;
  }

  /** @return the path of shard {@code k} */
  public Path shardPath(int k) {
    return dir.resolve(Hdf5Format.shardFileName(k));
  }

  /** @return whether shard {@code k} was written completely (it opens as a dataset) */
  public boolean isComplete(int k) {
    Path p = shardPath(k);
    if (!Files.exists(p)) {
      return false;
    }
    try (DatasetFile f = SingleDatasetFile.open(p)) {
      return f.sampleCount() > 0;
    } catch (GalerkinException e) {
      return false;
    }
  }

  /** Writes shard {@code k} atomically, replacing an earlier incomplete or complete one. */
  public void writeShard(int k, Dataset shard) {
    DatasetWriter.write(shard, shardPath(k), options.withOverwrite(true));
  }

  /**
   * Writes the index of shards {@code 0 … count−1}, each of which must be complete.
   *
   * @param count the number of shards
   */
  public void finish(int count) {
    if (count < 1) {
      throw new GalerkinException("a sharded dataset needs at least one shard; got " + count);
    }
    String[] files = new String[count];
    long[] samples = new long[count];
    for (int k = 0; k < count; k++) {
      files[k] = Hdf5Format.shardFileName(k);
      if (!Files.exists(shardPath(k))) {
        throw new GalerkinException(dir + ": shard " + files[k] + " is missing; write it before"
            + " finishing the index");
      }
      try (DatasetFile f = SingleDatasetFile.open(shardPath(k))) {
        samples[k] = f.sampleCount();
      }
    }
    writeIndex(dir.resolve(Hdf5Format.INDEX_FILE), samples);
  }

  /**
   * Writes a shard index atomically: shards {@code shard-00000.h5 …} holding {@code samples[k]}
   * samples each. {@link #finish(int)} counts them from the files; a writer whose shards live on
   * another file system (a distributed engine's Hadoop output) gives the counts it knows.
   *
   * @param index the index file to write ({@link Hdf5Format#INDEX_FILE} in the shard directory)
   * @param samples samples per shard, each {@code >= 1}
   */
  public static void writeIndex(Path index, long[] samples) {
    if (samples.length < 1) {
      throw new GalerkinException("a sharded dataset needs at least one shard; got none");
    }
    String[] files = new String[samples.length];
    for (int k = 0; k < samples.length; k++) {
      if (samples[k] < 1) {
        throw new GalerkinException("shard " + k + " would hold " + samples[k] + " samples; every"
            + " shard holds at least one");
      }
      files[k] = Hdf5Format.shardFileName(k);
    }
    long[] counts = samples.clone();
    AtomicFiles.write(index, true, tmp -> {
      try (WritableHdfFile out = HdfFile.write(tmp)) {
        out.putAttribute(Hdf5Format.FORMAT, Hdf5Format.KIND_SHARD_INDEX);
        out.putAttribute(Hdf5Format.FORMAT_VERSION, Hdf5Format.VERSION);
        out.putAttribute(Hdf5Format.SHARD_FILES, files);
        out.putAttribute(Hdf5Format.SHARD_SAMPLES, counts);
      }
    });
  }
}
