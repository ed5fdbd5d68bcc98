package dev.galerkin.operators.timestep;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.SampleSource;
import dev.galerkin.data.Shape;
import dev.galerkin.data.normalize.Normaliser;
import dev.galerkin.data.normalize.NormaliserKind;
import dev.galerkin.operators.Normalisation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The normalisers of a time-stepper's fields: one mean and standard deviation per channel of
 * each field, over the training trajectories' samples, frames and points — the same statistics for
 * every frame, so a predicted (normalised) frame is fed back into the window as it is. A field
 * without a channel axis has one global mean and deviation, as {@link Normalisation.Kind#GLOBAL}.
 *
 * @param layout the channel layout
 * @param normalisers field name → normaliser, for every trajectory and static field
 */
public record TrajectoryCodec(TrajectoryLayout layout, Map<String, Normaliser> normalisers) {

  /** Checks there is a normaliser per field. */
  public TrajectoryCodec {
    normalisers = Map.copyOf(normalisers);
    for (String f : fields(layout)) {
      if (!normalisers.containsKey(f)) {
        throw new GalerkinException("time-stepper field '" + f + "' has no normaliser; the model"
            + " file is damaged or from another version");
      }
    }
  }

  private static List<String> fields(TrajectoryLayout l) {
    List<String> all = new java.util.ArrayList<>(l.trajectories());
    all.addAll(l.statics());
    return all;
  }

  /** Fits the normalisers on the training trajectories. */
  public static TrajectoryCodec fit(SampleSource data, TrajectoryLayout layout, long[] train) {
    Map<String, Normaliser> n = new LinkedHashMap<>();
    List<String> all = fields(layout);
    for (int i = 0; i < all.size(); i++) {
      String f = all.get(i);
      n.put(f, layout.channels()[i] == 1 ? Normalisation.fit(data, f, train, true)
          : Normaliser.fit(NormaliserKind.CHANNEL_GAUSSIAN, data, f, train));
    }
    return new TrajectoryCodec(layout, n);
  }

  /** @return each field of {@code fields} named in the layout, encoded */
  public Map<String, FloatArray> encode(Map<String, ? extends NdArray> fields, List<String> names) {
    Map<String, FloatArray> out = new LinkedHashMap<>();
    for (String f : names) {
      NdArray x = fields.get(f);
      if (x == null) {
        throw new GalerkinException("field '" + f + "' is missing; the time-stepper needs "
            + fields(layout));
      }
      out.put(f, Normalisation.encode(normalisers.get(f), x));
    }
    return out;
  }

  /** @return each field decoded to physical units */
  public Map<String, FloatArray> decode(Map<String, FloatArray> encoded) {
    Map<String, FloatArray> out = new LinkedHashMap<>();
    encoded.forEach((f, z) -> out.put(f, Normalisation.decode(normalisers.get(f), z)));
    return out;
  }

  /**
   * The decoding of a stacked output {@code [B, ...grid, frames·Σ C_f]} as one scale and offset
   * per channel, for a graph.
   *
   * @return {@code {scale, offset}}, each of length {@code frames·Σ C_f}
   */
  public float[][] affine(int frames) {
    int fc = layout.frameChannels();
    float[] scale = new float[frames * fc];
    float[] offset = new float[frames * fc];
    int at = 0;
    for (int f = 0; f < layout.trajectories().size(); f++) {
      int c = layout.channels()[f];
      Normaliser n = normalisers.get(layout.trajectories().get(f));
      float[] ones = new float[c];
      java.util.Arrays.fill(ones, 1f);
      float[] o = Normalisation.decode(n, FloatArray.zeros(Shape.of(1, c))).toArray();
      float[] u = Normalisation.decode(n, FloatArray.wrap(Shape.of(1, c), ones)).toArray();
      for (int j = 0; j < frames; j++) {
        for (int q = 0; q < c; q++) {
          offset[j * fc + at + q] = o[q];
          scale[j * fc + at + q] = u[q] - o[q];
        }
      }
      at += c;
    }
    return new float[][] {scale, offset};
  }
}
