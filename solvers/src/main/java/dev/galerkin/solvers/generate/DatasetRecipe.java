package dev.galerkin.solvers.generate;

import dev.galerkin.data.NdArray;
import dev.galerkin.meshes.BoundaryCondition;
import java.util.List;
import java.util.Map;

/**
 * What a dataset holds and how each sample is made: the per-sample fields, the coordinates shared by
 * all samples, the provenance attributes, and a factory of {@link SampleMaker}s. The presets of
 * {@code dev.galerkin.solvers.presets} are recipes; a program can write its own.
 */
public interface DatasetRecipe {

  /** @return the preset name, for example {@code darcy} */
  String name();

  /** @return the per-sample fields, inputs first, in storage order */
  List<FieldSpec> fields();

  /** @return coordinates shared by all samples ({@code x}, {@code y}, {@code t}), by name */
  Map<String, NdArray> coordinates();

  /**
   * @return provenance: the PDE, its parameters ({@code param.*}), the generator, the solver and
   *     its tolerance, the stored resolution; the generator adds the seed and the version
   */
  Map<String, Object> attributes();

  /**
   * @return the boundary condition of each spatial axis of the problem, in the axis order of the
   *     stored fields (written as the {@code boundary} attribute; models choose their padding from
   *     it); empty only when it is really unknown
   */
  List<BoundaryCondition> boundary();

  /** @return a new maker, for use by one thread */
  SampleMaker newMaker();
}
