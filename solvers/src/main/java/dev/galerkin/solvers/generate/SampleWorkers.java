package dev.galerkin.solvers.generate;

import dev.galerkin.GalerkinException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Makes samples {@code [lo, hi)} on a pool of threads, each thread with its own worker (solver
 * workspaces, a Gmsh scratch directory), taking the next index as it finishes one: what both the
 * grid and the mesh dataset generators run. The first failure stops the other workers and is
 * rethrown as it was.
 */
final class SampleWorkers {
  /** Makes one sample; one instance per thread, so it need not be thread-safe. */
  interface Worker {
    /** @param index the sample to make */
    void make(long index);
  }

  private static final java.util.concurrent.atomic.AtomicInteger ID =
      new java.util.concurrent.atomic.AtomicInteger();

  private SampleWorkers() {}

  static void run(long lo, long hi, int threads, Supplier<Worker> perThread) {
    long n = hi - lo;
    if (n <= 0) {
      return;
    }
    AtomicLong next = new AtomicLong(lo);
    AtomicBoolean failed = new AtomicBoolean();
    int workers = (int) Math.min(threads, n);
    ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        futures.add(pool.submit(() -> {
          Worker worker = perThread.get();
          long i;
          while (!failed.get() && (i = next.getAndIncrement()) < hi) {
            worker.make(i);
          }
          return null;
        }));
      }
      for (Future<?> fu : futures) {
        try {
          fu.get();
        } catch (ExecutionException e) {
          failed.set(true);
          Throwable c = e.getCause();
          if (c instanceof RuntimeException r) {
            throw r;
          }
          if (c instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(c);
        } catch (InterruptedException e) {
          failed.set(true);
          Thread.currentThread().interrupt();
          throw new GalerkinException("generation interrupted at samples [" + lo + ", " + hi + ")");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "galerkin-generate-" + ID.getAndIncrement());
      t.setDaemon(true);
      return t;
    };
  }
}
