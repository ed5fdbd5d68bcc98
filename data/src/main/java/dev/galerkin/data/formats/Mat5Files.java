package dev.galerkin.data.formats;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.Field;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.formats.ForeignDatasetFile.MappedField;
import dev.galerkin.data.formats.MatVariables.Planned;
import dev.galerkin.data.formats.MatVariables.Variable;
import dev.galerkin.data.hdf5.FieldInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.types.MatlabType;
import us.hebi.matlab.mat.types.Matrix;
import us.hebi.matlab.mat.types.Source;
import us.hebi.matlab.mat.types.Sources;

/**
 * Reads a MATLAB v5 {@code .mat} file (the FNO papers' {@code piececonst_r421_N1024_smooth1.mat}
 * with {@code coeff}, {@code sol} [1024, 421, 421], and {@code burgers_data_R10.mat} with {@code a},
 * {@code u} [2048, 8192]) with mfl-core, mapping variables as {@link MatVariables} says (Darcy:
 * {@code coeff} → input {@code a}, {@code sol} → output {@code u}), optionally keeping every r-th
 * point as FNO does ({@code r = 5}: 421 → 85).
 *
 * <p>A v5 file is a sequence of (possibly compressed) variables with no index, so it is not lazy by
 * nature: opening scans the variable headers, then loads into memory only the variables that
 * become fields (mfl-core's entry filter skips the others). Reading samples then copies from
 * memory.
 */
final class Mat5Files {
  private Mat5Files() {}

  /** @return one line per variable of a v5 file: name, class, MATLAB dimensions */
  static List<String> describe(Path path) {
    return variables(path).stream().map(Variable::describe).toList();
  }

  private static List<Variable> variables(Path path) {
    List<Variable> vars = new ArrayList<>();
    try (Source headers = Sources.openFile(path.toFile())) {
      Mat5.newReader(headers).setEntryFilter(h -> {
        vars.add(new Variable(h.getName(), Arrays.stream(h.getDimensions()).asLongStream()
            .toArray(), h.getType().toString().toLowerCase(Locale.ROOT),
            numeric(h.getType()) && !h.isComplex()));
        return false;
      }).readMat().close();
    } catch (IOException | RuntimeException e) {
      throw damaged(path, e);
    }
    return vars;
  }

  static ForeignDatasetFile open(Path path, int subsample) {
    List<Variable> vars = variables(path);
    Map<String, Object> attributes = new LinkedHashMap<>();
    List<Planned> plan = MatVariables.plan(path, Layout.MAT_V5, vars, attributes, v -> null);
    Set<String> wanted = new HashSet<>();
    plan.forEach(p -> wanted.add(p.variable().name()));
    vars.stream().filter(v -> v.numeric() && v.elements() == 1).forEach(v -> wanted.add(v.name()));
    us.hebi.matlab.mat.format.Mat5File mat;
    try (Source source = Sources.openFile(path.toFile())) {
      mat = Mat5.newReader(source).setEntryFilter(h -> wanted.contains(h.getName())).readMat();
    } catch (IOException | RuntimeException e) {
      throw damaged(path, e);
    }
    for (Variable v : vars) {
      if (attributes.containsKey("param." + v.name())) {
        attributes.put("param." + v.name(), mat.getMatrix(v.name()).getDouble(0));
      }
    }
    List<MappedField> fields = new ArrayList<>();
    for (Planned p : plan) {
      Matrix m = mat.getMatrix(p.variable().name());
      Shape shape = MatVariables.shape(p, subsample);
      String type = m.getType() == MatlabType.Single ? "float32" : "float64";
      long bytes = p.variable().elements() * (type.equals("float32") ? 4 : 8);
      FieldInfo info = new FieldInfo(p.field(), p.role(), shape, type, null, "mat5", bytes);
      fields.add(new MappedField(info, p.role() == FieldRole.COORDINATE
          ? (from, to) -> copy(m, p.variable().dims(), 0, 1, 1, shape, true)
          : (from, to) -> copy(m, p.variable().dims(), from, to, subsample,
              shape.withSamples(to - from), false)));
    }
    if (subsample > 1) {
      attributes.put("subsample", (long) subsample);
    }
    return new ForeignDatasetFile(path, Layout.MAT_V5, fields, attributes, mat);
  }

