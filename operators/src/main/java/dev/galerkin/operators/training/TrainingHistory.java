package dev.galerkin.operators.training;

import dev.galerkin.data.AtomicFiles;
import dev.galerkin.data.plot.LineChart;
import dev.galerkin.data.plot.Series;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes a training history as CSV and as a loss-curve PNG (log scale), each atomically. */
public final class TrainingHistory {
  private TrainingHistory() {}

  /** Writes {@code epoch,train_loss,validation_relative_l2,learning_rate,seconds} rows. */
  public static void writeCsv(List<EpochRecord> history, Path file) {
    StringBuilder sb = new StringBuilder("epoch,train_loss,validation_relative_l2,learning_rate,seconds\n");
    for (EpochRecord r : history) {
      sb.append(String.format(Locale.ROOT, "%d,%.6g,%.6g,%.6g,%.3f%n", r.epoch(), r.trainLoss(),
          r.validationError(), r.learningRate(), r.seconds()));
    }
    AtomicFiles.write(file, true, p -> Files.writeString(p, sb.toString(), StandardCharsets.UTF_8));
  }

  /** Draws training loss and validation error per epoch on a log axis. */
  public static void writePng(List<EpochRecord> history, String title, Path file) {
    chart(history, title).write(file);
  }

  /** @return the chart of {@link #writePng}: training loss and validation error per epoch, log y */
  public static LineChart chart(List<EpochRecord> history, String title) {
    double[] x = new double[history.size()];
    double[] train = new double[history.size()];
    double[] val = new double[history.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = history.get(i).epoch();
      train[i] = history.get(i).trainLoss();
      val[i] = history.get(i).validationError();
    }
    return LineChart.create().title(title).xLabel("epoch").yLabel("relative L2").logY(true)
        .series(Series.of("training loss", x, train))
        .series(Series.of("validation error", x, val).dashed());
  }
}
