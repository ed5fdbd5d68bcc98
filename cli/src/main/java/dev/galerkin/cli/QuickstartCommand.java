package dev.galerkin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin quickstart}: the main job in one command. Generates a small Darcy dataset with
 * the reference solver (and the same samples on a twice finer grid), trains an FNO and a DeepONet,
 * evaluates them on the held-out test split (the FNO at both resolutions), prints the error tables
 * and says where the pictures are. Each step is the corresponding {@code galerkin} command, so the output shows how to run them
 * one by one.
 */
@Command(name = "quickstart", mixinStandardHelpOptions = true,
    description = "Generate a small Darcy dataset, train an FNO and a DeepONet, evaluate both, write"
        + " pictures.")
final class QuickstartCommand implements Callable<Integer> {
  @Option(names = "--dir", defaultValue = "quickstart-out", description = "Working directory (default ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = "--samples", defaultValue = "300", description = "Samples (default ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--epochs", defaultValue = "40", description = "Training epochs (default ${DEFAULT-VALUE}).")
  int epochs;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Checks.atLeast("--samples", samples, 20);
    Checks.positive("--epochs", epochs);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Files.createDirectories(dir);
    Files.deleteIfExists(dir.resolve("fno.checkpoint.h5")); // a quickstart always starts afresh
    Files.deleteIfExists(dir.resolve("deeponet.checkpoint.h5"));
    String data = dir.resolve("darcy-31.h5").toString();
    String fine = dir.resolve("darcy-61.h5").toString();
    String model = dir.resolve("fno.h5").toString();
    String report = dir.resolve("report").toString();
    String deeponet = dir.resolve("deeponet.h5").toString();
    String deeponetReport = dir.resolve("report-deeponet").toString();
    String n = Integer.toString(samples);
    String[][] steps = {
        {"generate", "darcy", "--samples", n, "--resolution", "121", "--stride", "4", "--seed", "0",
            "--out", data, "--overwrite"},
        {"generate", "darcy", "--samples", n, "--resolution", "121", "--stride", "2", "--seed", "0",
            "--out", fine, "--overwrite"},
        {"train", "fno", "--data", data, "--out", model, "--epochs",
            Integer.toString(epochs), "--width", "24", "--modes", "8", "--lr", "3e-3", "--overwrite",
            "--checkpoint", dir.resolve("fno.checkpoint.h5").toString()},
        {"train", "deeponet", "--data", data, "--out", deeponet, "--epochs",
            Integer.toString(5 * epochs), "--lr", "3e-3", "--overwrite", "--checkpoint",
            dir.resolve("deeponet.checkpoint.h5").toString()},
        {"evaluate", "--model", model, "--data", data, "--fine", fine, "--out", report},
        {"evaluate", "--model", deeponet, "--data", data, "--out", deeponetReport},
    };
    for (String[] step : steps) {
      out.println();
      out.println("$ galerkin " + String.join(" ", step));
      out.flush();
      int code = Main.run(step, out, err);
      if (code != 0) {
        return code;
      }
    }
    out.println();
    out.println("Done. Pictures: FNO " + dir.resolve("report/samples.png") + " (training grid) and "
        + dir.resolve("report/samples-fine.png") + " (twice finer), DeepONet "
        + dir.resolve("report-deeponet/samples.png") + "; loss curves " + dir.resolve("fno.loss.png")
        + " and " + dir.resolve("deeponet.loss.png"));
    return 0;
  }
}
