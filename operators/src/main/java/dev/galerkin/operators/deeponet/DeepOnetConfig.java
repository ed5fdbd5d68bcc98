package dev.galerkin.operators.deeponet;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.layers.Activation;
import java.util.Arrays;
import java.util.Objects;

/**
 * The hyperparameters of an unstacked DeepONet (Lu, Jin, Pang, Zhang &amp; Karniadakis, "Learning
 * nonlinear operators via DeepONet based on the universal approximation theorem of operators",
 * Nature Machine Intelligence 3, 218–229, 2021). Build one with {@link #builder()}; a value (the
 * lengths and filters arrays are copied in and out), validated in one place.
 *
 * <p>The branch net is {@code m → branchWidth (×branchLayers, σ) → p·C} (linear last layer), the
 * trunk net {@code d → trunkWidth (×trunkLayers, σ) → p} with σ on its last layer too, as in the
 * paper; {@code C} is the number of output channels, known when the model is built on a dataset.
 * With {@link BranchKind#CNN} the branch's dense layers follow convolution stages, one per entry of
 * {@code filters} (see {@link DeepOnet}).
 *
 * @param dimensions {@code d}, the spatial dimension of the output grid (the trunk's input), 1 or 2
 * @param branchLayers hidden layers of the branch net, in {@code [0, 32]}
 * @param branchWidth width of the branch's hidden layers, in {@code [1, 4096]}
 * @param trunkLayers hidden layers of the trunk net, in {@code [0, 32]}
 * @param trunkWidth width of the trunk's hidden layers, in {@code [1, 4096]}
 * @param latent {@code p}, the number of basis functions per output channel, in {@code [1, 4096]}
 * @param activation σ, the non-linearity of both nets (ReLU in the paper's ODE examples)
 * @param channels where the output channels sit in an output sample ({@code null} reads as
 *     {@link OutputChannels#LAST})
 * @param lengths the domain length {@code L_a > 0} of each output grid axis, in the axis's units
 *     (the grid is {@code linspace(0, L_a, n_a)}); {@code d} values, {@code null} reads as all 1
 * @param branch the kind of branch net ({@code null}, as in configurations written before there
 *     was a choice, reads as {@link BranchKind#MLP})
 * @param filters the output channels of each convolution stage of a {@link BranchKind#CNN}
 *     branch, 1 to 6 stages of 1 to 1024 each; validated for an MLP branch too, which ignores
 *     them; {@code null} reads as {@code {16, 32, 64}} ({@link #defaultFilters()})
 */
