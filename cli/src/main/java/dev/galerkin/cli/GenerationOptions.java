package dev.galerkin.cli;

import dev.galerkin.data.DType;
import dev.galerkin.data.hdf5.WriteOptions;
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.GenerationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options every {@code galerkin generate PRESET} shares, and the run they drive. */
final class GenerationOptions {
  @Option(names = "--samples", defaultValue = "1024",
      description = "Number of samples N (default ${DEFAULT-VALUE}).")
  long samples;

  @Option(names = "--seed", defaultValue = "0",
      description = "Dataset seed; sample i is made from (seed, i) alone (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "<out>",
      description = "The .h5 file to write, or the shard directory with --shard-size; with --engine"
          + " spark also a Hadoop file system URI (hdfs://HOST/DIR, s3a://BUCKET/DIR, file:///DIR).")
  String outText;

  private Path out;

  @Option(names = "--threads", description = "Worker threads (default: all cores; with --engine:"
      + " threads per task, default 1).")
  Integer threads;

  @Option(names = "--shard-size", defaultValue = "0",
      description = "Samples per shard: write a directory of shards that --resume can continue"
          + " (default ${DEFAULT-VALUE}: one file).")
  int shardSize;

  @Option(names = "--overwrite", description = "Replace an existing output.")
  boolean overwrite;

  @Option(names = "--resume", description = "Keep the complete shards (or file) already written by"
      + " the same command and make only the rest.")
  boolean resume;

  @Option(names = "--dtype", defaultValue = "float32",
      description = "Stored element type: float32 or float64 (default ${DEFAULT-VALUE}).")
  String dtype;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @picocli.CommandLine.Mixin EngineOptions engine;

  private DType storedType() {
    return switch (dtype) {
      case "float32" -> DType.FLOAT32;
      case "float64" -> DType.FLOAT64;
      default -> throw new dev.galerkin.GalerkinException("--dtype = " + dtype
          + " is not supported; use float32 or float64");
    };
  }

  /**
   * Generates a mesh dataset: one file, made in memory (mesh datasets hold hundreds of shapes),
   * so {@code --shard-size} and {@code --resume} do not apply.
   */
  int runMesh(dev.galerkin.solvers.generate.MeshDatasetRecipe recipe, PrintWriter console) {
    out = localOutput();
    if (engine.distributed()) {
      throw new dev.galerkin.GalerkinException(recipe.name() + " is a mesh preset, made in one"
          + " file on this machine; drop --engine " + engine.name());
    }
    if (shardSize != 0 || resume) {
      throw new dev.galerkin.GalerkinException(recipe.name() + " writes one mesh dataset file;"
          + " drop " + (resume ? "--resume" : "--shard-size") + " (mesh datasets are not sharded)");
    }
    if (samples < 1 || samples > Integer.MAX_VALUE) {
      throw new dev.galerkin.GalerkinException("--samples = " + samples + "; give 1 to "
          + Integer.MAX_VALUE);
    }
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    GenerationReport r = dev.galerkin.solvers.generate.MeshDatasetGenerator.run(recipe,
        (int) samples, seed, workers, this.out,
        WriteOptions.defaults().withStoredType(storedType()).withOverwrite(overwrite),
        ProgressBars.generation(recipe.name(), quiet));
    console.printf(Locale.ROOT, "wrote %s: %d samples on their own meshes in %.1f s, %.2f"
        + " samples/s%n", this.out, r.samples(), r.seconds(), r.samplesPerSecond());
    console.println("see its meshes and quantities with: galerkin info " + this.out);
    return 0;
  }

  /**
   * Generates {@code recipe} with these options and prints a one-paragraph summary.
   *
   * @param recipe the preset's recipe
   * @param preset the preset's name, for a distributed engine's tasks to build it again
   * @param given the preset options given, as text
   */
  int run(DatasetRecipe recipe, String preset, java.util.Map<String, String> given,
      PrintWriter console) {
    DType type = storedType();
    if (engine.distributed()) {
      out = null;
      if (shardSize < 1) {
        throw new dev.galerkin.GalerkinException("--engine " + engine.name() + " makes one task per"
            + " shard; give --shard-size K (K >= 1 samples per shard)");
      }
      GenerationReport r = engine.engine().generate(new dev.galerkin.cli.engine.GenerationRequest(
          preset, given, samples, seed, shardSize, type == DType.FLOAT64, outText, overwrite,
          resume, threads != null ? threads : 1, engine.master(), engine.conf(), engine.verbose()),
          ProgressBars.generation(recipe.name(), quiet));
      console.printf(Locale.ROOT, "wrote %s on %s: %d samples (%d made, %d resumed) in %.1f s, %.2f"
          + " samples/s%n", outText, engine.describe(), r.samples(), r.generated(), r.resumed(),
          r.seconds(), r.samplesPerSecond());
      console.println("see its fields and provenance with: galerkin info " + outText);
      return 0;
    }
    out = localOutput();
    DatasetGenerator.Builder b = DatasetGenerator.builder(recipe).samples(samples).seed(seed)
        .output(this.out).shardSize(shardSize).overwrite(overwrite).resume(resume)
        .writeOptions(WriteOptions.defaults().withStoredType(type))
        .progress(ProgressBars.generation(recipe.name(), quiet));
    if (threads != null) {
      b.threads(threads);
    }
    GenerationReport r = b.build().run();
    console.printf(Locale.ROOT, "wrote %s: %d samples (%d made, %d resumed) in %.1f s, %.2f samples/s%n",
        this.out, r.samples(), r.generated(), r.resumed(), r.seconds(), r.samplesPerSecond());
    console.println("see its fields and provenance with: galerkin info " + this.out);
    return 0;
  }

  /** @return the output path, for commands that report on it */
  Path output() {
    return localOutput();
  }

  private Path localOutput() {
    if (outText.matches("[A-Za-z][A-Za-z0-9+.-]*://.*")) {
      throw new dev.galerkin.GalerkinException("--out " + outText + " is a file system URI, which"
          + " only --engine spark writes (through Hadoop's client); give a path on this machine, or"
          + " add --engine spark");
    }
    return Path.of(outText);
  }
}
