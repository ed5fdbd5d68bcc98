package dev.galerkin.bench.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DjlPeer} at tiny sizes, offline (surefire sets {@code ai.djl.offline=true} and a cache
 * under {@code target/}): the printed lines parse, a training step really descends, and the models
 * have Galerkin's parameter counts. No timing is asserted; most runs use one thread, kinder to a
 * shared machine (libgomp's spinning threads slow down a lot on busy cores).
 */
class DjlPeerTest {
  /**
   * Galerkin's FNO-2D ({@code FnoConfig.paper2d()}, one input channel plus the 2 grid channels, one
   * output), as README's FNO rows print it (2,368,001): lift 3·32+32, per layer
   * 2·(24·12)·32·32 spectral + 32·32+32 point-wise, projection 32·128+128 and 128+1.
   */
  static final long FNO_PARAMS = 3 * 32 + 32 + 4 * (2L * 24 * 12 * 32 * 32 + 32 * 32 + 32)
      + 32 * 128 + 128 + 128 + 1;
  /**
   * Galerkin's DeepONet of {@code bench train} ({@code TrainBench.antiderivativeDeepOnet()}: branch
   * 100→64→64→64, trunk 1→64→64→64, one output bias), its {@code Dense} layers summed.
   */
  static final long DEEPONET_PARAMS = (100 * 64 + 64) + 2 * (64 * 64 + 64) + (64 + 64)
      + 2 * (64 * 64 + 64) + 1;
  static final String[] DEEPONET_BENCH = {"100", "100", "64", "2", "64"};

  @Test
  void theExpectedCountsAreGalerkins() {
    assertEquals(2_368_001L, FNO_PARAMS);
    assertEquals(23_233L, DEEPONET_PARAMS);
  }

  @Test
  void fnoTrainPrintsItsLinesAndHasOurParameterCount() {
    String out = run("fno-train", "2", "1", "2", "2", "24");
    assertEquals(FNO_PARAMS, header(out, "fno-train"));
    assertTrue(number(out, "TRAIN_STEP_MS") > 0, out);
    assertEquals(2, values(out, "STEP_MS").length, out);
    assertEquals(3, values(out, "LOSS").length, out);
    assertTrue(number(out, "CPU_MS_PER_STEP") > 0, out);
    assertTrue(number(out, "PEAK_RSS_KB") > 0, out);
    assertTrue(out.strip().endsWith(line(out, "PEAK_RSS_KB")), "PEAK_RSS_KB comes last: " + out);
    // intra-op follows every run; inter-op is fixed by libtorch once parallel work has started in
    // this JVM (an earlier test may have set it), so the child test below checks it
    assertTrue(out.contains("intra_op_threads 2 "), out);
  }

  @Test
  void fnoTrainingDescendsOnAFixedBatch() {
    double[] loss = values(run("fno-train", "2", "0", "20", "1", "24"), "LOSS");
    assertEquals(20, loss.length);
    assertTrue(loss[19] < 0.97 * loss[0], "FNO loss " + Arrays.toString(loss));
  }

  @Test
  void fnoRfftTrainingDescendsToo() {
    String out = run("fno-train-rfft", "2", "0", "8", "1", "24");
    assertEquals(FNO_PARAMS, header(out, "fno-train-rfft"));
    double[] loss = values(out, "LOSS");
    assertTrue(loss[7] < 0.99 * loss[0], "FNO rfft loss " + Arrays.toString(loss));
  }

  @Test
  void deepOnetTrainingDescendsAndHasOurParameterCount() {
    // Gaussian targets: the MSE starts near their variance, 1, and falls as the net memorises them
    String out = run(concat(new String[] {"deeponet-train", "4", "2", "100", "1"}, DEEPONET_BENCH));
    assertEquals(DEEPONET_PARAMS, header(out, "deeponet-train"));
    assertTrue(number(out, "TRAIN_STEP_MS") > 0, out);
    assertEquals(100, values(out, "STEP_MS").length, out);
    double[] loss = values(out, "LOSS");
    assertEquals(102, loss.length);
    assertTrue(loss[101] < 0.96 * loss[0], "DeepONet loss " + Arrays.toString(loss));
  }

  @Test
  void predictionsPrintTheirLines() {
    String fno = run("fno-predict", "2", "1", "3", "1", "24");
    assertEquals(FNO_PARAMS, header(fno, "fno-predict"));
    assertTrue(number(fno, "PREDICT_MS") > 0, fno);
    assertEquals(3, values(fno, "STEP_MS").length, fno);
    assertTrue(number(fno, "CPU_MS_PER_STEP") > 0, fno);
    String don = run(concat(new String[] {"deeponet-predict", "4", "1", "3", "1"}, DEEPONET_BENCH));
    assertEquals(DEEPONET_PARAMS, header(don, "deeponet-predict"));
    assertTrue(number(don, "PREDICT_MS") > 0, don);
    assertTrue(number(don, "PEAK_RSS_KB") > 0, don);
  }

  @Test
  void badArgumentsExitWithTwo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    assertEquals(2, DjlPeer.run(new String[] {"fno-train", "2"}, ps));
    assertEquals(2, DjlPeer.run(new String[] {"fno-train", "x", "1", "1", "1"}, ps));
    assertEquals(2, DjlPeer.run(new String[] {"nope", "1", "1", "1", "1"}, ps));
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("usage: DjlPeer"));
  }

  /**
   * As a bench runs it: a child JVM with {@code -Dai.djl.offline=true}, a fresh DJL cache and every
   * HTTP(S) proxy pointed at a closed port, so a download attempt would fail. It succeeds, and the
   * cache then holds libtorch and the JNI library extracted from the jars.
   */
  @Test
  void aChildRunsOfflineFromAFreshCache(@TempDir Path cache) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Dai.djl.offline=true",
        "-Dhttp.proxyHost=127.0.0.1", "-Dhttp.proxyPort=9", "-Dhttps.proxyHost=127.0.0.1",
        "-Dhttps.proxyPort=9", "-cp", System.getProperty("java.class.path"),
        DjlPeer.class.getName()));
    cmd.addAll(List.of(concat(new String[] {"deeponet-train", "4", "1", "2", "1"}, DEEPONET_BENCH)));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("DJL_CACHE_DIR", cache.toString());
    pb.environment().put("ENGINE_CACHE_DIR", cache.resolve("engines").toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "child timed out: " + out);
    assertEquals(0, p.exitValue(), out);
    assertEquals(DEEPONET_PARAMS, header(out, "deeponet-train"));
    assertTrue(out.contains("intra_op_threads 1 inter_op_threads 1"), out);
    assertTrue(number(out, "TRAIN_STEP_MS") > 0, out);
    Path libs = cache.resolve("engines/pytorch/2.7.1-20250812-cpu-linux-x86_64");
    assertTrue(Files.isRegularFile(libs.resolve("libtorch_cpu.so")), "no libtorch in " + libs);
    assertTrue(Files.isRegularFile(libs.resolve("0.36.0-libdjl_torch.so")), "no JNI lib in " + libs);
  }

  static String run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = DjlPeer.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, out);
    return out;
  }

  /** @return the parameter count of the first line, checking it names the engine and the task */
  static long header(String out, String task) {
    String first = out.lines().findFirst().orElse("");
    Matcher m = Pattern.compile("^DJL_PEER engine PyTorch 2\\.7\\.1 djl 0\\.36\\.0 task (\\S+) .*"
        + "intra_op_threads \\d+ inter_op_threads \\d+ params (\\d+)$").matcher(first);
    assertTrue(m.matches(), "first line: " + first);
    assertEquals(task, m.group(1));
    return Long.parseLong(m.group(2));
  }

  static String line(String out, String key) {
    return out.lines().filter(l -> l.startsWith(key + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + " line in " + out));
  }

  static double number(String out, String key) {
    double[] v = values(out, key);
    assertEquals(1, v.length, key);
    return v[0];
  }

  static double[] values(String out, String key) {
    String[] parts = line(out, key).split(" ");
    return Arrays.stream(parts, 1, parts.length).mapToDouble(Double::parseDouble).toArray();
  }

  static String[] concat(String[] a, String[] b) {
    String[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
