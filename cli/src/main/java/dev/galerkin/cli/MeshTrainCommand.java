package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.hdf5.MeshDatasetFile;
import dev.galerkin.data.mesh.MeshDataset;
import dev.galerkin.operators.MeshModel;
import dev.galerkin.operators.MeshModelFamily;
import dev.galerkin.operators.model.StoredSplit;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code galerkin train FAMILY} for a family that learns from mesh datasets ({@link
 * MeshModelFamily}, MMGP): reads the dataset, splits it (the split is stored in the model file, so
 * {@code galerkin evaluate} finds the held-out shapes), fits on the training shapes and writes the
 * model. There are no epochs: the fit is morphing, POD and Gaussian processes.
 */
@Command(mixinStandardHelpOptions = true, sortOptions = false)
final class MeshTrainCommand implements Callable<Integer> {
  private final MeshModelFamily family;

  @Option(names = "--data", required = true, description = "A mesh dataset (galerkin generate plate-hole).")
  Path data;

  @Option(names = "--out", required = true, description = "The model file to write (.h5).")
  Path out;

  @Option(names = "--seed", defaultValue = "0", description = "Seeds the split and the fit (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--train-fraction", defaultValue = "0.8", description = "Share of shapes for training; the rest is the test split (default ${DEFAULT-VALUE}).")
  double trainFraction;

  @Option(names = "--overwrite", description = "Replace an existing model file.")
  boolean overwrite;

  @Option(names = "--quiet", description = "No progress lines.")
  boolean quiet;

  @Spec CommandSpec spec;

  private MeshTrainCommand(MeshModelFamily family) {
    this.family = family;
  }

  static CommandLine commandLine(MeshModelFamily family) {
    CommandSpec spec = CommandSpec.forAnnotatedObject(new MeshTrainCommand(family));
    spec.name(family.name());
    spec.usageMessage().description(PluginOptions.literal(family.summary()) + ".",
        "Fits on a mesh dataset; the shared options come first, then the model's own.");
    PluginOptions.addTo(spec, family.options(), "Model options (" + family.name() + "):");
    return new CommandLine(spec);
  }

  @Override
  public Integer call() {
    PrintWriter console = spec.commandLine().getOut();
    if (Files.exists(out) && !overwrite) {
      throw new GalerkinException(out + " exists; pass --overwrite to replace it, or choose"
          + " another --out");
    }
    if (!(trainFraction > 0 && trainFraction < 1)) {
      throw new GalerkinException("--train-fraction = " + trainFraction + "; give a share in"
          + " (0, 1)");
    }
    var values = PluginOptions.read(spec, family.options());
    MeshDataset all = MeshDatasetFile.read(data);
    StoredSplit split = StoredSplit.random(all.sampleCount(), trainFraction, 0, seed);
    MeshDataset train = all.select(java.util.Arrays.stream(split.split().train())
        .mapToInt(Math::toIntExact).toArray());
    long t0 = System.nanoTime();
    MeshModel model = family.train(train, values, seed, progress(console));
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("data", data.toString());
    provenance.put("seconds", seconds);
    split.putInto(provenance);
    Path dir = out.toAbsolutePath().getParent();
    try {
      if (dir != null) {
        Files.createDirectories(dir);
      }
    } catch (java.io.IOException e) {
      throw new GalerkinException("cannot create " + dir + ": " + e.getMessage(), e);
    }
    model.write(out, overwrite, provenance);
    console.printf(Locale.ROOT, "%s fitted on %d of %d shapes in %.1f s; wrote %s%n",
        family.name(), train.sampleCount(), all.sampleCount(), seconds, out);
    if (model instanceof dev.galerkin.operators.mmgp.MmgpModel m) {
      console.println("  " + m.summary());
    }
    console.println("evaluate it on the held-out shapes: galerkin evaluate --model " + out
        + " --data " + data + " --out DIR");
    return 0;
  }

  private MeshModelFamily.Progress progress(PrintWriter console) {
    if (quiet) {
      return MeshModelFamily.Progress.none();
    }
    long[] last = {System.nanoTime()};
    return (stage, done, total) -> {
      long now = System.nanoTime();
      if (done == total || now - last[0] > 2_000_000_000L) {
        console.printf(Locale.ROOT, "  %s %d/%d%n", stage, done, total);
        console.flush();
        last[0] = now;
      }
    };
  }
}
