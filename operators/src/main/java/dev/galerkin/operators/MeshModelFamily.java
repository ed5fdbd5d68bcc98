package dev.galerkin.operators;

import dev.galerkin.data.mesh.MeshDataset;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import java.nio.file.Path;
import java.util.List;

/**
 * A model family that learns from a {@link MeshDataset} — samples on meshes of different shapes —
 * as a plug-in beside the grid families of {@link ModelFamily}: its name, its options, how it
 * trains and how it reads its model files. {@link ModelFamilies#meshFamilies()} lists them, and
 * {@code galerkin train FAMILY} / {@code galerkin evaluate} are derived from that list, so a new
 * family is its own package plus one registration line.
 *
 * <p>Such families are fitted rather than trained by epochs (MMGP: morphing, POD and Gaussian
 * processes), so they do not share the grid families' training loop; what they share with them is
 * the command line, the split stored in the model file, and the evaluation report.
 */
public interface MeshModelFamily {

  /** @return the name used on the command line and stored in model files, e.g. {@code mmgp} */
  String name();

  /** @return one line for {@code galerkin train --list}: what it is and the paper it follows */
  String summary();

  /** @return the family's own options, in {@code --help} order */
  List<OptionSpec> options();

  /**
   * Fits a model.
   *
   * @param training the training samples
   * @param options values of {@link #options()}
   * @param seed seeds whatever is random in the fit (restarts, initial points)
   * @param progress told of each stage (morphing, POD, GP restarts) as it completes
   * @return the fitted model
   */
  MeshModel train(MeshDataset training, OptionValues options, long seed, Progress progress);

  /**
   * @param file a model file this family wrote
   * @return the model
   */
  MeshModel read(Path file);

  /** Hears the stages of a fit, for a progress bar or plain lines. */
  interface Progress {
    /**
     * @param stage what is being done, for example {@code "morphing"}
     * @param done units done in this stage
     * @param total units in this stage
     */
    void step(String stage, int done, int total);

    /** @return a listener that ignores everything */
    static Progress none() {
      return (stage, done, total) -> { };
    }
  }
}
