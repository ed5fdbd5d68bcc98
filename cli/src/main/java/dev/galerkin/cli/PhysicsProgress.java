package dev.galerkin.cli;

import dev.galerkin.operators.physics.training.PhysicsListener;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of {@code galerkin solve} on standard error, as the other long commands show it: a bar
 * per phase (Adam, then L-BFGS) on a terminal, plain lines every few seconds otherwise
 * ({@link PlainProgress}), nothing with {@code --quiet}.
 */
final class PhysicsProgress {
  private PhysicsProgress() {}

  static PhysicsListener listener(String task, boolean quiet) {
    if (quiet) {
      return PhysicsListener.NONE;
    }
    return StderrKind.detect() == StderrKind.TERMINAL ? bar(task) : lines(task);
  }

  private static PhysicsListener lines(String task) {
    return new PhysicsListener() {
      private PlainProgress p;
      private String phase;
      private double loss = Double.NaN;

      @Override
      public void phase(String name, int steps) {
        if (p != null) {
          p.print(String.format(Locale.ROOT, "%s done, loss %.3e", phase, loss));
        }
        phase = name;
        p = new PlainProgress(task + " " + name, name.equals("lbfgs") ? "iterations" : "steps", () -> System.err);
        p.start(steps, 0);
      }

      @Override
      public void step(String ph, int step, double l) {
        loss = l;
        p.step(1, () -> String.format(Locale.ROOT, "loss %.3e", loss));
      }

      @Override
      public void finished() {
        if (p != null) {
          p.print(String.format(Locale.ROOT, "%s done, loss %.3e", phase, loss));
        }
      }
    };
  }

  private static PhysicsListener bar(String task) {
    return new PhysicsListener() {
      private ProgressBar bar;

      @Override
      public void phase(String name, int steps) {
        if (bar != null) {
          bar.close();
        }
        bar = new ProgressBarBuilder().setTaskName(task + " " + name).setInitialMax(steps)
            .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).setUnit(" it", 1)
            .showSpeed().setSpeedUnit(ChronoUnit.SECONDS).build();
      }

      @Override
      public void step(String phase, int step, double loss) {
        bar.step();
        bar.setExtraMessage(String.format(Locale.ROOT, " loss %.3e", loss));
      }

      @Override
      public void finished() {
        if (bar != null) {
          bar.close();
        }
      }
    };
  }
}
