package dev.galerkin.solvers.generate;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.hdf5.MeshDatasetFile;
import dev.galerkin.data.hdf5.WriteOptions;
import dev.galerkin.data.mesh.MeshDataset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates a mesh dataset ({@link MeshDatasetRecipe}) on several threads and writes it as one
 * HDF5 file ({@link MeshDatasetFile}). Sample {@code i} is made from {@link
 * SampleRandom#forSample(long, long) (seed, i)} alone, so the file is the same whatever the number
 * of threads. Mesh datasets are small (hundreds of shapes of a few thousand nodes), so they are
 * built in memory and written once, under a temporary name renamed when complete.
 *
 * <pre>{@code
 * MeshDataset d = MeshDatasetGenerator.generate(recipe, 200, 0, 2);
 * }</pre>
 */
public final class MeshDatasetGenerator {
  private MeshDatasetGenerator() {}

  /**
   * Makes the samples in memory.
   *
   * @param recipe what to make
   * @param samples how many, {@code >= 1}
   * @param seed the dataset seed
   * @param threads worker threads, {@code >= 1}
   * @param progress told of each sample as it is done
   * @return the dataset, samples in index order
   */
  public static MeshDataset generate(MeshDatasetRecipe recipe, int samples, long seed,
      int threads, ProgressListener progress) {
    if (samples < 1) {
      throw new GalerkinException("--samples = " + samples + "; give at least 1");
    }
    if (threads < 1) {
      throw new GalerkinException("--threads = " + threads + "; give at least 1");
    }
    MeshSampleMaker.Sample[] made = new MeshSampleMaker.Sample[samples];
    progress.started(samples, 0);
    SampleWorkers.run(0, samples, threads, () -> {
      MeshSampleMaker maker = recipe.newMaker();
      return i -> {
        made[(int) i] = maker.make(SampleRandom.forSample(seed, i), i);
        progress.sampleDone();
      };
    });
    MeshDataset.Builder b = MeshDataset.builder(recipe.specs());
    b.attribute(GenerationAttributes.PRESET, recipe.name());
    b.attributes(recipe.attributes());
    b.attribute(DatasetAttributes.SEED, seed);
    for (int i = 0; i < samples; i++) {
      try {
        b.add(made[i].mesh(), made[i].values());
      } catch (GalerkinException e) {
        throw new GalerkinException(recipe.name() + " sample " + i + ": " + e.getMessage(), e);
      }
    }
    return b.build();
  }

  /**
   * Makes the samples and writes the file.
   *
   * @param recipe what to make
   * @param samples how many
   * @param seed the dataset seed
   * @param threads worker threads
   * @param output the file to write; its directory is created
   * @param options storage options
   * @param progress told of each sample, and of the writing
   * @return what was done
   */
  public static GenerationReport run(MeshDatasetRecipe recipe, int samples, long seed,
      int threads, Path output, WriteOptions options, ProgressListener progress) {
    if (Files.exists(output) && !options.overwrite()) {
      throw new GalerkinException(output + " exists; pass --overwrite to replace it, or choose"
          + " another --out");
    }
    long t0 = System.nanoTime();
    MeshDataset d = generate(recipe, samples, seed, threads, progress);
    progress.status("writing " + output.getFileName());
    try {
      Path dir = output.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
    } catch (java.io.IOException e) {
      throw new GalerkinException("cannot create the directory of " + output + ": " + e.getMessage(),
          e);
    }
    MeshDatasetFile.write(d, output, options);
    return new GenerationReport(output, samples, samples, 0, (System.nanoTime() - t0) / 1e9);
  }
}
