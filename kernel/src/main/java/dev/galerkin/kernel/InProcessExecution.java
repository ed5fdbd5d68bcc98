package dev.galerkin.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's execution engine for the kernel: snippets run in this JVM (so {@link Display} reaches
 * the kernel that runs them), each on a worker thread that {@link #stop()} can stop, and the value
 * of the last snippet is kept as an object (not only its {@code toString}) so that the kernel can
 * render it rich, as IJava does.
 *
 * <p>Classes of snippets and of {@code %jars} are loaded by JShell's default loader, whose parent
 * is the application class loader: the kernel's own classes ({@link Display}) and the display
 * library (jupyter-jvm-basekernel) are shared with the snippets.
 */
final class InProcessExecution extends DirectExecutionControl {
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "jshell-snippet");
    t.setDaemon(true);
    return t;
  });
  private volatile Thread running;
  private volatile boolean stopped;
  private volatile Object lastValue;

  /** The provider JShell asks for an engine; {@link #control()} is the one it made. */
  static final class Provider implements ExecutionControlProvider {
    private InProcessExecution made;

    @Override
    public String name() {
      return "galerkin-in-process";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
      made = new InProcessExecution();
      return made;
    }

    /** @return the engine made by {@link #generate}, or {@code null} before JShell started it */
    InProcessExecution control() {
      return made;
    }
  }

  @Override
  protected String invoke(Method doitMethod) throws Exception {
    stopped = false;
    Future<Object> f = worker.submit(() -> {
      running = Thread.currentThread();
      try {
        return doitMethod.invoke(null);
      } finally {
        running = null;
      }
    });
    Object value;
    try {
      value = f.get();
    } catch (ExecutionException e) {
      if (stopped) {
        throw new ExecutionControl.StoppedException();
      }
      Throwable cause = e.getCause();
      if (cause instanceof InvocationTargetException ite) {
        throw ite;
      }
      throw new InvocationTargetException(cause);
    }
    lastValue = value;
    return valueString(value);
  }

  /**
   * Stops the running snippet: its thread gets {@link ThreadDeath} at its next Java instruction
   * (native code, such as a TensorFlow session run, finishes its call first).
   */
  @Override
  @SuppressWarnings({"deprecation", "removal"})
  public void stop() {
    Thread t = running;
    if (t != null) {
      stopped = true;
      t.stop();
    }
  }

  /** @return whether the last snippet ended by {@link #stop()} */
  boolean wasStopped() {
    return stopped;
  }

  /** @return the value of the last snippet that completed, and forgets it */
  Object takeLastValue() {
    Object v = lastValue;
    lastValue = null;
    return v;
  }

  @Override
  public void close() {
    worker.shutdownNow();
    super.close();
  }
}
