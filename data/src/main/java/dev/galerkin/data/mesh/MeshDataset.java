package dev.galerkin.data.mesh;

import dev.galerkin.GalerkinException;
import dev.galerkin.GalerkinVersion;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.mesh.MeshFieldSpec.Location;
import dev.galerkin.meshes.TriangleMesh;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples that each live on their own {@link TriangleMesh}: the dataset of a problem with
 * geometric variability (a plate whose hole changes from sample to sample), where meshes differ in
 * node count, so fields cannot be stacked into one {@code [N, ...]} array. What {@code galerkin
 * generate plate-hole} writes and MMGP learns from.
 *
 * <p>Each sample has a mesh and one value array per declared {@link MeshFieldSpec}: a scalar
 * quantity has {@code components} values, a nodal one {@code nodes * components} (node major). The
 * HDF5 layout (format version 3, {@link MeshDatasetFile}) concatenates the samples' arrays with
 * offsets, as ragged arrays are stored in VTK, PyTorch Geometric and PLAID.
 *
 * <p>Instances are immutable; arrays are copied in and out.
 */
public final class MeshDataset {
  private final List<MeshFieldSpec> specs;
  private final List<TriangleMesh> meshes;
  private final Map<String, List<double[]>> values;
  private final Map<String, Object> attributes;

