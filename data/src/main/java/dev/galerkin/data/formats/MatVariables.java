package dev.galerkin.data.formats;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the variables of a MATLAB {@code .mat} file become fields, for both versions. Shapes are in
 * MATLAB's axis order (the FNO files: Darcy {@code coeff}, {@code sol} [N, s, s]; Burgers {@code a},
 * {@code u} [N, s]; Navier-Stokes {@code a} [N, s, s], {@code u} [N, s, s, T], {@code t} [1, T]).
 *
 * <ul>
 *   <li>{@code a} (or FNO Darcy's {@code coeff}) is input {@code a}; {@code u} (or {@code sol}) is
 *       output {@code u}; the sample count N is the first extent of the input (else of the output).
 *   <li>Other numeric arrays with first extent N and more than one element per sample are outputs
 *       under their own names; vectors (one extent above 1) are coordinates; scalars become
 *       attributes {@code param.NAME}; the rest is listed in the attribute {@code skipped}.
 *   <li>With subsampling {@code r > 1}, per-sample fields keep every r-th point on each axis after
 *       the first (FNO's {@code [:, ::r, ::r]}: 421 → 85 for r = 5).
 * </ul>
 */
final class MatVariables {
  private MatVariables() {}

  /** A variable: its name, MATLAB dimensions, and whether it is a numeric array Galerkin reads. */
  record Variable(String name, long[] dims, String matlabClass, boolean numeric) {
    long elements() {
      return Arrays.stream(dims).reduce(1, (p, q) -> p * q);
    }

    boolean vector() {
      return Arrays.stream(dims).filter(d -> d > 1).count() <= 1;
    }

    String describe() {
      return name + " " + matlabClass + Shape.of(dims);
    }
  }

  /** A field planned from a variable. */
  record Planned(String field, Variable variable, FieldRole role) {}

  /**
   * @param vars the file's variables, in file order
   * @param attributes receives {@code param.NAME} for scalars and {@code skipped}, modified
   * @return the fields, inputs first
   */
  static List<Planned> plan(Path path, Layout layout, List<Variable> vars,
      Map<String, Object> attributes, java.util.function.Function<Variable, Double> scalar) {
    Variable in = find(vars, "a", "coeff");
    Variable out = find(vars, "u", "sol");
    if (in == null && out == null) {
      throw new GalerkinException(path + ": a " + layout.title() + " file with no numeric variable"
          + " a, coeff, u or sol, so Galerkin cannot tell inputs from outputs; it holds "
          + vars.stream().map(Variable::describe).toList() + " (supported: " + layout.mapping()
          + ")");
    }
    long n = (in != null ? in : out).dims()[0];
    List<Planned> plan = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    if (in != null) {
      plan.add(new Planned("a", in, FieldRole.INPUT));
    }
    if (out != null) {
      plan.add(new Planned("u", out, FieldRole.OUTPUT));
    }
    for (Variable v : vars) {
      if (v == in || v == out) {
        continue;
      }
      if (!v.numeric() || !validName(v.name())) {
        skipped.add(v.describe());
      } else if (v.elements() == 1) {
        attributes.put("param." + v.name(), scalar.apply(v));
      } else if (v.vector()) {
        plan.add(new Planned(v.name(), v, FieldRole.COORDINATE));
      } else if (v.dims()[0] == n && !v.name().equals("a") && !v.name().equals("u")) {
        plan.add(new Planned(v.name(), v, FieldRole.OUTPUT));
      } else {
        skipped.add(v.describe());
      }
    }
    if (in != null && out != null && out.dims()[0] != n) {
      throw new GalerkinException(path + ": " + in.describe() + " and " + out.describe()
          + " disagree on the sample count (the first MATLAB extent)");
    }
    if (!skipped.isEmpty()) {
      attributes.put("skipped", String.join(", ", skipped));
    }
    return plan;
  }

  private static boolean validName(String name) {
    return name.matches("[A-Za-z_][A-Za-z0-9_]*");
  }

  private static Variable find(List<Variable> vars, String... names) {
    for (String name : names) {
      for (Variable v : vars) {
        if (v.name().equals(name) && v.numeric() && v.dims().length >= 2 && !v.vector()) {
          return v;
        }
      }
    }
    for (String name : names) {
      for (Variable v : vars) {
        if (v.name().equals(name) && v.numeric() && v.dims().length >= 1 && v.dims()[0] > 1) {
          return v;
        }
      }
    }
    return null;
  }

  /** @return the field's shape: MATLAB's, the samples first, subsampled after the first axis */
  static Shape shape(Planned p, int r) {
    long[] d = p.variable().dims().clone();
    if (p.role() == FieldRole.COORDINATE) {
      return Shape.of(p.variable().elements());
    }
    for (int i = 1; i < d.length; i++) {
      d[i] = (d[i] + r - 1) / r;
    }
    return Shape.of(d);
  }

  /**
   * Every r-th point on each axis after the first.
   *
   * @param a samples {@code [n, d1, …]}, not modified
   * @return {@code [n, ceil(d1 / r), …]}; {@code a} itself when {@code r == 1}
   */
  static NdArray subsample(NdArray a, int r) {
    if (r == 1) {
      return a;
    }
    long[] in = a.shape().dims();
    long[] out = in.clone();
    for (int i = 1; i < in.length; i++) {
      out[i] = (in[i] + r - 1) / r;
    }
    Shape shape = Shape.of(out);
    int n = Math.toIntExact(shape.size());
    float[] f = a instanceof FloatArray ? new float[n] : null;
    double[] d = f == null ? new double[n] : null;
    int[] idx = new int[in.length];
    for (int flat = 0; flat < n; flat++) {
      long src = 0;
      for (int i = 0; i < in.length; i++) {
        src = src * in[i] + (i == 0 ? idx[i] : (long) idx[i] * r);
      }
      if (f != null) {
        f[flat] = ((FloatArray) a).at((int) src);
      } else {
        d[flat] = a.getDouble((int) src);
      }
      for (int i = in.length - 1; i >= 0; i--) {
        if (++idx[i] < out[i]) {
          break;
        }
        idx[i] = 0;
      }
    }
    return f != null ? FloatArray.wrap(shape, f) : DoubleArray.wrap(shape, d);
  }
}
