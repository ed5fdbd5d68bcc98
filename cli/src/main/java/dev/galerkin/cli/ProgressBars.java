package dev.galerkin.cli;

import dev.galerkin.operators.training.EpochRecord;
import dev.galerkin.operators.training.TrainingListener;
import dev.galerkin.solvers.generate.ProgressListener;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on standard error (count, rate, ETA) for the long commands. On a terminal ({@link
 * StderrKind#detect()}) a bar redrawn in place (me.tongfei:progressbar); otherwise one plain line
 * every few seconds and, for training, one at each epoch's end ({@link PlainProgress}), so a log
 * file holds a few readable lines instead of hundreds of carriage returns. {@code --quiet} turns
 * both off.
 */
final class ProgressBars {
  private ProgressBars() {}

  /** @return a listener showing training progress (epoch, loss, validation error), or none when quiet */
  static TrainingListener training(String task, boolean quiet) {
    if (quiet) {
      return TrainingListener.NONE;
    }
    return StderrKind.detect() == StderrKind.TERMINAL ? trainingBar(task) : trainingLines(task);
  }

  /** @return a listener showing generation progress in samples, or none when quiet */
  static ProgressListener generation(String task, boolean quiet) {
    if (quiet) {
      return ProgressListener.NONE;
    }
    return StderrKind.detect() == StderrKind.TERMINAL ? generationBar(task) : generationLines(task);
  }

  private static TrainingListener trainingLines(String task) {
    PlainProgress p = new PlainProgress("train " + task, "steps", () -> System.err);
    return new TrainingListener() {
      private int epochs;
      private long perEpoch;
      private long steps;
      private float loss = Float.NaN;

      @Override
      public void started(int epochs, long stepsPerEpoch) {
        this.epochs = epochs;
        this.perEpoch = Math.max(1, stepsPerEpoch);
        p.start(epochs * stepsPerEpoch, 0);
      }

      @Override
      public void step(float loss, int samples) {
        this.loss = loss;
        steps++;
        p.step(1, () -> String.format(Locale.ROOT, "epoch %d/%d, loss %.4f",
            Math.min(epochs, (steps - 1) / perEpoch + 1), epochs, this.loss));
      }

      @Override
      public void epoch(EpochRecord r, boolean best) {
        p.position(r.epoch() * perEpoch);
        p.print(String.format(Locale.ROOT, "epoch %d/%d done, loss %.4f, validation %.4f%s",
            r.epoch(), epochs, r.trainLoss(), r.validationError(), best ? " (best)" : ""));
      }
    };
  }

  private static ProgressListener generationLines(String task) {
    PlainProgress p = new PlainProgress(task, "samples", () -> System.err);
    return new ProgressListener() {
      private volatile String status = "";

      @Override
      public void started(long total, long alreadyDone) {
        p.start(total, alreadyDone);
        if (alreadyDone > 0) {
          p.print(alreadyDone + " resumed");
        }
      }

      @Override
      public void sampleDone() {
        p.step(1, () -> status);
      }

      @Override
      public void status(String message) {
        status = message == null ? "" : message;
      }

      @Override
      public void finished() {
        p.print("");
      }
    };
  }

  private static TrainingListener trainingBar(String task) {
    return new TrainingListener() {
      private ProgressBar bar;
      private long perEpoch;
      private String last = "";

      @Override
      public void started(int epochs, long stepsPerEpoch) {
        perEpoch = stepsPerEpoch;
        bar = new ProgressBarBuilder().setTaskName("train " + task).setInitialMax(epochs * stepsPerEpoch)
            .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).setUnit(" steps", 1)
            .showSpeed().setSpeedUnit(ChronoUnit.SECONDS).build();
      }

      @Override
      public void step(float loss, int samples) {
        bar.step();
        bar.setExtraMessage(String.format(Locale.ROOT, " epoch %d loss %.4f%s",
            (bar.getCurrent() - 1) / Math.max(1, perEpoch) + 1, loss, last));
      }

      @Override
      public void epoch(EpochRecord r, boolean best) {
        last = String.format(Locale.ROOT, " val %.4f", r.validationError());
      }

      @Override
      public void finished() {
        if (bar != null) {
          bar.close();
        }
      }
    };
  }

  private static ProgressListener generationBar(String task) {
    return new ProgressListener() {
      private ProgressBar bar;

      @Override
      public void started(long total, long alreadyDone) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total - alreadyDone)
            .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
            .setUnit(" samples", 1).showSpeed().setSpeedUnit(ChronoUnit.SECONDS).build();
        if (alreadyDone > 0) {
          bar.setExtraMessage(" (" + alreadyDone + " resumed)");
        }
      }

      @Override
      public void sampleDone() {
        bar.step();
      }

      @Override
      public void status(String message) {
        if (bar != null) {
          bar.setExtraMessage(" " + message);
        }
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
