package dev.galerkin.operators.model;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.hdf5.Hdf5Format;
import dev.galerkin.operators.MeshModel;
import dev.galerkin.operators.MeshModelFamily;
import dev.galerkin.operators.ModelFamilies;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Model files of the mesh families ({@link MeshModelFamily}): their root says {@code
 * galerkin_format = "mesh-model"} and names the {@code family}, which reads the rest. {@code
 * galerkin evaluate} asks {@link #isMeshModel} first and hands such files to {@link #read}.
 */
public final class MeshModelFile {
  /** Value of {@link Hdf5Format#FORMAT} in a mesh model file. */
  public static final String KIND = "mesh-model";
  /** Root attribute naming the family. */
  public static final String FAMILY = "family";

  private MeshModelFile() {}

  /**
   * @param file a path
   * @return whether it is an HDF5 file whose root says it is a mesh model
   */
  public static boolean isMeshModel(Path file) {
    return family(file).isPresent();
  }

  private static Optional<String> family(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (HdfFile hdf = new HdfFile(file)) {
      Attribute kind = hdf.getAttribute(Hdf5Format.FORMAT);
      Attribute family = hdf.getAttribute(FAMILY);
      if (kind == null || !KIND.equals(kind.getData()) || family == null) {
        return Optional.empty();
      }
      return Optional.of(String.valueOf(family.getData()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * @param file a mesh model file
   * @return the model, read by its family
   */
  public static MeshModel read(Path file) {
    String name = family(file).orElseThrow(() -> new GalerkinException(file + " is not a mesh"
        + " model file (no root attribute " + Hdf5Format.FORMAT + " = \"" + KIND + "\"); give a"
        + " file written by `galerkin train mmgp`"));
    MeshModelFamily f = ModelFamilies.meshFamily(name).orElseThrow(() -> new GalerkinException(
        file + " is a model of family '" + name + "', which this Galerkin does not know; known: "
        + ModelFamilies.meshFamilies().stream().map(MeshModelFamily::name).toList()));
    return f.read(file);
  }
}