  private MeshDataset(List<MeshFieldSpec> specs, List<TriangleMesh> meshes,
      Map<String, List<double[]>> values, Map<String, Object> attributes) {
    this.specs = List.copyOf(specs);
    this.meshes = List.copyOf(meshes);
    Map<String, List<double[]>> v = new LinkedHashMap<>();
    values.forEach((k, list) -> v.put(k, Collections.unmodifiableList(new ArrayList<>(list))));
    this.values = Collections.unmodifiableMap(v);
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /**
   * @param specs the quantities every sample carries, in order
   * @return a builder for a dataset of those quantities
   */
  public static Builder builder(List<MeshFieldSpec> specs) {
    return new Builder(specs);
  }

  /** @return the number of samples */
  public int sampleCount() {
    return meshes.size();
  }

  /** @return the declared quantities, in order */
  public List<MeshFieldSpec> specs() {
    return specs;
  }

  /**
   * @param name a declared quantity
   * @return its declaration; throws naming the declared ones if absent
   */
  public MeshFieldSpec spec(String name) {
    for (MeshFieldSpec s : specs) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    List<String> names = specs.stream().map(MeshFieldSpec::name).toList();
    throw new GalerkinException("mesh dataset has no quantity '" + name + "'; it has " + names);
  }

  /**
   * @param role input or output
   * @param location scalar or node
   * @return the names of the quantities of that role and location, in order
   */
  public List<String> names(FieldRole role, Location location) {
    return specs.stream()
        .filter(s -> s.role() == role && s.location() == location)
        .map(MeshFieldSpec::name)
        .toList();
  }

  /**
   * @param sample sample index
   * @return that sample's mesh
   */
  public TriangleMesh mesh(int sample) {
    return meshes.get(sample);
  }

  /**
   * @param name a declared quantity
   * @param sample sample index
   * @return a copy of that sample's values ({@link MeshFieldSpec#length(int)} of them)
   */
  public double[] values(String name, int sample) {
    spec(name);
    return values.get(name).get(sample).clone();
  }

  /**
   * @param name a declared scalar quantity of 1 component
   * @param sample sample index
   * @return its value for that sample
   */
  public double scalar(String name, int sample) {
    MeshFieldSpec s = spec(name);
    if (s.location() != Location.SCALAR || s.components() != 1) {
      throw new GalerkinException("mesh quantity '" + name + "' is " + s.location().label()
          + " with " + s.components() + " components, not a single scalar; read it with values()");
    }
    return values.get(name).get(sample)[0];
  }

  /**
   * @param name a declared scalar quantity of 1 component
   * @return its value for every sample, in sample order
   */
  public double[] scalars(String name) {
    double[] out = new double[sampleCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = scalar(name, i);
    }
    return out;
  }

  /** @return every attribute, in insertion order (unmodifiable) */
  public Map<String, Object> attributes() {
    return attributes;
  }

  /**
   * @param from first sample, inclusive
   * @param to last sample, exclusive
   * @return the samples {@code [from, to)} with the same declarations and attributes
   */
  public MeshDataset samples(int from, int to) {
    if (from < 0 || to > sampleCount() || from > to) {
      throw new GalerkinException("samples [" + from + ", " + to + ") are outside the "
          + sampleCount() + " samples of the mesh dataset");
    }
    Map<String, List<double[]>> v = new LinkedHashMap<>();
    values.forEach((k, list) -> v.put(k, list.subList(from, to)));
    return new MeshDataset(specs, meshes.subList(from, to), v, attributes);
  }

  /**
   * @param indices sample indices, in the order wanted
   * @return those samples, with the same declarations and attributes
   */
  public MeshDataset select(int[] indices) {
    List<TriangleMesh> m = new ArrayList<>();
    Map<String, List<double[]>> v = new LinkedHashMap<>();
    specs.forEach(s -> v.put(s.name(), new ArrayList<>()));
    for (int i : indices) {
      if (i < 0 || i >= sampleCount()) {
        throw new GalerkinException("sample " + i + " is outside the " + sampleCount()
            + " samples of the mesh dataset");
      }
      m.add(meshes.get(i));
      specs.forEach(s -> v.get(s.name()).add(values.get(s.name()).get(i)));
    }
    return new MeshDataset(specs, m, v, attributes);
  }

  @Override
  public String toString() {
    return "MeshDataset[" + sampleCount() + " samples, " + specs.stream()
        .map(s -> s.name() + "(" + s.role().label() + ", " + s.location().label() + " x"
            + s.components() + ")").toList() + "]";
  }

  /** Collects samples; every sample is validated as it is added. */
  public static final class Builder {
    private final List<MeshFieldSpec> specs;
    private final List<TriangleMesh> meshes = new ArrayList<>();
    private final Map<String, List<double[]>> values = new LinkedHashMap<>();
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    private Builder(List<MeshFieldSpec> specs) {
      if (specs == null || specs.isEmpty()) {
        throw new GalerkinException("a mesh dataset needs at least one declared quantity");
      }
      for (MeshFieldSpec s : specs) {
        if (values.putIfAbsent(s.name(), new ArrayList<>()) != null) {
          throw new GalerkinException("mesh dataset declares '" + s.name() + "' twice");
        }
      }
      this.specs = List.copyOf(specs);
    }

    /**
     * Adds a sample.
     *
     * @param mesh the sample's mesh
     * @param sampleValues one array per declared quantity, by name, copied; every value finite
     * @return this builder
     */
    public Builder add(TriangleMesh mesh, Map<String, double[]> sampleValues) {
      int sample = meshes.size();
      if (mesh == null) {
        throw new GalerkinException("mesh dataset sample " + sample + " has no mesh");
      }
      if (!meshes.isEmpty() && !mesh.groups().equals(meshes.get(0).groups())) {
        throw new GalerkinException("mesh dataset sample " + sample + " has physical groups "
            + mesh.groups() + " but sample 0 has " + meshes.get(0).groups()
            + "; every mesh of a dataset needs the same named groups (mesh them from one .geo)");
      }
      for (MeshFieldSpec s : specs) {
        double[] v = sampleValues.get(s.name());
        int expected = s.length(mesh.nodeCount());
        if (v == null || v.length != expected) {
          throw new GalerkinException("mesh dataset sample " + sample + ": '" + s.name() + "' has "
              + (v == null ? "no values" : v.length + " values") + " but needs " + expected
              + (s.location() == Location.NODE ? " (" + mesh.nodeCount() + " nodes x "
              + s.components() + ")" : ""));
        }
        for (int k = 0; k < v.length; k++) {
          if (!Double.isFinite(v[k])) {
            throw new GalerkinException("mesh dataset sample " + sample + ": '" + s.name()
                + "' value " + k + " is " + v[k] + "; the solver's output must be finite");
          }
        }
      }
      for (String name : sampleValues.keySet()) {
        if (!values.containsKey(name)) {
          throw new GalerkinException("mesh dataset sample " + sample + " has '" + name
              + "', which is not declared; declare it in the dataset's specs");
        }
      }
      meshes.add(mesh);
      specs.forEach(s -> values.get(s.name()).add(sampleValues.get(s.name()).clone()));
      return this;
    }

    /**
     * @param key an identifier (see {@link DatasetAttributes})
     * @param value a {@code String}, {@code Long}/{@code Integer}, {@code Double}/{@code Float},
     *     {@code long[]} or {@code double[]}
     * @return this builder
     */
    public Builder attribute(String key, Object value) {
      attributes.put(key, DatasetAttributes.normalise(key, value));
      return this;
    }

    /**
     * @param all attributes to set, in order
     * @return this builder
     */
    public Builder attributes(Map<String, ?> all) {
      all.forEach(this::attribute);
      return this;
    }

    /** @return the dataset; it needs at least one sample */
    public MeshDataset build() {
      if (meshes.isEmpty()) {
        throw new GalerkinException("a mesh dataset needs at least one sample");
      }
      attributes.putIfAbsent(DatasetAttributes.GALERKIN_VERSION, GalerkinVersion.get());
      attributes.putIfAbsent(DatasetAttributes.CREATED, Instant.now().toString());
      return new MeshDataset(specs, meshes, values, attributes);
    }
  }
}
