package dev.galerkin.spark;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.hdf5.Hdf5Format;
import dev.galerkin.data.hdf5.ShardedDatasetWriter;
import dev.galerkin.solvers.generate.DatasetGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * A shard directory on a Hadoop-compatible file system ({@code hdfs://}, {@code s3a://},
 * {@code abfs://}, {@code file:///}…), through Hadoop's client. HDF5 is written by a library that
 * needs a local file, so each task writes its shard to a local temporary directory and uploads it
 * under a temporary name, then renames it into place (atomic on HDFS; a copy on object stores,
 * where the name appears only when the copy is whole). The driver decides overwrite and resume on a
 * local mirror (the index, and for {@code --resume} copies of the existing shards, which the usual
 * checks open), and uploads the index last.
 */
final class HadoopOutput {
  private static final Pattern URI_FORM = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://.*");
  private static final Pattern SHARD = Pattern.compile("shard-\\d{5}\\.h5");

  private HadoopOutput() {}

  /** @return whether {@code output} is a file system URI rather than a path */
  static boolean isUri(String output) {
    return URI_FORM.matcher(output).matches();
  }

  /** @return the Hadoop settings in {@code conf}: {@code spark.hadoop.KEY} as {@code KEY} */
  static Map<String, String> hadoopSettings(Map<String, String> conf) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    conf.forEach((k, v) -> {
      if (k.startsWith("spark.hadoop.")) {
        out.put(k.substring("spark.hadoop.".length()), v);
      }
    });
    return out;
  }

  static FileSystem fileSystem(String uri, Map<String, String> hadoop) {
    Configuration c = new Configuration();
    hadoop.forEach(c::set);
    try {
      FileSystem fs = FileSystem.get(URI.create(uri), c);
      fs.setWriteChecksum(false); // no .crc side files on file:///
      return fs;
    } catch (IOException | IllegalArgumentException e) {
      throw new GalerkinException("--out " + uri + ": no Hadoop file system for it (" + e
          .getMessage() + "); check the URI, and give the file system's settings with --conf"
          + " spark.hadoop.KEY=VALUE");
    }
  }

  /**
   * Copies what the remote directory holds into {@code stage}: the index as it is, the shards for
   * a resumed run (so they can be checked), empty placeholders otherwise (their names are what
   * overwrite and the refusals look at).
   */
  static void mirror(String uri, Map<String, String> hadoop, Path stage, boolean resume) {
    FileSystem fs = fileSystem(uri, hadoop);
    org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(uri);
    try {
      Files.createDirectories(stage);
      if (!fs.exists(dir)) {
        return;
      }
      if (!fs.getFileStatus(dir).isDirectory()) {
        throw new GalerkinException("--out " + uri + " is a file, but --shard-size writes a"
            + " directory; choose another --out");
      }
      for (FileStatus st : fs.listStatus(dir)) {
        String name = st.getPath().getName();
        Path local = stage.resolve(name);
        if (name.equals(Hdf5Format.INDEX_FILE) || (resume && SHARD.matcher(name).matches())) {
          fs.copyToLocalFile(false, st.getPath(), new org.apache.hadoop.fs.Path(local.toUri()), true);
        } else if (SHARD.matcher(name).matches()) {
          Files.createFile(local);
        }
      }
    } catch (IOException e) {
      throw new GalerkinException("--out " + uri + ": cannot list it (" + e.getMessage() + ")");
    }
  }

  /** Deletes the remote index and shards (what {@code --overwrite} removes). */
  static void deleteDataset(String uri, Map<String, String> hadoop) {
    FileSystem fs = fileSystem(uri, hadoop);
    org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(uri);
    try {
      if (!fs.exists(dir)) {
        return;
      }
      for (FileStatus st : fs.listStatus(dir)) {
        String name = st.getPath().getName();
        if (name.equals(Hdf5Format.INDEX_FILE) || SHARD.matcher(name).matches()) {
          fs.delete(st.getPath(), false);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the old dataset in " + uri + ": "
          + e.getMessage(), e);
    }
  }

  /** The body of a task: shard {@code k} written locally, then uploaded and renamed into place. */
  static void makeShard(GenerationJob job, int k, int attempt) {
    Path local = null;
    try {
      local = Files.createTempDirectory("galerkin-shard-");
      DatasetGenerator g = job.generator(local.resolve("out"));
      g.writeShard(k);
      upload(job.remote(), job.hadoop(), local.resolve("out").resolve(Hdf5Format.shardFileName(k)),
          Hdf5Format.shardFileName(k), attempt);
    } catch (IOException e) {
      throw new UncheckedIOException("shard " + k + ": " + e.getMessage(), e);
    } finally {
      deleteLocal(local);
    }
  }

  /** Uploads {@code file} as {@code name} into the remote directory: temporary name, then rename. */
  static void upload(String uri, Map<String, String> hadoop, Path file, String name, int attempt) {
    FileSystem fs = fileSystem(uri, hadoop);
    org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(uri);
    org.apache.hadoop.fs.Path tmp = new org.apache.hadoop.fs.Path(dir, "." + name + "." + attempt
        + ".tmp");
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(dir, name);
    try {
      fs.mkdirs(dir);
      fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(file.toUri()), tmp);
      fs.delete(target, false);
      if (!fs.rename(tmp, target)) {
        throw new IOException("rename of " + tmp + " to " + target + " failed");
      }
    } catch (IOException e) {
      try {
        fs.delete(tmp, false);
      } catch (IOException ignored) {
        // the temporary name is ignored by every reader; the next run overwrites it
      }
      throw new UncheckedIOException("cannot write " + target + " (" + e.getMessage() + "); every"
          + " executor must be able to write --out " + uri, e);
    }
  }

  /**
   * The driver's last step: deletes remote shards beyond this run's, writes the index of the
   * shards' sample counts locally and uploads it.
   */
  static void finish(String uri, Map<String, String> hadoop, DatasetGenerator g, Path stage) {
    int count = g.shardCount();
    long[] samples = new long[count];
    for (int k = 0; k < count; k++) {
      samples[k] = g.shardSamples(k);
    }
    FileSystem fs = fileSystem(uri, hadoop);
    org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(uri);
    try {
      for (FileStatus st : fs.listStatus(dir)) {
        String name = st.getPath().getName();
        if (!SHARD.matcher(name).matches()) {
          continue;
        }
        int k = Integer.parseInt(name.substring(6, 11));
        if (k >= count) {
          fs.delete(st.getPath(), false);
        } else if (st.getLen() == 0) {
          throw new GalerkinException(uri + ": " + name + " is empty after the run; rerun with"
              + " --resume");
        }
      }
      for (int k = 0; k < count; k++) {
        if (!fs.exists(new org.apache.hadoop.fs.Path(dir, Hdf5Format.shardFileName(k)))) {
          throw new GalerkinException(uri + ": " + Hdf5Format.shardFileName(k) + " is missing after"
              + " the run; rerun with --resume");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + uri + ": " + e.getMessage(), e);
    }
    Path index = stage.resolve("upload-" + Hdf5Format.INDEX_FILE);
    ShardedDatasetWriter.writeIndex(index, samples);
    upload(uri, hadoop, index, Hdf5Format.INDEX_FILE, 0);
  }

  static void deleteLocal(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (var s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
