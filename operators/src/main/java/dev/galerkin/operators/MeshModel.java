package dev.galerkin.operators;

import dev.galerkin.data.mesh.MeshFieldSpec;
import dev.galerkin.meshes.TriangleMesh;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A fitted {@link MeshModelFamily} model: given a new shape's mesh and its scalar inputs, it
 * predicts the output quantities on that mesh's own nodes, each with a standard deviation.
 */
public interface MeshModel {

  /** @return the family's name, as stored in the model file */
  String family();

  /** @return the scalar inputs a prediction needs, in order */
  List<String> inputs();

  /** @return the quantities predicted: nodal fields and scalars */
  List<MeshFieldSpec> outputs();

  /**
   * @param mesh the shape to predict on; its physical groups must match the training meshes'
   * @param inputs a value for each of {@link #inputs()}
   * @return mean and standard deviation of every output, on {@code mesh}'s nodes for nodal ones
   */
  MeshPrediction predict(TriangleMesh mesh, Map<String, Double> inputs);

  /** @return provenance stored in the model file (training split, seed, data file …) */
  Map<String, Object> provenance();

  /**
   * Writes the model as HDF5 (temporary file, then rename).
   *
   * @param file the model file
   * @param overwrite replace an existing file
   * @param provenance extra attributes to store (the split, the data file), merged into {@link
   *     #provenance()} of the model read back
   */
  void write(Path file, boolean overwrite, Map<String, Object> provenance);
}
