package dev.galerkin.cli;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.plot.ColorMap;
import dev.galerkin.data.plot.Figure;
import dev.galerkin.data.plot.Heatmap;
import dev.galerkin.operators.timestep.TrajectoryLayout;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pictures of one rollout against its reference, channel 0 of the first trajectory sample: on a
 * 2D grid, reference, prediction and error at four times (first, a third, two thirds, last
 * predicted frame) and an animation frame per step; on a 1D grid, space-time heatmaps. The error
 * maps use a blue-red scale symmetric about zero; reference and prediction share the reference's
 * range. Used by {@code galerkin evaluate} and {@code galerkin bench models --task rollout}.
 *
 * @param layout the time-stepper's trajectory layout (grid and channels)
 * @param channels channels of the pictured field per frame
 * @param field the pictured field's name
 * @param times the time of each predicted frame (or its frame number)
 */
record RolloutPictures(TrajectoryLayout layout, int channels, String field, double[] times) {
  /** @return values of frame {@code j} of sample 0, channel 0, {@code [n_1·n_2]} */
  private double[] frame(FloatArray a, int j) {
    int p = layout.points();
    double[] v = new double[p];
    int base = j * p * channels;
    for (int q = 0; q < p; q++) {
      v[q] = a.getDouble(base + q * channels);
    }
    return v;
  }

  Figure snapshots(FloatArray ref, FloatArray pred, int done) {
    if (layout.grid().length == 1) {
      int n = (int) layout.grid()[0];
      double[] r = new double[done * n];
      double[] p = new double[done * n];
      for (int j = 0; j < done; j++) {
        System.arraycopy(frame(ref, j), 0, r, j * n, n);
        System.arraycopy(frame(pred, j), 0, p, j * n, n);
      }
      double[] lim = limits(r);
      return Figure.create().row(Heatmap.of(r, done, n).limits(lim[0], lim[1])
          .title("reference (frame, x)"), Heatmap.of(p, done, n).limits(lim[0], lim[1])
          .title("prediction"), error(r, p));
    }
    Figure f = Figure.create();
    int[] at = {0, done / 3, (2 * done) / 3, done - 1};
    List<Heatmap> refs = new ArrayList<>();
    List<Heatmap> preds = new ArrayList<>();
    List<Heatmap> errs = new ArrayList<>();
    for (int j : at) {
      double[] r = frame(ref, j);
      double[] p = frame(pred, j);
      double[] lim = limits(r);
      String when = "t = " + String.format(Locale.ROOT, "%.3g", times[j]);
      refs.add(heat(r).limits(lim[0], lim[1]).title("reference, " + when));
      preds.add(heat(p).limits(lim[0], lim[1]).title("prediction, " + when));
      errs.add(error(r, p).title("error, " + when));
    }
    return f.row(refs.toArray(Heatmap[]::new)).row(preds.toArray(Heatmap[]::new))
        .row(errs.toArray(Heatmap[]::new));
  }

  List<BufferedImage> animation(FloatArray ref, FloatArray pred, int done) {
    double[] lim = limits(frame(ref, 0));
    List<BufferedImage> out = new ArrayList<>();
    for (int j = 0; j < done; j++) {
      double[] r = frame(ref, j);
      double[] p = frame(pred, j);
      out.add(Figure.create().title(field + ", t = " + String.format(Locale.ROOT, "%.3g",
          times[j])).row(heat(r).limits(lim[0], lim[1]).title("reference"),
          heat(p).limits(lim[0], lim[1]).title("prediction"), error(r, p).title("error"))
          .render());
    }
    return out;
  }

  private Heatmap heat(double[] v) {
    return Heatmap.of(v, (int) layout.grid()[0], (int) layout.grid()[1]);
  }

  private Heatmap error(double[] r, double[] p) {
    double[] e = new double[r.length];
    double m = 0;
    for (int i = 0; i < e.length; i++) {
      e[i] = p[i] - r[i];
      m = Math.max(m, Math.abs(e[i]));
    }
    int nx = layout.grid().length == 1 ? r.length / (int) layout.grid()[0]
        : (int) layout.grid()[0];
    int ny = r.length / nx;
    return Heatmap.of(e, nx, ny).limits(-Math.max(m, 1e-30), Math.max(m, 1e-30))
        .colorMap(ColorMap.BLUE_RED).title("error");
  }

  private static double[] limits(double[] v) {
    double[] r = Heatmap.finiteRange(v);
    return r == null ? new double[] {0, 1} : r[1] > r[0] ? r : new double[] {r[0], r[0] + 1};
  }
}
