package dev.galerkin.data.hdf5;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.BoundaryCondition;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.api.dataset.ChunkedDataset;
import java.lang.reflect.Array;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dataset file opened with jhdf; see {@link DatasetFile}. Reads are serialised, so a training
 * and a validation batch iterator may share one open file.
 */
final class SingleDatasetFile implements DatasetFile {
  private final Path path;
  private final HdfFile hdf;
  private final List<FieldInfo> fields;
  private final Map<String, Dataset> datasets = new LinkedHashMap<>();
  private final Map<String, Object> attributes;
  private final long sampleCount;
  private final boolean ownsChannel;
  private final long formatVersion;
  private final List<BoundaryCondition> boundary;

  private SingleDatasetFile(Path path, HdfFile hdf, boolean ownsChannel) {
    this.path = path;
    this.hdf = hdf;
    this.ownsChannel = ownsChannel;
    this.attributes = Collections.unmodifiableMap(readAttributes(path, hdf.getAttributes(), true));
    this.formatVersion = checkFormat(path, hdf, Hdf5Format.KIND_DATASET);
    if (MeshDatasetFile.isMeshDataset(hdf)) {
      throw new GalerkinException(path + " is a mesh dataset (each sample has its own mesh), which"
          + " grid models do not read; train mmgp on it (`galerkin train mmgp --data " + path
          + "`) or describe it with `galerkin info`");
    }
    try {
      this.boundary = LegacyLayouts.boundary(formatVersion, attributes);
    } catch (GalerkinException e) {
      throw new GalerkinException(path + ": " + e.getMessage(), e);
    }
    List<FieldInfo> infos = new ArrayList<>();
    long n = -1;
    String first = null;
    for (Node node : hdf) {
      if (!(node instanceof Dataset ds)) {
        continue;
      }
      FieldInfo info = describe(path, ds);
      infos.add(info);
      datasets.put(info.name(), ds);
      if (info.role().perSample()) {
        long m = info.shape().samples();
        if (n < 0) {
          n = m;
          first = info.name();
        } else if (m != n) {
          throw new GalerkinException(path + ": fields disagree on the sample count: '" + first
              + "' has " + n + " samples but '" + info.name() + "' has " + m
              + "; the file is inconsistent, so regenerate it");
        }
      }
    }
    if (n < 0) {
      throw new GalerkinException(path + " holds no input or output field (datasets with attribute"
          + " role = input|output); it is not a Galerkin dataset");
    }
    this.fields = List.copyOf(infos);
    this.sampleCount = n;
  }

  static SingleDatasetFile open(Path path) {
    return open(path, null);
  }

  /**
   * Opens {@code path}, reading through {@code channel} when it is not {@code null} (tests pass a
   * channel that counts the bytes read).
   */
  static SingleDatasetFile open(Path path, FileChannel channel) {
    Hdf5Files.checkReadable(path);
    HdfFile hdf;
    try {
      hdf = channel == null ? new HdfFile(path) : new HdfFile(channel);
    } catch (RuntimeException e) {
      throw new GalerkinException(path + " is a damaged HDF5 file (" + e.getMessage()
          + "); regenerate or re-download it", e);
    }
    try {
      return new SingleDatasetFile(path, hdf, channel == null);
    } catch (RuntimeException e) {
      if (channel == null) {
        hdf.close();
      }
      if (e instanceof GalerkinException) {
        throw e;
      }
      throw new GalerkinException(path + " is a damaged HDF5 file (" + e + "); regenerate or"
          + " re-download it", e);
    }
  }

  /**
   * Throws unless the root says this is a Galerkin file of {@code kind} this build can read.
   *
   * @return the file's layout version, 1 to {@link Hdf5Format#VERSION}
   */
  static long checkFormat(Path path, HdfFile hdf, String kind) {
    return Hdf5Format.check(path, hdf, kind, Hdf5Format.VERSION,
        "see the README's HDF5 layout for what a dataset holds");
  }

  private static FieldInfo describe(Path path, Dataset ds) {
    Attribute roleAttr = ds.getAttribute(Hdf5Format.ROLE);
    if (roleAttr == null) {
      throw new GalerkinException(path + ": dataset '" + ds.getName() + "' has no '"
          + Hdf5Format.ROLE + "' attribute; set it to input, output or coordinate");
    }
    FieldRole role = FieldRole.fromLabel(String.valueOf(roleAttr.getData()));
    Shape shape = Shape.of(ds.getDimensionsAsLong());
    Shape chunk = null;
    if (ds instanceof ChunkedDataset c) {
      chunk = Shape.of(c.getChunkDimensions());
    }
    return new FieldInfo(ds.getName(), role, shape, Hdf5Values.typeName(ds), chunk,
        Hdf5Values.compression(ds), ds.getStorageInBytes());
  }

  /** Attributes as Galerkin values (see {@link Hdf5Values}), without the layout's own. */
  static Map<String, Object> readAttributes(Path path, Map<String, Attribute> raw, boolean strip) {
    Map<String, Object> out = Hdf5Values.attributes(raw);
    if (strip) {
      out.keySet().removeIf(k -> k.startsWith("galerkin_format") || k.equals(Hdf5Format.SAMPLES)
          || k.equals("_jHDF"));
    }
    return out;
  }

  @Override
  public Path path() {
    return path;
  }

  @Override
  public List<FieldInfo> fields() {
    return fields;
  }

  @Override
  public Map<String, Object> attributes() {
    return attributes;
  }

  @Override
  public long formatVersion() {
    return formatVersion;
  }

  @Override
  public List<BoundaryCondition> boundary() {
    return boundary;
  }

  @Override
  public long sampleCount() {
    return sampleCount;
  }

  @Override
  public synchronized NdArray readAll(String name) {
    FieldInfo info = field(name);
    try {
      return NestedArrays.toFlat(datasets.get(name).getData(), info.shape());
    } catch (RuntimeException e) {
      throw damaged(name, "", e);
    }
  }

  @Override
  public synchronized NdArray read(String name, long from, long to) {
    FieldInfo info = checkRead(name, from, to);
    Shape out = info.shape().withSamples(to - from);
    if (from == to) {
      return NestedArrays.toFlat(Array.newInstance(javaType(name), 0), out);
    }
    long[] offset = new long[out.rank()];
    offset[0] = from;
    int[] dims = out.toIntArray();
    try {
      return NestedArrays.toFlat(datasets.get(name).getData(offset, dims), out);
    } catch (RuntimeException e) {
      throw damaged(name, " samples [" + from + ", " + to + ")", e);
    }
  }

  private Class<?> javaType(String name) {
    return datasets.get(name).getJavaType();
  }

  private GalerkinException damaged(String name, String what, RuntimeException e) {
    if (e instanceof GalerkinException g) {
      return g;
    }
    return new GalerkinException(path + ": field '" + name + "'" + what + " cannot be read ("
        + e.getMessage() + "); the file is damaged, so regenerate or re-download it", e);
  }

  @Override
  public void close() {
    // jhdf 0.13.0 fails to close an HdfFile opened on a caller's channel; the caller closes it
    if (ownsChannel) {
      hdf.close();
    }
  }

  @Override
  public String toString() {
    return "DatasetFile[" + path + ", " + sampleCount + " samples]";
  }
}
