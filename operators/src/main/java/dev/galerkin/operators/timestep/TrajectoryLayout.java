package dev.galerkin.operators.timestep;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.SampleSource;
import dev.galerkin.data.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How trajectories become the channels of a learned time-stepper. A trajectory field has samples
 * {@code [T, ...grid]} or {@code [T, ...grid, C]} (frames first, as the Navier–Stokes and
 * shallow-water presets write them); a static field (bathymetry, forcing) has samples
 * {@code [...grid]} or {@code [...grid, C]}. The model maps a window of {@code history} frames to
 * the next {@code horizon} frames:
 * <ul>
 *   <li>input sample {@code [...grid, history·Σ C_f + Σ C_s]}: for each window frame (oldest
 *       first) the channels of every trajectory field in order, then the static fields' channels;
 *   <li>output sample {@code [...grid, horizon·Σ C_f]}, frames in order.
 * </ul>
 * All arrays here are normalised or physical alike: the layout only moves numbers.
 *
 * @param trajectories the trajectory fields, in channel order
 * @param statics the static fields, in channel order (may be empty)
 * @param history frames in the model's input window, {@code >= 1}
 * @param horizon frames the model predicts per application, {@code >= 1}
 * @param frames frames {@code T} of every trajectory
 * @param grid the spatial grid, {@code [n_1, …, n_d]}
 * @param channels channels of each trajectory field then each static field (1 when the field has
 *     no channel axis)
 */
