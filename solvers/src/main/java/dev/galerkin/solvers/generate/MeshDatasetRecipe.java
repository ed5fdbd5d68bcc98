package dev.galerkin.solvers.generate;

import dev.galerkin.data.mesh.MeshFieldSpec;
import java.util.List;
import java.util.Map;

/**
 * What a mesh dataset holds and how each sample is made: the grid recipe's counterpart for samples
 * that each have their own mesh ({@link dev.galerkin.data.mesh.MeshDataset}). The {@code
 * plate-hole} preset is one: per sample it draws a hole, meshes the plate with Gmsh, and solves the
 * elasticity problem on that mesh.
 */
public interface MeshDatasetRecipe {

  /** @return the preset name, for example {@code plate-hole} */
  String name();

  /** @return the quantities every sample carries, inputs first */
  List<MeshFieldSpec> specs();

  /** @return provenance: the PDE, its parameters ({@code param.*}), the mesher, the solver */
  Map<String, Object> attributes();

  /** @return a new maker, for use by one thread */
  MeshSampleMaker newMaker();
}
