package dev.galerkin.solvers.presets;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.options.OptionSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * PDEBench's random initial fields {@code init_multi} with {@code k_tot = 4} (Takamoto et al.,
 * "PDEBench", NeurIPS 2022 Datasets and Benchmarks; {@code data_gen_NLE/utils.py}), which their 1D
 * advection and Burgers data share, and so do the {@link AdvectionPreset} and {@link
 * BurgersPdebenchPreset}: the draws, the two probability options and their attributes.
 *
 * <p>Two wavenumber indices are drawn from {@code 1 … 4} with replacement; index {@code n} drawn
 * {@code c_n} times (0, 1 or 2) contributes {@code A_n sin(2π n c_n x + φ_n)}, {@code A_n ~ U[0,
 * 1)}, {@code φ_n ~ U[0, 2π)}, so an index not drawn adds the constant {@code A_n sin φ_n} and one
 * drawn twice has wavenumber {@code 2n}, as in their array expression. Then, with probability
 * {@code absProbability} (PDEBench: 0.1), the absolute value; a random sign; with probability
 * {@code windowProbability} (0.1) the window {@code ½(tanh((x − x_L)/0.01) − tanh((x −
 * x_R)/0.01))}, {@code x_L ~ U[0.1, 0.45)}, {@code x_R ~ U[0.55, 0.9)}. PDEBench divides the
 * wavenumbers by {@code x_{n−1} − x_0 = 1 − Δx} instead of the period 1, which leaves a small jump
 * at the periodic seam; we use the period, so the sine part is exactly periodic. Fields are
 * dimensionless.
 */
final class PdebenchSines {
  private static final int MODES = 4;
  private static final int DRAWS = 2;
  private static final double WINDOW_WIDTH = 0.01;

  /** The options {@code --abs-probability}, {@code --window-probability}, PDEBench's defaults. */
  static final List<OptionSpec> OPTIONS = List.of(
      PresetOptions.real("abs-probability", "0.1", "Probability of u0 -> |u0| (PDEBench: 0.1)"),
      PresetOptions.real("window-probability", "0.1", "Probability of the tanh window on"
          + " [x_L, x_R] (PDEBench: 0.1)"));

  private PdebenchSines() {}

  /** Refuses probabilities outside {@code [0, 1]}, in one line naming the option. */
  static void check(double absProbability, double windowProbability) {
    probability("abs-probability", absProbability);
    probability("window-probability", windowProbability);
  }

  private static void probability(String name, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new GalerkinException("--" + name + " = " + p + " is not a probability; pass a value"
          + " in [0, 1] (PDEBench: 0.1)");
    }
  }

  /** Puts the generator description and the two probabilities into a dataset's attributes. */
  static void putAttributes(Map<String, Object> a, double absProbability,
      double windowProbability) {
    a.put(DatasetAttributes.GENERATOR, "u0 = sum_{n=1..4} A_n sin(2 pi n c_n x + phi_n), c: counts"
        + " of 2 draws from 1..4; |u0| with p = " + absProbability + "; random sign; tanh window"
        + " with p = " + windowProbability + " (PDEBench init_multi)");
    a.put(DatasetAttributes.PARAMETER_PREFIX + "abs_probability", absProbability);
    a.put(DatasetAttributes.PARAMETER_PREFIX + "window_probability", windowProbability);
  }

  /**
   * Draws one field; see the class comment.
   *
   * @param x the points, in {@code [0, 1)}
   * @param out the field at {@code x}; modified
   */
  static void initialField(UniformRandomProvider rng, double[] x, double absProbability,
      double windowProbability, double[] out) {
    initialField(rng, x, MODES, 1, absProbability, windowProbability, out);
  }

  /**
   * PDEBench's {@code init_multi} / {@code init_multi_HD} field with {@code modes} wavenumber
   * indices ({@code k_tot}) on a periodic interval of length {@code period}: as the class comment,
   * with the wavenumbers {@code 2π n c_n / period}; the window is in absolute {@code x}.
   *
   * @param x the points
   * @param modes {@code k_tot >= 1}
   * @param period the length of the periodic interval
   * @param out the field at {@code x}; modified
   */
  static void initialField(UniformRandomProvider rng, double[] x, int modes, double period,
      double absProbability, double windowProbability, double[] out) {
    int[] count = new int[modes];
    for (int d = 0; d < DRAWS; d++) {
      count[rng.nextInt(modes)]++;
    }
    Arrays.fill(out, 0);
    for (int m = 0; m < modes; m++) {
      double amplitude = rng.nextDouble();
      double phase = 2 * Math.PI * rng.nextDouble();
      double k = 2 * Math.PI * (m + 1) * count[m] / period;
      for (int i = 0; i < x.length; i++) {
        out[i] += amplitude * Math.sin(k * x[i] + phase);
      }
    }
    boolean abs = rng.nextDouble() < absProbability;
    double sign = rng.nextBoolean() ? 1 : -1;
    boolean window = rng.nextDouble() < windowProbability;
    double xl = 0.1 + 0.35 * rng.nextDouble();
    double xr = 0.55 + 0.35 * rng.nextDouble();
    for (int i = 0; i < x.length; i++) {
      double u = sign * (abs ? Math.abs(out[i]) : out[i]);
      if (window) {
        u *= 0.5 * (Math.tanh((x[i] - xl) / WINDOW_WIDTH) - Math.tanh((x[i] - xr) / WINDOW_WIDTH));
      }
      out[i] = u;
    }
  }
}
