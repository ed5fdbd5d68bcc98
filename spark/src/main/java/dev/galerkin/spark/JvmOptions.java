package dev.galerkin.spark;

import dev.galerkin.GalerkinException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM flags Spark needs on Java 17 ({@code --add-opens} of the JDK packages it reaches into),
 * from {@code dev/galerkin/spark/jvm-options.txt}, which the build fills from the
 * {@code spark.jvmOptions} property of {@code spark/pom.xml}: the one list that {@code ./galerkin}
 * gives the driver JVM, the tests give theirs, and {@link SparkContexts} gives executors.
 */
public final class JvmOptions {
  private static final String RESOURCE = "/dev/galerkin/spark/jvm-options.txt";

  private JvmOptions() {}

  /** @return the flags, in order */
  public static List<String> list() {
    try (InputStream in = JvmOptions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new GalerkinException("galerkin-spark: " + RESOURCE + " is missing from the class"
            + " path; rebuild the spark module (./mvnw -pl spark -am install -DskipTests)");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      return Arrays.stream(text.split("\\s+")).filter(s -> !s.isEmpty()).toList();
    } catch (IOException e) {
      throw new GalerkinException("galerkin-spark: cannot read " + RESOURCE + ": " + e.getMessage());
    }
  }

  /** @return the flags as one string, for {@code spark.executor.extraJavaOptions} */
  public static String joined() {
    return String.join(" ", list());
  }

  /**
   * Throws in one line, naming the launcher, when this JVM was started without the flags (Spark
   * would fail later with an {@code InaccessibleObjectException} deep in its start-up).
   */
  public static void requireOpened() {
    Module base = Object.class.getModule();
    if (!base.isOpen("java.nio", JvmOptions.class.getModule())
        || !base.isOpen("sun.nio.ch", JvmOptions.class.getModule())) {
      throw new GalerkinException("--engine spark needs the JVM flags in " + RESOURCE + " (for"
          + " example --add-opens=java.base/java.nio=ALL-UNNAMED); run through ./galerkin, which"
          + " adds them, or add them to java's command line");
    }
  }
}
