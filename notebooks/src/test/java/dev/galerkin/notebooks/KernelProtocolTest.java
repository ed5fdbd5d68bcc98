package dev.galerkin.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel as Jupyter Notebook and Lab drive it, through jupyter_client
 * ({@code src/test/python/kernel_protocol.py}): execute, errors, interrupt by message, restart,
 * shutdown.
 */
class KernelProtocolTest {
  @TempDir Path prefix;

  @Test
  void executesInterruptsRestartsAndShutsDown() throws Exception {
    Jupyter jupyter = Jupyter.install(prefix);
    Path script = Path.of("src", "test", "python", "kernel_protocol.py").toAbsolutePath();
    Jupyter.Result r = jupyter.run(List.of("/usr/bin/python3", script.toString()), prefix, 300);
    System.out.printf("kernel protocol checks: %.1f s%n", r.seconds());
    assertEquals(0, r.code(), "kernel_protocol.py failed:\n" + r.output());
  }
}
