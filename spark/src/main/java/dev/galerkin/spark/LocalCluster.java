package dev.galerkin.spark;

import dev.galerkin.GalerkinException;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster on this machine's loopback address — one master and one worker, each
 * its own JVM — started from the jars this JVM runs on (no Spark download): for the test that
 * submits to a real {@code spark://} master, and for {@code galerkin bench spark}. The worker
 * starts executors from a Spark home whose {@code jars/} links to those jars (Spark's executor
 * launcher looks for it there). Close it to stop both processes and their executors.
 */
public final class LocalCluster implements AutoCloseable {
  private static final long START_TIMEOUT_MS = 90_000;
  private final Process master;
  private final Process worker;
  private final int port;
  private final Path home;

  private LocalCluster(Process master, Process worker, int port, Path home) {
    this.master = master;
    this.worker = worker;
    this.port = port;
    this.home = home;
  }

  /**
   * Starts the master, then the worker, and waits until the worker has registered.
   *
   * @param workDir a directory for the Spark home, the worker's work files and both logs
   * @param cores cores the worker offers
   * @return the running cluster
   */
  public static LocalCluster start(Path workDir, int cores) {
    try {
      Path home = sparkHome(workDir.resolve("spark-home"));
      int port = freePort();
      int ui = freePort();
      Process master = launch(home, workDir.resolve("master.log"), "org.apache.spark.deploy.master.Master",
          "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(ui));
      Process worker = null;
      try {
        waitForPort(port, master, workDir.resolve("master.log"));
        worker = launch(home, workDir.resolve("worker.log"), "org.apache.spark.deploy.worker.Worker",
            "--host", "127.0.0.1", "--cores", String.valueOf(cores), "--memory", "2g",
            "--webui-port", String.valueOf(freePort()), "--work-dir",
            Files.createDirectories(workDir.resolve("work")).toString(), "spark://127.0.0.1:" + port);
        waitForWorker(ui, worker, workDir.resolve("worker.log"));
        return new LocalCluster(master, worker, port, home);
      } catch (RuntimeException e) {
        stop(worker);
        stop(master);
        throw e;
      }
    } catch (IOException e) {
      throw new GalerkinException("cannot start a local Spark cluster in " + workDir + ": "
          + e.getMessage());
    }
  }

  /** @return the master's URL, {@code spark://127.0.0.1:PORT} */
  public String masterUrl() {
    return "spark://127.0.0.1:" + port;
  }

  /**
   * @return Spark settings a driver in this JVM needs for this cluster: the loopback driver
   *     address, and this JVM's class directories for the executors
   */
  public Map<String, String> driverConf() {
    return Map.of("spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1",
        "spark.executor.extraClassPath", String.join(java.io.File.pathSeparator, directories()));
  }

  /** @return the master's and the worker's processes (their executors are the worker's children) */
  public ProcessHandle[] processes() {
    return new ProcessHandle[] {master.toHandle(), worker.toHandle()};
  }

  /** @return the Spark home the worker starts executors from */
  public Path home() {
    return home;
  }

  @Override
  public void close() {
    stop(worker);
    stop(master);
  }

  private static void stop(Process p) {
    if (p == null) {
      return;
    }
    p.descendants().forEach(ProcessHandle::destroy);
    p.destroy();
    try {
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The class path of this JVM (surefire's, when it runs the tests through a manifest jar). */
  static List<String> classPath() {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> out = new ArrayList<>();
    for (String e : cp.split(java.io.File.pathSeparator)) {
      if (!e.isBlank()) {
        out.add(Path.of(e).toAbsolutePath().toString());
      }
    }
    return out;
  }

  private static List<String> directories() {
    return classPath().stream().filter(e -> Files.isDirectory(Path.of(e))).toList();
  }

  /** A Spark home whose {@code jars/} links to every jar on this JVM's class path. */
  private static Path sparkHome(Path home) throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    int i = 0;
    for (String e : classPath()) {
      Path p = Path.of(e);
      if (Files.isRegularFile(p) && e.endsWith(".jar")) {
        Path link = jars.resolve(String.format("%03d-%s", i++, p.getFileName()));
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, p);
      }
    }
    return home;
  }

  private static Process launch(Path home, Path log, String mainClass, String... args)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.addAll(JvmOptions.list());
    cmd.add("-cp");
    cmd.add(String.join(java.io.File.pathSeparator, classPath()));
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().put("SPARK_HOME", home.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void waitForPort(int port, Process p, Path log) {
    long end = System.currentTimeMillis() + START_TIMEOUT_MS;
    while (System.currentTimeMillis() < end) {
      checkAlive(p, log);
      try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
        return;
      } catch (IOException e) {
        sleep();
      }
    }
    throw new GalerkinException("the Spark master did not listen on port " + port + " within "
        + START_TIMEOUT_MS / 1000 + " s; see " + log);
  }

  /** Polls the master's JSON page until it lists one alive worker. */
  private static void waitForWorker(int ui, Process worker, Path log) {
    long end = System.currentTimeMillis() + START_TIMEOUT_MS;
    while (System.currentTimeMillis() < end) {
      checkAlive(worker, log);
      try {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + ui + "/json/")
            .toURL().openConnection();
        c.setConnectTimeout(2000);
        c.setReadTimeout(2000);
        try (InputStream in = c.getInputStream()) {
          String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          if (json.replace(" ", "").contains("\"aliveworkers\":1")) {
            return;
          }
        }
      } catch (IOException e) {
        // not up yet
      }
      sleep();
    }
    throw new GalerkinException("no Spark worker registered with the master within "
        + START_TIMEOUT_MS / 1000 + " s; see " + log);
  }

  private static void checkAlive(Process p, Path log) {
    if (!p.isAlive()) {
      throw new GalerkinException("a Spark process exited with code " + p.exitValue()
          + " while starting; see " + log);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GalerkinException("interrupted while starting a local Spark cluster");
    }
  }
}
