package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The libtorch peer on the JVM: the {@code bench-djl} module's {@code dev.galerkin.bench.djl.DjlPeer}
 * (DJL 0.36, PyTorch 2.7.1 CPU), run as a child process on that module's own class path, so DJL
 * stays out of galerkin.jar. Its tasks ({@code fno-train B WARM ITERS THREADS [RES]},
 * {@code fno-train-rfft}, {@code fno-predict}, {@code deeponet-train B WARM ITERS THREADS M P WIDTH
 * LAYERS LATENT}, {@code deeponet-predict}) print {@code TRAIN_STEP_MS} or {@code PREDICT_MS},
 * {@code STEP_MS …} and {@code PEAK_RSS_KB}; run the command with {@link Peers#run}. The child runs
 * offline: libtorch is extracted from the {@code pytorch-native-cpu} jar into DJL's cache
 * ({@code ~/.djl.ai/pytorch/}, or {@code ENGINE_CACHE_DIR}) on its first run, never downloaded.
 */
final class DjlPeers {
  static final String MAIN = "dev.galerkin.bench.djl.DjlPeer";
  static final String NOT_BUILT = "bench-djl is not built: run ./mvnw -pl bench-djl -am package"
      + " (./galerkin bench train builds it)";

  private DjlPeers() {}

  /** @return why the peer cannot run, or empty when its jar and class path are built */
  static Optional<String> missing() {
    Optional<Path> target = target();
    if (target.isEmpty()) {
      return Optional.of(NOT_BUILT + "; the repository root is unknown (set -Dgalerkin.home)");
    }
    return Files.isRegularFile(target.get().resolve("galerkin-bench-djl.jar"))
        && Files.isRegularFile(target.get().resolve("classpath.txt"))
        ? Optional.empty() : Optional.of(NOT_BUILT);
  }

  /**
   * @param args the task and its numbers, for example {@code fno-train 20 3 10 2}
   * @return the child command: this JVM's java, offline DJL, the module's class path, the main class
   *     and {@code args}
   * @throws GalerkinException when {@link #missing()} says why it cannot run
   */
  static List<String> command(List<String> args) {
    Optional<String> why = missing();
    if (why.isPresent()) {
      throw new GalerkinException(why.get());
    }
    Path target = target().orElseThrow();
    String deps;
    try {
      deps = Files.readString(target.resolve("classpath.txt"), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new GalerkinException("cannot read " + target.resolve("classpath.txt") + ": " + e.getMessage());
    }
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String classPath = target.resolve("galerkin-bench-djl.jar") + (deps.isEmpty() ? "" : ":" + deps);
    List<String> cmd = new ArrayList<>(List.of(java, "-Dai.djl.offline=true", "-cp", classPath, MAIN));
    cmd.addAll(args);
    return cmd;
  }

  private static Optional<Path> target() {
    return Peers.home().map(h -> h.resolve("bench-djl/target"));
  }
}
