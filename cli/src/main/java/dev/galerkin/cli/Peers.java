package dev.galerkin.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The benches' {@link Peer}s, and how to find and run the peer scripts of {@code bench/peers/}
 * with Debian's Python ({@code /usr/bin/python3}), so a benchmark can time the same work in SciPy,
 * h5py or PyTorch. Every peer runs in its own process, while nothing of ours runs
 * ({@link PeerRounds}).
 */
final class Peers {
  static final String PYTHON = "/usr/bin/python3";

  /** Debian's PyTorch running {@code fno_torch.py} and {@code deeponet_torch.py}. */
  static final Peer PYTORCH = new Peer("pytorch-debian", "PyTorch (Debian python3-torch)",
      () -> scripts("torch", "fno_torch.py", "deeponet_torch.py"), Peers::torch);

  /** SciPy's sparse direct solver on the same Darcy matrix; arguments: the grid side. */
  static final Peer SCIPY = new Peer("scipy", "SciPy spsolve (SuperLU)",
      () -> scripts("scipy", "darcy_scipy.py"), a -> python("darcy_scipy.py", a));

  /** h5py on the same HDF5 file; arguments: FILE FIELD RANGE REPEAT OUT. */
  static final Peer H5PY = new Peer("h5py", "h5py (libhdf5)",
      () -> scripts("h5py", "h5py_io.py"), a -> python("h5py_io.py", a));

  private Peers() {}

  /**
   * @return the peers of {@code bench train} and {@code bench predict}, each given the
   *     {@link StepTask#args()} of a measurement; one line per peer (the DJL peer goes here)
   */
  static List<Peer> torchPeers() {
    return List.of(PYTORCH, DJL);
  }

  /** libtorch 2.7.1 on the JVM through DJL 0.36 ({@code bench-djl}, a child JVM, offline). */
  static final Peer DJL = new Peer("djl-libtorch", "DJL 0.36 (libtorch 2.7.1)", DjlPeers::missing,
      Peers::djl);

  /**
   * @return the {@code bench-djl} command for a {@link StepTask}: {@code fno-train|fno-predict B
   *     warm steps threads R} or {@code deeponet-train|deeponet-predict B warm steps threads m P
   *     width layers p}
   */
  static Optional<List<String>> djl(List<String> args) {
    StepTask t = StepTask.parse(args);
    List<String> a = new ArrayList<>(List.of(t.model() + "-" + t.mode(),
        Integer.toString(t.batch()), Integer.toString(t.warmup()), Integer.toString(t.steps()),
        Integer.toString(t.threads())));
    if (t.model().equals("fno")) {
      a.add(Integer.toString(t.resolution()));
    } else {
      int m = BenchModels.SENSORS;
      int w = BenchModels.WIDTH;
      a.addAll(List.of(Integer.toString(m), Integer.toString(m), Integer.toString(w),
          Integer.toString(BenchModels.LAYERS), Integer.toString(w)));
    }
    return Optional.of(DjlPeers.command(a));
  }

  /** @return why python3, {@code module} or one of the scripts is missing, or empty */
  static Optional<String> scripts(String module, String... names) {
    for (String n : names) {
      if (script(n).isEmpty()) {
        return Optional.of("bench/peers/" + n + " not found (run from the repository or set"
            + " -Dgalerkin.home)");
      }
    }
    return missing(module);
  }

  private static Optional<List<String>> python(String name, List<String> args) {
    return script(name).map(p -> {
      List<String> cmd = new ArrayList<>(List.of(PYTHON, p.toString()));
      cmd.addAll(args);
      return cmd;
    });
  }

  /**
   * @return the PyTorch script's command for a {@link StepTask}: {@code fno_torch.py rfft gelu B
   *     warm steps threads R mode} or {@code deeponet_torch.py B warm steps threads m P width
   *     layers p mode}
   */
  static Optional<List<String>> torch(List<String> args) {
    StepTask t = StepTask.parse(args);
    List<String> a = new ArrayList<>();
    if (t.model().equals("fno")) {
      a.addAll(List.of("rfft", "gelu"));
    }
    a.addAll(List.of(Integer.toString(t.batch()), Integer.toString(t.warmup()),
        Integer.toString(t.steps()), Integer.toString(t.threads())));
    if (t.model().equals("fno")) {
      a.add(Integer.toString(t.resolution()));
    } else {
      int m = BenchModels.SENSORS;
      int w = BenchModels.WIDTH;
      a.addAll(List.of(Integer.toString(m), Integer.toString(m), Integer.toString(w),
          Integer.toString(BenchModels.LAYERS), Integer.toString(w)));
    }
    a.add(t.mode());
    return python(t.model().equals("fno") ? "fno_torch.py" : "deeponet_torch.py", a);
  }

  /** @return the repository root: {@code -Dgalerkin.home}, else two levels above the cli jar */
  static Optional<Path> home() {
    String prop = System.getProperty("galerkin.home");
    if (prop != null) {
      return Optional.of(Path.of(prop));
    }
    try {
      Path jar = Path.of(Peers.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = jar.getParent() == null ? null : jar.getParent().getParent();
      root = root == null ? null : root.getParent();
      return root != null && Files.isDirectory(root.resolve("bench/peers"))
          ? Optional.of(root) : Optional.empty();
    } catch (URISyntaxException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** @return the script {@code bench/peers/name} if it exists */
  static Optional<Path> script(String name) {
    return home().map(h -> h.resolve("bench/peers").resolve(name)).filter(Files::isRegularFile);
  }

  /** @return why the peer cannot run, or empty when python3 imports every module */
  static Optional<String> missing(String... modules) {
    if (!Files.isExecutable(Path.of(PYTHON))) {
      return Optional.of(PYTHON + " is not installed");
    }
    String imports = "import " + String.join(", ", modules);
    try {
      Result r = run(List.of(PYTHON, "-c", imports), 60);
      return r.code == 0 ? Optional.empty()
          : Optional.of("python3 cannot " + imports + " (install Debian's python3-" + modules[0] + ")");
    } catch (IOException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** The exit code and output of a finished peer. */
  record Result(int code, String out) {}

  /** Runs a command, returning its code and combined output. */
  static Result run(List<String> cmd, long timeoutSeconds) throws IOException {
    Process p = new ProcessBuilder(new ArrayList<>(cmd)).redirectErrorStream(true).start();
    try {
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result(-1, "timed out after " + timeoutSeconds + " s");
      }
      return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      return new Result(-1, "interrupted");
    }
  }
}