public record DeepOnetConfig(int dimensions, int branchLayers, int branchWidth, int trunkLayers,
    int trunkWidth, int latent, Activation activation, OutputChannels channels, double[] lengths,
    BranchKind branch, int[] filters) {

  /** The default convolution filters of a CNN branch, one entry a stage. */
  private static final int[] DEFAULT_FILTERS = {16, 32, 64};

  /**
   * Validates every field; fills the defaults of {@code channels}, {@code lengths}, {@code branch}
   * and {@code filters}.
   */
  public DeepOnetConfig {
    if (dimensions != 1 && dimensions != 2) {
      throw new GalerkinException("DeepONet dimensions = " + dimensions + "; supported: 1 or 2");
    }
    check("branchLayers", branchLayers, 0, 32);
    check("branchWidth", branchWidth, 1, 4096);
    check("trunkLayers", trunkLayers, 0, 32);
    check("trunkWidth", trunkWidth, 1, 4096);
    check("latent", latent, 1, 4096);
    if (activation == null) {
      throw new GalerkinException("DeepONet activation must not be null; use one of "
          + Arrays.toString(Activation.values()));
    }
    if (channels == null) {
      channels = OutputChannels.LAST;
    }
    if (lengths == null) {
      lengths = new double[dimensions];
      Arrays.fill(lengths, 1.0);
    }
    if (lengths.length != dimensions) {
      throw new GalerkinException("DeepONet lengths = " + Arrays.toString(lengths) + " has "
          + lengths.length + " values; a " + dimensions + "D output grid needs " + dimensions);
    }
    for (int a = 0; a < lengths.length; a++) {
      if (!(lengths[a] > 0) || !Double.isFinite(lengths[a])) {
        throw new GalerkinException("DeepONet lengths[" + a + "] = " + lengths[a]
            + " is out of range; a domain length must be finite and > 0");
      }
    }
    lengths = lengths.clone();
    if (branch == null) {
      branch = BranchKind.MLP;
    }
    filters = filters == null ? DEFAULT_FILTERS.clone() : filters.clone();
    if (filters.length < 1 || filters.length > 6) {
      throw new GalerkinException("DeepONet filters = " + Arrays.toString(filters) + " has "
          + filters.length + " stages; a CNN branch has 1 to 6");
    }
    for (int s = 0; s < filters.length; s++) {
      check("filters[" + s + "]", filters[s], 1, 1024);
    }
  }

  /** @return the default filters of a CNN branch, {@code {16, 32, 64}} (a copy) */
  public static int[] defaultFilters() {
    return DEFAULT_FILTERS.clone();
  }

  private static void check(String what, int v, int lo, int hi) {
    if (v < lo || v > hi) {
      throw new GalerkinException("DeepONet " + what + " = " + v + " is out of range [" + lo + ", "
          + hi + "]");
    }
  }

  /** @return a copy of the domain lengths, one per output grid axis */
  @Override
  public double[] lengths() {
    return lengths.clone();
  }

  /** @return a copy of the convolution filters per stage of a CNN branch */
  @Override
  public int[] filters() {
    return filters.clone();
  }

  /** @return domain length of axis {@code a} */
  public double length(int a) {
    return lengths[a];
  }

  /**
   * @return DeepXDE's antiderivative example ({@code DeepONetCartesianProd([m, 40, 40], [1, 40, 40],
   *     "relu")}): one hidden layer of width 40 in each net, {@code p = 40}, ReLU, 1D on [0, 1]
   */
  public static DeepOnetConfig deepXdeAntiderivative() {
    return builder().branch(1, 40).trunk(1, 40).latent(40).activation(Activation.RELU).build();
  }

  /**
   * @return a builder with {@code d = 1}, 2 × 64 branch (MLP) and trunk, {@code p = 64}, tanh,
   *     LAST, L = 1
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding this configuration */
  public Builder toBuilder() {
    return new Builder().dimensions(dimensions).branch(branchLayers, branchWidth)
        .trunk(trunkLayers, trunkWidth).latent(latent).activation(activation).channels(channels)
        .lengths(lengths).branchKind(branch).filters(filters);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeepOnetConfig c && dimensions == c.dimensions
        && branchLayers == c.branchLayers && branchWidth == c.branchWidth
        && trunkLayers == c.trunkLayers && trunkWidth == c.trunkWidth && latent == c.latent
        && activation == c.activation && channels == c.channels
        && Arrays.equals(lengths, c.lengths) && branch == c.branch
        && Arrays.equals(filters, c.filters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimensions, branchLayers, branchWidth, trunkLayers, trunkWidth, latent,
        activation, channels, Arrays.hashCode(lengths), branch, Arrays.hashCode(filters));
  }

  @Override
  public String toString() {
    return "DeepOnetConfig[d=" + dimensions + ", branch " + branchLayers + "x" + branchWidth
        + ", trunk " + trunkLayers + "x" + trunkWidth + ", p=" + latent + ", " + activation
        + ", channels " + channels + ", lengths " + Arrays.toString(lengths) + ", branch " + branch
        + (branch == BranchKind.CNN ? " " + Arrays.toString(filters) : "") + "]";
  }

  /** Collects the fields of a {@link DeepOnetConfig}; {@link #build()} validates them. */
  public static final class Builder {
    private int dimensions = 1;
    private int branchLayers = 2;
    private int branchWidth = 64;
    private int trunkLayers = 2;
    private int trunkWidth = 64;
    private int latent = 64;
    private Activation activation = Activation.TANH;
    private OutputChannels channels = OutputChannels.LAST;
    private double[] lengths;
    private BranchKind branch = BranchKind.MLP;
    private int[] filters;

    private Builder() {}

    /** @param d spatial dimension of the output grid, 1 or 2 @return this */
    public Builder dimensions(int d) {
      this.dimensions = d;
      return this;
    }

    /** @param layers hidden layers @param width their width @return this */
    public Builder branch(int layers, int width) {
      this.branchLayers = layers;
      this.branchWidth = width;
      return this;
    }

    /** @param layers hidden layers @param width their width @return this */
    public Builder trunk(int layers, int width) {
      this.trunkLayers = layers;
      this.trunkWidth = width;
      return this;
    }

    /** @param p basis functions per output channel @return this */
    public Builder latent(int p) {
      this.latent = p;
      return this;
    }

    /** @param a the non-linearity of both nets @return this */
    public Builder activation(Activation a) {
      this.activation = a;
      return this;
    }

    /** @param c where the output channels sit @return this */
    public Builder channels(OutputChannels c) {
      this.channels = c;
      return this;
    }

    /** @param l domain length of each output grid axis (copied); default 1 each @return this */
    public Builder lengths(double... l) {
      this.lengths = l == null ? null : l.clone();
      return this;
    }

    /** @param k the kind of branch net; default {@link BranchKind#MLP} @return this */
    public Builder branchKind(BranchKind k) {
      this.branch = k;
      return this;
    }

    /**
     * @param f the convolution filters per stage of a CNN branch (copied); default
     *     {@code 16, 32, 64}
     * @return this
     */
    public Builder filters(int... f) {
      this.filters = f == null ? null : f.clone();
      return this;
    }

    /** @return the validated configuration */
    public DeepOnetConfig build() {
      return new DeepOnetConfig(dimensions, branchLayers, branchWidth, trunkLayers, trunkWidth,
          latent, activation, channels, lengths, branch, filters);
    }
  }
}
