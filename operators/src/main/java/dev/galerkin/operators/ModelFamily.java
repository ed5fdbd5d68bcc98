package dev.galerkin.operators;

import dev.galerkin.data.Shape;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import java.util.List;

/**
 * A model family as a plug-in: its name, its command-line options, its configuration (a validated
 * record with a JSON round trip, stored in every model file as {@code architecture}) and the
 * defaults it derives from the data's shapes. {@link ModelFamilies} lists the families;
 * {@code galerkin train FAMILY} and {@code galerkin train --list} are derived from that list, so a
 * new family is its own package plus one registration line (README, "Adding a model family").
 *
 * <p>Options are declared with {@link OptionSpec}, free of any command-line library; the same names
 * work from Java through {@link OptionValues}.
 */
public interface ModelFamily {

  /** @return the name used on the command line and stored in model files, for example {@code fno} */
  String name();

  /** @return one line for {@code galerkin train --list}: what it is and the paper it follows */
  String summary();

  /** @return the family's own options (architecture hyperparameters), in {@code --help} order */
  List<OptionSpec> options();

  /**
   * Builds a model for the data at hand.
   *
   * @param options the values given for {@link #options()}; they override {@code base}
   * @param baseJson a configuration read from a {@code --config} file, or {@code null}: then
   *     options not given take their defaults, some derived from {@code shapes}
   * @param shapes the shapes of one stacked input and output sample
   * @return the untrained model; fails with one line naming the option when a value is invalid
   */
  OperatorModel configure(OptionValues options, String baseJson, SampleShapes shapes);

  /**
   * @param json a configuration as {@link OperatorModel#architectureJson()} writes it
   * @return the model, untrained; fails with one line when the JSON is not a valid configuration
   */
  OperatorModel fromJson(String json);

  /**
   * @return the normalisation this family trains with unless told otherwise: global for
   *     resolution-independent families, point-wise otherwise
   */
  default Normalisation.Kind defaultNormalisation() {
    return Normalisation.Kind.GLOBAL;
  }

  /**
   * The named parts of the family's models that fine-tuning can freeze
   * ({@code galerkin train FAMILY --init MODEL.h5 --freeze PART}).
   *
   * @return part name → the prefix of the names of its variables, in {@code --help} order; empty
   *     (the default) when the family has no separable parts
   */
  default java.util.Map<String, String> parts() {
    return java.util.Map.of();
  }

  /**
   * The shapes a family derives its defaults from.
   *
   * @param input one stacked input sample, for example {@code [85, 85]}
   * @param output one stacked output sample
   * @param gridRank the grid axes of the input: its rank, or one less when several fields are
   *     stacked along a trailing channel axis
   * @param coordinates the dataset's coordinate fields (name → node coordinates, in file order),
   *     from which a family may take its domain; empty when unknown
   * @param boundary the dataset's boundary condition per spatial axis (its {@code boundary}
   *     attribute), from which padding families choose zero or circular padding; empty when unknown
   */
  record SampleShapes(Shape input, Shape output, int gridRank,
      java.util.Map<String, double[]> coordinates,
      java.util.List<dev.galerkin.meshes.BoundaryCondition> boundary) {
    /** Without coordinates or boundary. */
    public SampleShapes(Shape input, Shape output, int gridRank) {
      this(input, output, gridRank, java.util.Map.of(), java.util.List.of());
    }

    /** Copies the coordinates' map (in order) and the boundary list. */
    public SampleShapes {
      coordinates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(coordinates));
      boundary = boundary == null ? java.util.List.of() : java.util.List.copyOf(boundary);
    }

    /**
     * The extent {@code max − min} of each grid axis whose size matches a coordinate field, taking
     * the fields in file order (so {@code x} before {@code y}).
     *
     * @param spatial the grid sizes
     * @return one length per axis, or empty when some axis has no matching field
     */
    public java.util.Optional<double[]> lengths(long[] spatial) {
      double[] out = new double[spatial.length];
      java.util.List<double[]> left = new java.util.ArrayList<>(coordinates.values());
      for (int a = 0; a < spatial.length; a++) {
        double[] match = null;
        for (double[] c : left) {
          if (c.length == spatial[a] && c.length > 1) {
            match = c;
            break;
          }
        }
        if (match == null) {
          return java.util.Optional.empty();
        }
        left.remove(match);
        double lo = java.util.Arrays.stream(match).min().orElseThrow();
        double hi = java.util.Arrays.stream(match).max().orElseThrow();
        if (!(hi > lo)) {
          return java.util.Optional.empty();
        }
        out[a] = hi - lo;
      }
      return java.util.Optional.of(out);
    }
  }
}
