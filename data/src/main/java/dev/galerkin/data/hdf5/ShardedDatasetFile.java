package dev.galerkin.data.hdf5;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.NdArrays;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.BoundaryCondition;
import io.jhdf.HdfFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A shard directory read as one dataset: the index lists the shard files in sample order, each a
 * complete dataset file. Ranges that cross a shard border are read from each shard and joined.
 */
final class ShardedDatasetFile implements DatasetFile {
  private final Path dir;
  private final List<SingleDatasetFile> shards;
  private final long[] starts;
  private final long sampleCount;
  private final List<FieldInfo> fields;

  private ShardedDatasetFile(Path dir, List<SingleDatasetFile> shards) {
    this.dir = dir;
    this.shards = shards;
    this.starts = new long[shards.size() + 1];
    for (int k = 0; k < shards.size(); k++) {
      starts[k + 1] = starts[k] + shards.get(k).sampleCount();
    }
    this.sampleCount = starts[shards.size()];
    this.fields = mergeFields(dir, shards, sampleCount);
  }

  static ShardedDatasetFile open(Path dir) {
    Path index = dir.resolve(Hdf5Format.INDEX_FILE);
    Hdf5Files.checkReadable(index);
    String[] files;
    long[] counts;
    try (HdfFile hdf = new HdfFile(index)) {
      SingleDatasetFile.checkFormat(index, hdf, Hdf5Format.KIND_SHARD_INDEX);
      files = (String[]) hdf.getAttribute(Hdf5Format.SHARD_FILES).getData();
      counts = (long[]) hdf.getAttribute(Hdf5Format.SHARD_SAMPLES).getData();
    } catch (GalerkinException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new GalerkinException(index + " is a damaged shard index (" + e.getMessage()
          + "); re-run the command that wrote the directory", e);
    }
    List<SingleDatasetFile> shards = new ArrayList<>();
    try {
      for (int k = 0; k < files.length; k++) {
        Path p = dir.resolve(files[k]);
        if (!Files.exists(p)) {
          throw new GalerkinException(dir + ": shard " + files[k] + " listed in the index is missing;"
              + " re-run the generating command with --resume to rebuild it");
        }
        SingleDatasetFile s = SingleDatasetFile.open(p);
        shards.add(s);
        if (s.sampleCount() != counts[k]) {
          throw new GalerkinException(p + " holds " + s.sampleCount() + " samples but the index says "
              + counts[k] + "; re-run the generating command with --resume");
        }
      }
      return new ShardedDatasetFile(dir, shards);
    } catch (RuntimeException e) {
      shards.forEach(SingleDatasetFile::close);
      throw e;
    }
  }

  private static List<FieldInfo> mergeFields(Path dir, List<SingleDatasetFile> shards, long n) {
    if (shards.isEmpty()) {
      throw new GalerkinException(dir + ": the shard index lists no shards");
    }
    List<FieldInfo> first = shards.get(0).fields();
    List<FieldInfo> out = new ArrayList<>();
    for (FieldInfo f : first) {
      long bytes = 0;
      for (SingleDatasetFile s : shards) {
        FieldInfo g = s.field(f.name());
        boolean same = g.role() == f.role() && g.storedType().equals(f.storedType())
            && (f.role().perSample() ? g.shape().sampleShape().equals(f.shape().sampleShape())
                : g.shape().equals(f.shape()));
        if (!same) {
          throw new GalerkinException(s.path() + ": field '" + f.name() + "' is " + g.storedType()
              + g.shape() + " (" + g.role().label() + ") but the first shard has " + f.storedType()
              + f.shape() + " (" + f.role().label() + "); shards of one dataset must agree");
        }
        bytes += g.storageBytes();
      }
      Shape shape = f.role().perSample() ? f.shape().withSamples(n) : f.shape();
      out.add(new FieldInfo(f.name(), f.role(), shape, f.storedType(), f.chunkShape(),
          f.compression(), bytes));
    }
    return List.copyOf(out);
  }

  @Override
  public Path path() {
    return dir;
  }

  @Override
  public List<FieldInfo> fields() {
    return fields;
  }

  @Override
  public Map<String, Object> attributes() {
    return shards.get(0).attributes();
  }

  @Override
  public long formatVersion() {
    return shards.get(0).formatVersion();
  }

  @Override
  public List<BoundaryCondition> boundary() {
    return shards.get(0).boundary();
  }

  @Override
  public long sampleCount() {
    return sampleCount;
  }

  @Override
  public long sizeOnDisk() {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public NdArray readAll(String name) {
    FieldInfo info = field(name);
    return info.role() == FieldRole.COORDINATE ? shards.get(0).readAll(name)
        : read(name, 0, sampleCount);
  }

  @Override
  public NdArray read(String name, long from, long to) {
    FieldInfo info = field(name);
    if (from < 0 || to > sampleCount || from > to) {
      throw new GalerkinException(dir + ": sample range [" + from + ", " + to + ") of field '"
          + name + "' is outside [0, " + sampleCount + ")");
    }
    if (!info.role().perSample()) {
      return shards.get(0).read(name, from, to);
    }
    List<NdArray> parts = new ArrayList<>();
    for (int k = 0; k < shards.size(); k++) {
      long lo = Math.max(from, starts[k]);
      long hi = Math.min(to, starts[k + 1]);
      if (lo < hi) {
        parts.add(shards.get(k).read(name, lo - starts[k], hi - starts[k]));
      }
    }
    if (parts.isEmpty()) {
      return shards.get(0).read(name, 0, 0);
    }
    return parts.size() == 1 ? parts.get(0) : NdArrays.concatenate(parts);
  }

  @Override
  public void close() {
    shards.forEach(SingleDatasetFile::close);
  }

  @Override
  public String toString() {
    return "DatasetFile[" + dir + ", " + shards.size() + " shards, " + sampleCount + " samples]";
  }
}
