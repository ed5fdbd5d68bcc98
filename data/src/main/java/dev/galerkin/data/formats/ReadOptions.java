package dev.galerkin.data.formats;

import dev.galerkin.GalerkinException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to open a data file: its layout (or {@code null} to detect it), FNO's subsampling, and for a
 * plain HDF5 file ({@link Layout#PLAIN_HDF5}) which datasets are inputs and outputs and which axis
 * indexes the samples.
 *
 * @param layout the layout to read, or {@code null} to detect it with {@link Layouts#detect}
 * @param subsample keep every r-th point on each axis after the samples (FNO's {@code r = 5}, 421 →
 *     85); 1 keeps all; {@code .mat} files only
 * @param inputs for a plain HDF5 file: dataset paths ({@code /coeff}) or names of the input fields
 * @param outputs for a plain HDF5 file: dataset paths or names of the output fields
 * @param sampleAxis for a plain HDF5 file: the axis of each dataset that indexes the samples, or
 *     -1 when not stated
 * @param coordinates for a plain HDF5 file: coordinate name → path of a 1-D dataset in the same
 *     file, in the order of the grid axes ({@code x=/grid/x, y=/grid/y}); axes not given are
 *     uniform on [0, 1]
 *
 * <p>Serializable, so a distributed evaluation ({@code --engine spark}) hands it to its tasks.
 */
public record ReadOptions(Layout layout, int subsample, List<String> inputs, List<String> outputs,
    int sampleAxis, Map<String, String> coordinates) implements java.io.Serializable {

  /** Validates the subsampling and the sample axis, and copies the lists and the map. */
  public ReadOptions {
    if (subsample < 1) {
      throw new GalerkinException("subsample = " + subsample + " is out of range; it must be at"
          + " least 1 (1 keeps every point)");
    }
    if (sampleAxis < -1) {
      throw new GalerkinException("sample axis = " + sampleAxis + " is out of range; give 0 for"
          + " the first axis, 1 for the second, ...");
    }
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    coordinates = Collections.unmodifiableMap(new LinkedHashMap<>(coordinates));
  }

  /** @return detection, no subsampling, no plain-HDF5 fields */
  public static ReadOptions detect() {
    return new ReadOptions(null, 1, List.of(), List.of(), -1, Map.of());
  }

  /** @return these options reading {@code layout} ({@code null}: detect) */
  public ReadOptions withLayout(Layout layout) {
    return new ReadOptions(layout, subsample, inputs, outputs, sampleAxis, coordinates);
  }

  /** @return these options keeping every {@code r}-th point */
  public ReadOptions withSubsample(int r) {
    return new ReadOptions(layout, r, inputs, outputs, sampleAxis, coordinates);
  }

  /** @return these options with a plain HDF5 file's input and output datasets */
  public ReadOptions withFields(List<String> in, List<String> out) {
    return new ReadOptions(layout, subsample, in, out, sampleAxis, coordinates);
  }

  /** @return these options with a plain HDF5 file's sample axis */
  public ReadOptions withSampleAxis(int axis) {
    return new ReadOptions(layout, subsample, inputs, outputs, axis, coordinates);
  }

  /**
   * @param c coordinate name → 1-D dataset path, in the order of the grid axes
   * @return these options with a plain HDF5 file's coordinates
   */
  public ReadOptions withCoordinates(Map<String, String> c) {
    return new ReadOptions(layout, subsample, inputs, outputs, sampleAxis, c);
  }

  /**
   * @param text {@code x=PATH,y=PATH} as typed after {@code --coordinates}
   * @return the map it gives, in its order
   */
  public static Map<String, String> parseCoordinates(String text) {
    Map<String, String> c = new LinkedHashMap<>();
    for (String part : text.split(",")) {
      int eq = part.indexOf('=');
      String name = eq < 0 ? "" : part.substring(0, eq).strip();
      String path = eq < 0 ? "" : part.substring(eq + 1).strip();
      if (name.isEmpty() || path.isEmpty()) {
        throw new GalerkinException("--coordinates '" + part.strip() + "' is not NAME=PATH; give"
            + " one NAME=PATH per grid axis, in order, for example x=/grid/x,y=/grid/y");
      }
      if (c.put(name, path) != null) {
        throw new GalerkinException("--coordinates names '" + name + "' twice; give each axis"
            + " once, for example x=/grid/x,y=/grid/y");
      }
    }
    return c;
  }

  /**
   * @param pathOrName a dataset path such as {@code /results/coeff}, or a field name
   * @return the field name it gives: its last path component ({@code coeff})
   */
  public static String fieldName(String pathOrName) {
    String s = pathOrName.strip();
    while (s.endsWith("/") && s.length() > 1) {
      s = s.substring(0, s.length() - 1);
    }
    return s.substring(s.lastIndexOf('/') + 1);
  }
}
