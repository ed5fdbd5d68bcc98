package dev.galerkin.cli;

import dev.galerkin.kernel.KernelSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code galerkin kernel install}: makes Galerkin's Java kernel ({@link KernelSpec}) known to
 * Jupyter, so that the notebooks under {@code notebooks/} run in {@code jupyter notebook},
 * {@code jupyter lab} or {@code jupyter nbconvert --execute} without IJava.
 */
@Command(name = "kernel", mixinStandardHelpOptions = true,
    description = "The Jupyter kernel for the notebooks: galerkin kernel install [--user].",
    subcommands = {KernelCommand.Install.class})
final class KernelCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code galerkin kernel install}: writes the kernel spec. */
  @Command(name = "install", mixinStandardHelpOptions = true,
      description = {"Install the Java kernel for Jupyter: a kernel spec (kernel.json and"
          + " galerkin-kernel.jar, no TensorFlow inside) under share/jupyter/kernels/NAME.",
          "Notebooks then put Galerkin on the class path with %jars, as under IJava."})
  static final class Install implements Callable<Integer> {
    @Option(names = "--user", description = "Install for this user (~/.local/share/jupyter)"
        + " rather than system-wide (/usr/local/share/jupyter).")
    boolean user;

    @Option(names = "--prefix", description = "Install under PREFIX/share/jupyter (for a"
        + " virtual environment, or a directory named by JUPYTER_PATH=PREFIX/share/jupyter).")
    Path prefix;

    @Option(names = "--name", defaultValue = "java", description = "Kernel name that notebooks"
        + " name in their metadata (default ${DEFAULT-VALUE}, as IJava's; it replaces an installed"
        + " IJava of the same name and place).")
    String name;

    @Option(names = "--display-name", defaultValue = "Java (Galerkin)",
        description = "Name shown by Jupyter (default ${DEFAULT-VALUE}).")
    String displayName;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Path dir = KernelSpec.install(KernelSpec.kernelsDirectory(user, prefix), name, displayName);
      out.println("installed kernel '" + name + "' in " + dir);
      out.println("check it with: jupyter kernelspec list" + (prefix == null ? ""
          : " (with JUPYTER_PATH=" + prefix.resolve("share/jupyter") + ")"));
      return 0;
    }
  }
}
