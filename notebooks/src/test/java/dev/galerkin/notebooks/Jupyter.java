package dev.galerkin.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's Jupyter against Galerkin's kernel: installs the kernel spec from the built
 * {@code cli/target/galerkin.jar} into a temporary prefix (found by Jupyter through
 * {@code JUPYTER_PATH}) and runs commands with that environment. Jupyter missing is a failure that
 * says what to install, never a skip.
 */
final class Jupyter {
  /** The runnable jar the reactor builds before this module's tests. */
  static final Path JAR = Path.of("..", "cli", "target", "galerkin.jar").toAbsolutePath().normalize();
  private final Path prefix;

  private Jupyter(Path prefix) {
    this.prefix = prefix;
  }

  /** Installs the kernel under {@code prefix} with {@code java -jar galerkin.jar kernel install}. */
  static Jupyter install(Path prefix) throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: build it with ./mvnw package (the"
        + " reactor builds cli before this module)");
    for (String tool : List.of("jupyter-nbconvert", "jupyter-kernel")) {
      assertTrue(onPath(tool), tool + " is not installed: apt-get install jupyter-nbconvert"
          + " jupyter-client python3-ipykernel python3-nbclient (.ci/run does)");
    }
    Jupyter j = new Jupyter(Files.createDirectories(prefix));
    Result r = j.run(List.of(javaCommand(), "-jar", JAR.toString(), "kernel", "install", "--prefix",
        prefix.toString()), Path.of("."), 60);
    assertEquals(0, r.code(), "galerkin kernel install failed:\n" + r.output());
    return j;
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  /** What a command printed (standard output and error together) and its exit code. */
  record Result(int code, String output, double seconds) {}

  /** Runs {@code command} in {@code dir} with the kernel spec on {@code JUPYTER_PATH}. */
  Result run(List<String> command, Path dir, int timeoutSeconds) throws IOException,
      InterruptedException {
    return run(command, dir, timeoutSeconds, null);
  }

  /**
   * As {@link #run(List, Path, int)}, with {@code GALERKIN_NOTEBOOK_SCALE} set to {@code scale}
   * when not {@code null}.
   */
  Result run(List<String> command, Path dir, int timeoutSeconds, String scale) throws IOException,
      InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
        .redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("JUPYTER_PATH", prefix.resolve("share/jupyter").toString());
    env.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
    if (scale != null) {
      env.put("GALERKIN_NOTEBOOK_SCALE", scale);
    }
    Path log = Files.createTempFile(prefix, "run", ".log");
    pb.redirectOutput(log.toFile());
    long t0 = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds
          + " s:\n" + Files.readString(log));
    }
    return new Result(p.exitValue(), Files.readString(log), (System.nanoTime() - t0) / 1e9);
  }
}
