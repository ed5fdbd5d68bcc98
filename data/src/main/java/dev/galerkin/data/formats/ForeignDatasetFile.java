package dev.galerkin.data.formats;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.data.hdf5.FieldInfo;
import dev.galerkin.meshes.BoundaryCondition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of another layout seen as a {@link DatasetFile}: each field is a {@link Source} that reads
 * samples {@code [from, to)} of it from the file when asked (the readers of this package build one
 * per field), so nothing is read at open but the metadata. Reads are serialised, as for a Galerkin
 * file. {@link #formatVersion()} is 0: the file has no Galerkin layout version.
 */
final class ForeignDatasetFile implements DatasetFile {

  /** Reads a field from the foreign file. */
  interface Source {
    /**
     * @return samples {@code [from, to)} of a per-sample field, shape {@code [to - from, ...]}; for a
     *     coordinate, {@code from = 0, to = 1} and the whole array
     */
    NdArray read(long from, long to);
  }

  /** One field: how it is stored and where its values come from. */
  record MappedField(FieldInfo info, Source source) {}

  private final Path path;
  private final Layout layout;
  private final List<FieldInfo> fields;
  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final Map<String, Object> attributes;
  private final long sampleCount;
  private final AutoCloseable resource;

  ForeignDatasetFile(Path path, Layout layout, List<MappedField> mapped,
      Map<String, Object> attributes, AutoCloseable resource) {
    this.path = path;
    this.layout = layout;
    this.resource = resource;
    List<FieldInfo> infos = new ArrayList<>();
    long n = -1;
    for (MappedField m : mapped) {
      infos.add(m.info());
      sources.put(m.info().name(), m.source());
      if (m.info().role().perSample()) {
        long k = m.info().shape().samples();
        if (n >= 0 && k != n) {
          throw new GalerkinException(path + ": " + layout.title() + " arrays disagree on the sample"
              + " count (" + n + " and " + k + " for '" + m.info().name() + "'); the file is"
              + " inconsistent, so re-download it");
        }
        n = k;
      }
    }
    if (n < 0) {
      throw new GalerkinException(path + ": no per-sample array found for the " + layout.title()
          + " layout (" + layout.mapping() + ")");
    }
    this.fields = List.copyOf(infos);
    this.sampleCount = n;
    Map<String, Object> attrs = new LinkedHashMap<>(attributes);
    attrs.put("source_format", layout.label());
    attrs.putIfAbsent("source_file", path.getFileName().toString());
    this.attributes = Collections.unmodifiableMap(attrs);
  }

  /** @return the layout the file was read as */
  Layout layout() {
    return layout;
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
    return 0;
  }

  @Override
  public List<BoundaryCondition> boundary() {
    return List.of();
  }

  @Override
  public long sampleCount() {
    return sampleCount;
  }

  @Override
  public synchronized NdArray readAll(String name) {
    FieldInfo info = field(name);
    return info.role().perSample() ? read(name, 0, sampleCount) : call(name, 0, 1);
  }

  @Override
  public synchronized NdArray read(String name, long from, long to) {
    checkRead(name, from, to);
    return call(name, from, to);
  }

  private NdArray call(String name, long from, long to) {
    try {
      return sources.get(name).read(from, to);
    } catch (GalerkinException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new GalerkinException(path + ": field '" + name + "' of this " + layout.title()
          + " file cannot be read (" + e.getMessage() + "); the file is damaged, so re-download it",
          e);
    }
  }

  @Override
  public void close() {
    try {
      resource.close();
    } catch (Exception e) {
      throw new GalerkinException(path + ": closing failed: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "DatasetFile[" + path + ", " + layout.title() + ", " + sampleCount + " samples]";
  }
}
