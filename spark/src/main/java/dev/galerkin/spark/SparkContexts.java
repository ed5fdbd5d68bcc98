package dev.galerkin.spark;

import dev.galerkin.GalerkinException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Starts the {@link JavaSparkContext} of one {@code --engine spark} run: the master
 * ({@code local[*]} in this process by default), the JVM flags for executors, no web UI, and
 * Spark's log at FATAL unless {@code --verbose}. A {@code spark://} master that does not answer is
 * refused in one line before Spark is started (Spark itself would retry for a minute).
 */
public final class SparkContexts {
  /** The master when none is given: Spark in this process, one task per core. */
  public static final String DEFAULT_MASTER = "local[*]";
  private static final Pattern STANDALONE = Pattern.compile("spark://([^:/,]+):(\\d+)");
  private static final int CONNECT_TIMEOUT_MS = 3000;

  private SparkContexts() {}

  /**
   * @param master the master URL, or null for {@link #DEFAULT_MASTER}
   * @param appName the application's name in the cluster's UI
   * @param conf extra Spark settings ({@code --conf}), applied last
   * @param verbose keep Spark's INFO log
   * @return a started context; close it
   */
  public static JavaSparkContext start(String master, String appName, Map<String, String> conf,
      boolean verbose) {
    String m = masterOf(master);
    checkReachable(m);
    JvmOptions.requireOpened();
    Configurator.setRootLevel(verbose ? Level.INFO : Level.FATAL);
    SparkConf sc = new SparkConf().setMaster(m).setAppName(appName)
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
        .set("spark.executor.extraJavaOptions", JvmOptions.joined());
    conf.forEach(sc::set);
    try {
      return new JavaSparkContext(sc);
    } catch (RuntimeException e) {
      throw new GalerkinException("cannot start Spark with --master " + m + ": "
          + SparkFailures.rootMessage(e) + "; check --master and --conf");
    }
  }

  /** @return the master this run uses */
  public static String masterOf(String master) {
    return master == null ? DEFAULT_MASTER : master;
  }

  private static void checkReachable(String master) {
    Matcher mt = STANDALONE.matcher(master);
    if (!mt.matches()) {
      if (!master.startsWith("local") && !master.equals("yarn") && !master.startsWith("spark://")
          && !master.startsWith("k8s://")) {
        throw new GalerkinException("--master " + master + " is not a Spark master URL; use"
            + " local[*], local[N], local[N,F], spark://HOST:PORT, yarn or k8s://…");
      }
      return;
    }
    String host = mt.group(1);
    int port = Integer.parseInt(mt.group(2));
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
    } catch (IOException e) {
      throw new GalerkinException("cannot reach the Spark master at " + master + " ("
          + e.getMessage() + "); start it (sbin/start-master.sh) or correct --master");
    }
  }
}
