package dev.galerkin.data;

import dev.galerkin.GalerkinException;
import dev.galerkin.GalerkinVersion;
import dev.galerkin.meshes.BoundaryCondition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named fields plus attributes: what a solver produces and a model learns from.
 *
 * <p>Fields are inputs (for example the coefficient {@code a} of Darcy flow, shape
 * {@code [N, 85, 85]}), outputs (the solution {@code u}) and coordinates shared by all samples
 * ({@code x}, {@code y}, {@code t}). Attributes record provenance (see {@link DatasetAttributes}):
 * the PDE, its parameters, the generator and solver with its tolerance, the resolution, the seed,
 * the Galerkin version and the creation time. Values are {@code String}, {@code Long},
 * {@code Double}, {@code long[]} or {@code double[]}.
 *
 * <p>Construction checks that every per-sample field has the same number of samples.
 */
public final class Dataset implements SampleSource {
  private final Map<String, Field> fields;
  private final Map<String, Object> attributes;
  private final long sampleCount;

  private Dataset(Map<String, Field> fields, Map<String, Object> attributes) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    this.sampleCount = checkSampleCounts(this.fields);
  }

  private static long checkSampleCounts(Map<String, Field> fields) {
    long n = -1;
    String first = null;
    for (Field f : fields.values()) {
      if (!f.role().perSample()) {
        continue;
      }
      long m = f.shape().samples();
      if (n < 0) {
        n = m;
        first = f.name();
      } else if (m != n) {
        throw new GalerkinException("fields disagree on the sample count: '" + first + "' has " + n
            + " samples but '" + f.name() + "' has " + m + " (shape " + f.shape()
            + "); every input and output needs the same leading extent");
      }
    }
    if (n < 0) {
      throw new GalerkinException("a dataset needs at least one input or output field; found only "
          + fields.keySet());
    }
    return n;
  }

  /** @return a builder; it adds {@code galerkin_version} and {@code created} unless given */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public long sampleCount() {
    return sampleCount;
  }

  /** @return every field, in insertion order (unmodifiable) */
  public Map<String, Field> fields() {
    return fields;
  }

  /** @return the field named {@code name}; throws naming the known fields if absent */
  public Field field(String name) {
    Field f = fields.get(name);
    if (f == null) {
      throw new GalerkinException("dataset has no field '" + name + "'; it has " + fields.keySet());
    }
    return f;
  }

  /** @return the values of field {@code name} */
  public NdArray values(String name) {
    return field(name).values();
  }

  /** @return the names of the fields with role {@code role}, in insertion order */
  public List<String> names(FieldRole role) {
    List<String> out = new ArrayList<>();
    fields.values().stream().filter(f -> f.role() == role).forEach(f -> out.add(f.name()));
    return out;
  }

  @Override
  public List<String> sampleFieldNames() {
    List<String> out = names(FieldRole.INPUT);
    out.addAll(names(FieldRole.OUTPUT));
    return out;
  }

  @Override
  public Shape shape(String field) {
    return field(field).shape();
  }

  @Override
  public NdArray read(String field, long from, long to) {
    Field f = field(field);
    if (!f.role().perSample()) {
      throw new GalerkinException("field '" + field + "' is a coordinate; it has no samples to read");
    }
    return f.values().samples(from, to);
  }

  /** @return every attribute, in insertion order (unmodifiable) */
  public Map<String, Object> attributes() {
    return attributes;
  }

  /** @return the boundary condition of each spatial axis from the attributes; empty when unknown */
  @Override
  public List<BoundaryCondition> boundary() {
    return DatasetAttributes.boundary(attributes);
  }

  /** @return the attribute {@code key}, or {@code null} */
  public Object attribute(String key) {
    return attributes.get(key);
  }

  /**
   * A view of samples {@code [from, to)}: per-sample fields are sliced (sharing storage),
   * coordinates and attributes are kept.
   */
  public Dataset samples(long from, long to) {
    Map<String, Field> out = new LinkedHashMap<>();
    for (Field f : fields.values()) {
      out.put(f.name(), f.role().perSample()
          ? new Field(f.name(), f.role(), f.values().samples(from, to)) : f);
    }
    return new Dataset(out, attributes);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Dataset[" + sampleCount + " samples");
    fields.values().forEach(f -> sb.append(", ").append(f.name()).append(f.shape()));
    return sb.append(']').toString();
  }

  /** Collects fields and attributes; {@link #build()} validates them. */
  public static final class Builder {
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    private Builder() {}

    /** Adds a field; throws if the name is taken. */
    public Builder field(Field field) {
      if (fields.putIfAbsent(field.name(), field) != null) {
        throw new GalerkinException("dataset already has a field named '" + field.name() + "'");
      }
      return this;
    }

    /** Adds an input field of shape {@code [N, ...]}. */
    public Builder input(String name, NdArray values) {
      return field(new Field(name, FieldRole.INPUT, values));
    }

    /** Adds an output field of shape {@code [N, ...]}. */
    public Builder output(String name, NdArray values) {
      return field(new Field(name, FieldRole.OUTPUT, values));
    }

    /** Adds a coordinate field shared by all samples. */
    public Builder coordinate(String name, NdArray values) {
      return field(new Field(name, FieldRole.COORDINATE, values));
    }

    /**
     * Sets an attribute.
     *
     * @param key an identifier, see {@link DatasetAttributes} for the standard ones
     * @param value a {@code String}, {@code Long}/{@code Integer}, {@code Double}/{@code Float},
     *     {@code long[]} or {@code double[]} (arrays are copied)
     */
    public Builder attribute(String key, Object value) {
      attributes.put(key, DatasetAttributes.normalise(key, value));
      return this;
    }

    /** Sets every attribute of {@code values}, in order. */
    public Builder attributes(Map<String, ?> values) {
      values.forEach(this::attribute);
      return this;
    }

    /** @return the dataset; throws if the per-sample fields disagree on the sample count */
    public Dataset build() {
      attributes.putIfAbsent(DatasetAttributes.GALERKIN_VERSION, GalerkinVersion.get());
      attributes.putIfAbsent(DatasetAttributes.CREATED, Instant.now().toString());
      return new Dataset(fields, attributes);
    }
  }
}
