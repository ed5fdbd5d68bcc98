package dev.galerkin.solvers.generate;

import dev.galerkin.meshes.TriangleMesh;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Makes one sample of a mesh dataset: draws the shape and inputs from {@code rng}, meshes, solves.
 * One maker per thread: it may keep workspaces (a Gmsh scratch directory) and need not be
 * thread-safe.
 */
public interface MeshSampleMaker {

  /**
   * @param rng the random stream of this sample alone, derived from {@code (seed, index)}
   * @param index the sample index, for error messages
   * @return the sample's mesh and one array per quantity of {@link MeshDatasetRecipe#specs()}
   */
  Sample make(UniformRandomProvider rng, long index);

  /**
   * One made sample.
   *
   * @param mesh its mesh
   * @param values quantity name → values ({@code components} for a scalar, {@code nodes ×
   *     components} for a nodal quantity)
   */
  record Sample(TriangleMesh mesh, Map<String, double[]> values) {}
}