  /**
   * Writes every field of {@code ds} as a MATLAB array of the same name and axis order (a
   * coordinate of n entries as [1, n]), single or double as stored; attributes are not stored.
   */
  static void write(Dataset ds, Path file) throws IOException {
    try (us.hebi.matlab.mat.format.Mat5File mat = Mat5.newMatFile()) {
      for (Field f : ds.fields().values()) {
        NdArray a = f.values();
        long[] d = a.shape().dims();
        int[] dims = d.length == 1 ? new int[] {1, Math.toIntExact(d[0])}
            : Arrays.stream(d).mapToInt(Math::toIntExact).toArray();
        boolean single = a instanceof FloatArray;
        Matrix m = Mat5.newMatrix(dims, single ? MatlabType.Single : MatlabType.Double);
        int[] idx = new int[dims.length];
        for (int flat = 0; flat < a.size(); flat++) {
          // row-major flat index -> MATLAB's column-major one
          int col = 0;
          for (int i = dims.length - 1; i >= 0; i--) {
            col = col * dims[i] + idx[i];
          }
          if (single) {
            m.setFloat(col, ((FloatArray) a).at(flat));
          } else {
            m.setDouble(col, a.getDouble(flat));
          }
          for (int i = dims.length - 1; i >= 0; i--) {
            if (++idx[i] < dims[i]) {
              break;
            }
            idx[i] = 0;
          }
        }
        mat.addArray(f.name(), m);
      }
      Mat5.writeToFile(mat, file.toFile());
    }
  }

  private static boolean numeric(MatlabType t) {
    return switch (t) {
      case Double, Single, Int8, UInt8, Int16, UInt16, Int32, UInt32, Int64, UInt64 -> true;
      default -> false;
    };
  }

  /**
   * Copies samples {@code [from, to)} of a column-major MATLAB array into a row-major one with
   * MATLAB's axis order, keeping every {@code r}-th point after the first axis; a coordinate
   * ({@code whole}) is copied as it is stored.
   */
  private static NdArray copy(Matrix m, long[] dims, long from, long to, int r, Shape out,
      boolean whole) {
    int n = Math.toIntExact(out.size());
    boolean single = m.getType() == MatlabType.Single;
    float[] f = single ? new float[n] : null;
    double[] d = single ? null : new double[n];
    if (whole) {
      for (int i = 0; i < n; i++) {
        if (single) {
          f[i] = m.getFloat(i);
        } else {
          d[i] = m.getDouble(i);
        }
      }
    } else {
      long[] o = out.dims();
      int[] idx = new int[o.length];
      for (int flat = 0; flat < n; flat++) {
        // column-major: the first MATLAB index varies fastest
        long src = 0;
        for (int i = o.length - 1; i >= 0; i--) {
          long k = i == 0 ? from + idx[0] : (long) idx[i] * r;
          src = src * dims[i] + k;
        }
        if (single) {
          f[flat] = m.getFloat(Math.toIntExact(src));
        } else {
          d[flat] = m.getDouble(Math.toIntExact(src));
        }
        for (int i = o.length - 1; i >= 0; i--) {
          if (++idx[i] < o[i]) {
            break;
          }
          idx[i] = 0;
        }
      }
    }
    return single ? FloatArray.wrap(out, f) : DoubleArray.wrap(out, d);
  }

  private static GalerkinException damaged(Path path, Exception e) {
    return new GalerkinException(path + " is a MATLAB v5 .mat file that mfl-core cannot read ("
        + e.getMessage() + "); re-save it with MATLAB's save or scipy.io.savemat", e);
  }
}
