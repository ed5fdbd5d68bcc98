package dev.galerkin.operators.mmgp;

import dev.galerkin.data.FieldRole;
import dev.galerkin.data.mesh.MeshDataset;
import dev.galerkin.data.mesh.MeshFieldSpec.Location;
import dev.galerkin.operators.MeshModel;
import dev.galerkin.operators.MeshModelFamily;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** MMGP as a {@link MeshModelFamily}: {@code galerkin train mmgp} and its model files. */
public final class MmgpFamily implements MeshModelFamily {
  private static final List<OptionSpec> OPTIONS = List.of(
      OptionSpec.text("inputs", "", "Scalar inputs used besides the geometry, comma-separated"
          + " (default: every scalar input of the dataset; 'none' for the geometry alone)."),
      OptionSpec.text("reference", "0", "Training sample whose mesh is the common mesh, or auto"
          + " (the shape closest to the others, so that the morphings stay small)."),
      OptionSpec.integer("geometry-modes", 8, "POD modes of the morphed coordinates (the"
          + " paper's supplement uses 8)."),
      OptionSpec.integer("field-modes", 8, "POD modes of each nodal output."),
      OptionSpec.integer("restarts", 5, "Random restarts of each GP's hyperparameter search."));

  @Override
  public String name() {
    return MmgpModel.FAMILY;
  }

  @Override
  public String summary() {
    return "MMGP: mesh morphing, POD and Gaussian processes with predictive variance, for"
        + " shapes that vary (Casenave et al., NeurIPS 2023)";
  }

  @Override
  public List<OptionSpec> options() {
    return OPTIONS;
  }

  /**
   * @param data the training data, for the default inputs
   * @param values the options
   * @param seed the run's seed
   * @return the configuration the options describe
   */
  public static MmgpConfig config(MeshDataset data, OptionValues values, long seed) {
    String given = values.getString("inputs").strip();
    List<String> inputs = given.isEmpty() ? data.names(FieldRole.INPUT, Location.SCALAR)
        : given.equals("none") ? List.of()
        : Arrays.stream(given.split(",")).map(String::strip).toList();
    String reference = values.getString("reference").strip();
    int ref;
    try {
      ref = reference.equals("auto") ? MmgpConfig.AUTO : Integer.parseInt(reference);
    } catch (NumberFormatException e) {
      throw new dev.galerkin.GalerkinException("mmgp --reference " + reference + " is not a"
          + " sample index or auto");
    }
    return new MmgpConfig(ref, values.getInt("geometry-modes"),
        values.getInt("field-modes"), values.getInt("restarts"), seed, inputs);
  }

  @Override
  public MeshModel train(MeshDataset training, OptionValues options, long seed,
      Progress progress) {
    return MmgpModel.fit(training, config(training, options, seed), progress);
  }

  @Override
  public MeshModel read(Path file) {
    return MmgpFile.read(file);
  }
}
