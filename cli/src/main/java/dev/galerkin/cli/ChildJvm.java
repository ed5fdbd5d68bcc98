package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Our side of {@code bench train} and {@code bench predict}, measured in a fresh child JVM that
 * runs the hidden {@code galerkin bench step} once and exits, so the bench's own JVM never loads
 * TensorFlow: when a peer runs, no TensorFlow thread pool, session or JVM worker of ours exists.
 *
 * <p>The child is this JVM's executable ({@code ProcessHandle.current().info().command()}) with
 * this JVM's class path, the memory and {@code -D} options it was started with (agents and
 * debuggers are not passed on), and {@code -XX:ActiveProcessorCount=T} for the task's
 * {@code --threads}, so that graphs which take "all processors" (those of
 * {@code NeuralOperator.predict}) use T intra-op threads like the training graph.
 */
final class ChildJvm {
  private ChildJvm() {}

  /** @return the command line that measures {@code task} once in a child JVM */
  static List<String> command(StepTask task) {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> cmd = new ArrayList<>(List.of(java));
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (inherited(a)) {
        cmd.add(a);
      }
    }
    cmd.add("-XX:ActiveProcessorCount=" + task.threads());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.add("bench");
    cmd.add("step");
    cmd.addAll(task.args());
    return cmd;
  }

  /** @return whether a JVM option of ours matters to the child: heap and stack sizes, GC, -D */
  static boolean inherited(String option) {
    return option.startsWith("-Xmx") || option.startsWith("-Xms") || option.startsWith("-Xss")
        || option.startsWith("-XX:MaxDirectMemorySize") || option.startsWith("-XX:+Use")
        || option.startsWith("-D") || option.startsWith("--add-opens")
        || option.startsWith("--enable-native-access");
  }

  /**
   * Measures {@code task} once in a child JVM.
   *
   * @return the round: the median of the child's timed steps, and its peak resident memory
   * @throws GalerkinException when the child fails
   */
  static Round run(StepTask task) {
    try {
      Peers.Result r = Peers.run(command(task), PeerRounds.TIMEOUT_SECONDS);
      if (r.code() != 0) {
        throw new GalerkinException("the child JVM measuring " + task.mode() + " " + task.model()
            + " failed (exit " + r.code() + "): " + ChildOutput.tail(r.out()));
      }
      return ChildOutput.parse(r.out(), task.key(), task.singleLine());
    } catch (IOException e) {
      throw new GalerkinException("cannot start a child JVM for the bench: " + e.getMessage());
    }
  }
}
