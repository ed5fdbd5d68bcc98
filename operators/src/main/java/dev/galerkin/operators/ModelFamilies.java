package dev.galerkin.operators;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.deeponet.DeepOnetFamily;
import dev.galerkin.operators.fno.FnoFamily;
import dev.galerkin.operators.mgno.MgnoFamily;
import dev.galerkin.operators.sinenet.SineNetFamily;
import dev.galerkin.operators.unet.UnetFamily;
import java.util.List;

/**
 * The model families this Galerkin knows, in {@code galerkin train --list} order. Registering a
 * family is one line in {@link #ALL} (grid families, {@link ModelFamily}) or {@link #MESH}
 * (families that learn from mesh datasets, {@link MeshModelFamily}).
 */
public final class ModelFamilies {
  private static final List<ModelFamily> ALL = List.of(
      new FnoFamily(),
      new DeepOnetFamily(),
      new MgnoFamily(),
      new UnetFamily(),
      new SineNetFamily());
  private static final List<MeshModelFamily> MESH = List.of(
      new dev.galerkin.operators.mmgp.MmgpFamily());

  private ModelFamilies() {}

  /** @return every family */
  public static List<ModelFamily> all() {
    return ALL;
  }

  /** @return every family that learns from mesh datasets */
  public static List<MeshModelFamily> meshFamilies() {
    return MESH;
  }

  /**
   * @param name a mesh family's name
   * @return that family, or empty when {@code name} is not a mesh family
   */
  public static java.util.Optional<MeshModelFamily> meshFamily(String name) {
    return MESH.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** @return the family called {@code name}; fails naming the known ones */
  public static ModelFamily get(String name) {
    for (ModelFamily f : ALL) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    throw new GalerkinException("model family '" + name + "' is unknown to this Galerkin; known: "
        + ALL.stream().map(ModelFamily::name).toList() + " (a model file naming it may come from a"
        + " newer version)");
  }

  /**
   * Rebuilds a model from the type and architecture JSON stored in a model file.
   *
   * @return the model, untrained (weights come from the file)
   */
  public static OperatorModel create(String type, String json) {
    ModelFamily f = get(type);
    try {
      return f.fromJson(json);
    } catch (RuntimeException e) {
      throw new GalerkinException("the " + type + " architecture stored in the model file is not"
          + " valid (" + e.getMessage() + ")", e);
    }
  }
}