public record TrajectoryLayout(List<String> trajectories, List<String> statics, int history,
    int horizon, int frames, long[] grid, int[] channels) {

  /** Copies the lists and arrays and checks the sizes. */
  public TrajectoryLayout {
    trajectories = List.copyOf(trajectories);
    statics = List.copyOf(statics);
    grid = grid.clone();
    channels = channels.clone();
    if (trajectories.isEmpty()) {
      throw new GalerkinException("trajectory training needs at least one trajectory field");
    }
    if (history < 1 || horizon < 1) {
      throw new GalerkinException("--history and --horizon must be >= 1, got " + history + " and "
          + horizon);
    }
    if (history + horizon > frames) {
      throw new GalerkinException("a window of " + history + " + " + horizon + " frames is longer"
          + " than the trajectories' " + frames + " frames; use --history and --horizon with a sum"
          + " of at most " + frames);
    }
    if (channels.length != trajectories.size() + statics.size()) {
      throw new GalerkinException("trajectory layout: " + channels.length + " channel counts for "
          + (trajectories.size() + statics.size()) + " fields");
    }
  }

  /**
   * Reads the layout from a dataset's field shapes.
   *
   * @param data the dataset
   * @param gridRank spatial dimensions {@code d}; a trajectory sample of rank {@code d + 2} has a
   *     channel axis, one of rank {@code d + 1} has none
   * @return the layout; fails with one line when a field has no time axis or the grids differ
   */
  public static TrajectoryLayout of(SampleSource data, List<String> trajectories,
      List<String> statics, int history, int horizon, int gridRank) {
    int frames = -1;
    long[] grid = null;
    List<Integer> ch = new ArrayList<>();
    for (String f : trajectories) {
      Shape s = sample(data, f);
      if (s.rank() != gridRank + 1 && s.rank() != gridRank + 2) {
        throw new GalerkinException("field '" + f + "' has samples of shape " + s + ", not a"
            + " trajectory [T, ...grid] on a " + gridRank + "-d grid; trajectory training needs a"
            + " time axis first, as navier-stokes' w [T, s, s] has");
      }
      long[] g = Arrays.copyOfRange(s.dims(), 1, 1 + gridRank);
      if (frames >= 0 && (s.dim(0) != frames || !Arrays.equals(g, grid))) {
        throw new GalerkinException("trajectory fields differ in frames or grid: '" + f + "' has "
            + s + ", the first " + frames + " frames on " + Arrays.toString(grid));
      }
      frames = (int) s.dim(0);
      grid = g;
      ch.add(s.rank() == gridRank + 2 ? (int) s.dim(gridRank + 1) : 1);
    }
    for (String f : statics) {
      Shape s = sample(data, f);
      long[] g = Arrays.copyOf(s.dims(), Math.min(gridRank, s.rank()));
      if ((s.rank() != gridRank && s.rank() != gridRank + 1) || !Arrays.equals(g, grid)) {
        throw new GalerkinException("static field '" + f + "' has samples of shape " + s + "; it"
            + " needs the trajectories' grid " + Arrays.toString(grid) + " (with an optional"
            + " channel axis)");
      }
      ch.add(s.rank() == gridRank + 1 ? (int) s.dim(gridRank) : 1);
    }
    return new TrajectoryLayout(trajectories, statics, history, horizon, frames, grid,
        ch.stream().mapToInt(Integer::intValue).toArray());
  }

  private static Shape sample(SampleSource data, String f) {
    if (!data.sampleFieldNames().contains(f)) {
      throw new GalerkinException("the dataset has no field '" + f + "'; it has "
          + data.sampleFieldNames());
    }
    return data.shape(f).sampleShape();
  }

  /** @return channels of one frame: {@code Σ C_f} over the trajectory fields */
  public int frameChannels() {
    int c = 0;
    for (int i = 0; i < trajectories.size(); i++) {
      c += channels[i];
    }
    return c;
  }

  /** @return channels of the static fields together */
  public int staticChannels() {
    int c = 0;
    for (int i = trajectories.size(); i < channels.length; i++) {
      c += channels[i];
    }
    return c;
  }

  /** @return grid points {@code Π n_a} */
  public int points() {
    long p = 1;
    for (long n : grid) {
      p *= n;
    }
    return Math.toIntExact(p);
  }

  /** @return the model's input sample {@code [...grid, history·Σ C_f + Σ C_s]} */
  public Shape inputSample() {
    return withChannels(history * frameChannels() + staticChannels());
  }

  /** @return the model's output sample {@code [...grid, frames·Σ C_f]} for {@code frames} frames */
  public Shape outputSample(int frames) {
    return withChannels(frames * frameChannels());
  }

  private Shape withChannels(int c) {
    long[] d = Arrays.copyOf(grid, grid.length + 1);
    d[grid.length] = c;
    return Shape.of(d);
  }

  /** @return the shape of one trajectory field's sample, {@code [T, ...grid(, C)]} */
  long[] trajectorySample(int field, int count) {
    return sampleDims(count, channels[field], true);
  }

  private long[] sampleDims(int count, int c, boolean timed) {
    List<Long> d = new ArrayList<>();
    if (timed) {
      d.add((long) count);
    }
    for (long n : grid) {
      d.add(n);
    }
    if (c > 1) {
      d.add((long) c);
    }
    return d.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * Stacks windows: the frames {@code start[b] … start[b] + count − 1} of every trajectory field,
   * then (when {@code statics} is not {@code null}) the static fields.
   *
   * @param fields trajectory field → {@code [B, T', ...grid(, C)]}, in {@link #trajectories} order
   * @param statics static field → {@code [B, ...grid(, C)]}, or {@code null} for none
   * @param start the first frame of each sample's window
   * @param count frames per window
   * @return {@code [B, ...grid, count·Σ C_f (+ Σ C_s)]}
   */
  public FloatArray window(Map<String, FloatArray> fields, Map<String, FloatArray> statics,
      int[] start, int count) {
    int b = start.length;
    int fc = frameChannels();
    int width = count * fc + (statics == null ? 0 : staticChannels());
    int p = points();
    float[] out = new float[Math.multiplyExact(b * p, width)];
    int off = 0;
    for (int f = 0; f < trajectories.size(); f++) {
      FloatArray a = fields.get(trajectories.get(f));
      int c = channels[f];
      long t = a.shape().dim(1);
      int perFrame = p * c;
      for (int s = 0; s < b; s++) {
        if (start[s] < 0 || start[s] + count > t) {
          throw new GalerkinException("window of " + count + " frames from frame " + start[s]
              + " does not fit " + t + " frames");
        }
        for (int j = 0; j < count; j++) {
          int src = a.offset() + (int) ((s * t + start[s] + j) * perFrame);
          for (int q = 0; q < p; q++) {
            System.arraycopy(a.data(), src + q * c, out, (s * p + q) * width + j * fc + off, c);
          }
        }
      }
      off += c;
    }
    if (statics != null) {
      int at = count * fc;
      for (int f = 0; f < this.statics.size(); f++) {
        FloatArray a = statics.get(this.statics.get(f));
        int c = channels[trajectories.size() + f];
        for (int s = 0; s < b; s++) {
          for (int q = 0; q < p; q++) {
            System.arraycopy(a.data(), a.offset() + (s * p + q) * c, out,
                (s * p + q) * width + at, c);
          }
        }
        at += c;
      }
    }
    return FloatArray.wrap(outputSampleOrInput(count, statics != null).prepend(b), out);
  }

  private Shape outputSampleOrInput(int count, boolean withStatics) {
    return withChannels(count * frameChannels() + (withStatics ? staticChannels() : 0));
  }

  /**
   * The inverse of {@link #window} without statics: frames stacked as channels back into fields.
   *
   * @param stacked {@code [B, ...grid, count·Σ C_f]}
   * @param count the frames stacked
   * @return trajectory field → {@code [B, count, ...grid(, C)]}
   */
  public Map<String, FloatArray> unstack(FloatArray stacked, int count) {
    int b = (int) stacked.sampleCount();
    int fc = frameChannels();
    int p = points();
    int width = count * fc;
    Map<String, FloatArray> out = new LinkedHashMap<>();
    int off = 0;
    for (int f = 0; f < trajectories.size(); f++) {
      int c = channels[f];
      float[] v = new float[b * count * p * c];
      for (int s = 0; s < b; s++) {
        for (int j = 0; j < count; j++) {
          for (int q = 0; q < p; q++) {
            System.arraycopy(stacked.data(), stacked.offset() + (s * p + q) * width + j * fc + off,
                v, ((s * count + j) * p + q) * c, c);
          }
        }
      }
      out.put(trajectories.get(f), FloatArray.wrap(Shape.of(trajectorySample(f, count)).prepend(b), v));
      off += c;
    }
    return out;
  }

  /**
   * Joins frames along the time axis: {@code [B, T1, …]} and {@code [B, T2, …]} into
   * {@code [B, T1 + T2, …]} per field.
   */
  public static Map<String, FloatArray> concatFrames(Map<String, FloatArray> a,
      Map<String, FloatArray> b) {
    Map<String, FloatArray> out = new LinkedHashMap<>();
    for (var e : a.entrySet()) {
      FloatArray x = e.getValue();
      FloatArray y = b.get(e.getKey());
      int n = (int) x.sampleCount();
      int px = (int) (x.size() / n);
      int py = (int) (y.size() / n);
      float[] v = new float[n * (px + py)];
      for (int s = 0; s < n; s++) {
        System.arraycopy(x.data(), x.offset() + s * px, v, s * (px + py), px);
        System.arraycopy(y.data(), y.offset() + s * py, v, s * (px + py) + px, py);
      }
      long[] d = x.shape().dims().clone();
      d[1] += y.shape().dim(1);
      out.put(e.getKey(), FloatArray.wrap(Shape.of(d), v));
    }
    return out;
  }
}
