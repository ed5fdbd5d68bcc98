package dev.galerkin.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts the kernel on the connection file Jupyter gives ({@code java -jar galerkin-kernel.jar
 * CONNECTION_FILE}, as {@link KernelSpec} writes it into {@code kernel.json}), serves until a
 * shutdown request, then exits.
 */
public final class KernelMain {
  /**
   * The base kernel logs every message and every socket's start and stop at INFO to the terminal
   * (the JDK's console handler on the root logger): keep that for warnings.
   */
  private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("");

  private KernelMain() {}

  /** @param args the connection file */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: java -jar galerkin-kernel.jar CONNECTION_FILE (Jupyter starts it;"
          + " install the kernel with 'galerkin kernel install')");
      System.exit(1);
    }
    Path file = Path.of(args[0]);
    if (!Files.isRegularFile(file)) {
      System.err.println("galerkin kernel: no connection file " + file);
      System.exit(1);
    }
    QUIET.setLevel(java.util.logging.Level.WARNING);
    KernelConnectionProperties props = KernelConnectionProperties.parse(Files.readString(file));
    JupyterConnection connection = new JupyterConnection(props);
    JavaKernel kernel = new JavaKernel(Path.of("").toAbsolutePath());
    kernel.becomeHandlerForConnection(connection);
    connection.connect();
    connection.waitUntilClose();
    System.exit(0);
  }
}
