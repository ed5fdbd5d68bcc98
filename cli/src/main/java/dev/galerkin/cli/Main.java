package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.GalerkinVersion;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * The {@code galerkin} command. Exit codes: 0 on success, 1 on a user error (a bad option or value,
 * a missing or damaged file: one line saying what and how to fix it), 2 on an internal error.
 * {@code --verbose} adds the stack trace.
 */
@Command(name = "galerkin", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "PDE operator learning on the JVM: reference solvers, datasets, neural operators.",
    subcommands = {QuickstartCommand.class, GenerateCommand.class, TrainCommand.class,
        EvaluateCommand.class, PredictCommand.class, SolveCommand.class, InfoCommand.class,
        MeshCommand.class, ExportCommand.class,
        BenchCommand.class, KernelCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Exit code of a user error. */
  public static final int USER_ERROR = 1;
  /** Exit code of an internal error. */
  public static final int INTERNAL_ERROR = 2;

  @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    TrainCommand.addFamilies(cl.getSubcommands().get("train"));
    cl.setOut(out);
    cl.setErr(err);
    boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
    cl.setParameterExceptionHandler((e, a) -> {
      CommandLine cmd = e.getCommandLine();
      err.println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage()
          + "; see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
      return USER_ERROR;
    });
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      String name = cmd.getCommandSpec().qualifiedName();
      if (e instanceof GalerkinException || e instanceof UncheckedIOException) {
        err.println(name + ": " + e.getMessage());
        if (verbose) {
          e.printStackTrace(err);
        }
        return USER_ERROR;
      }
      err.println(name + ": internal error: " + e
          + (verbose ? "" : " (run with --verbose for the stack trace; please report it)"));
      if (verbose) {
        e.printStackTrace(err);
      }
      return INTERNAL_ERROR;
    });
    return cl.execute(args);
  }

  /** Prints the Galerkin version. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"galerkin " + GalerkinVersion.get(),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
              + ")"};
    }
  }
}
