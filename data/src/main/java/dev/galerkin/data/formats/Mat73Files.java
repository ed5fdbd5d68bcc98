package dev.galerkin.data.formats;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.formats.ForeignDatasetFile.MappedField;
import dev.galerkin.data.formats.MatVariables.Planned;
import dev.galerkin.data.formats.MatVariables.Variable;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a MATLAB v7.3 {@code .mat} file as a lazy dataset file. Such a file is HDF5 after a 512-byte
 * user block holding MATLAB's text header; each variable is a dataset with attribute
 * {@code MATLAB_class}, and since MATLAB is column-major its axes are stored reversed: an array
 * MATLAB sees as [N, s, s, T] is the HDF5 dataset [T, s, s, N]. This reader transposes back, so
 * fields have MATLAB's axis order with the samples first (the FNO Navier-Stokes file
 * {@code ns_V1e-3_N5000_T50.mat}: {@code a} [5000, 64, 64], {@code u} [5000, 64, 64, 50]), and
 * maps variables as {@link MatVariables} says. Reading samples {@code [i, j)} reads the hyperslab
 * {@code [..., i:j]} of the dataset (with chunked storage, as MATLAB writes large variables, only
 * the chunks holding it: tested). Numeric classes are read; cells, structs, strings and
 * sparse matrices are skipped and listed in the attribute {@code skipped}.
 */
final class Mat73Files {
  private static final Set<String> NUMERIC = Set.of("double", "single", "int8", "uint8", "int16",
      "uint16", "int32", "uint32", "int64", "uint64", "logical");

  private Mat73Files() {}

  static ForeignDatasetFile open(Path path, HdfFile hdf, int subsample, AutoCloseable closer) {
    List<Variable> vars = new ArrayList<>();
    Map<String, Dataset> datasets = new LinkedHashMap<>();
    for (Node n : hdf) {
      if (n.getName().startsWith("#")) {
        continue;
      }
      Attribute cls = n.getAttribute("MATLAB_class");
      String c = cls == null ? "unknown" : String.valueOf(cls.getData());
      boolean sparse = n.getAttribute("MATLAB_sparse") != null;
      boolean empty = n.getAttribute("MATLAB_empty") != null;
      if (n instanceof Dataset ds && !sparse && !empty) {
        long[] h = ds.getDimensionsAsLong();
        long[] dims = new long[h.length];
        for (int i = 0; i < h.length; i++) {
          dims[i] = h[h.length - 1 - i];
        }
        vars.add(new Variable(n.getName(), dims, c, NUMERIC.contains(c) && !ds.isCompound()));
        datasets.put(n.getName(), ds);
      } else {
        vars.add(new Variable(n.getName(), new long[0], sparse ? "sparse" : empty ? "empty" : c,
            false));
      }
    }
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("matlab_header", header(hdf));
    List<Planned> plan;
    try {
      plan = MatVariables.plan(path, Layout.MAT_V73, vars, attributes,
          v -> Hdf5Arrays.whole(datasets.get(v.name())).getDouble(0));
    } catch (GalerkinException e) {
      throw new GalerkinException(e.getMessage() + "; Galerkin reads the numeric classes "
          + NUMERIC, e);
    }
    List<MappedField> fields = new ArrayList<>();
    for (Planned p : plan) {
      Dataset ds = datasets.get(p.variable().name());
      Shape shape = MatVariables.shape(p, subsample);
      if (p.role() == FieldRole.COORDINATE) {
        fields.add(new MappedField(Hdf5Arrays.info(p.field(), p.role(), shape, ds),
            (from, to) -> Hdf5Arrays.reshape(Hdf5Arrays.whole(ds), shape)));
      } else {
        fields.add(new MappedField(Hdf5Arrays.info(p.field(), p.role(), shape, ds),
            (from, to) -> MatVariables.subsample(samples(ds, from, to), subsample)));
      }
    }
    if (subsample > 1) {
      attributes.put("subsample", (long) subsample);
    }
    return new ForeignDatasetFile(path, Layout.MAT_V73, fields, attributes, closer);
  }

  /** @return samples {@code [from, to)} in MATLAB's axis order: the last HDF5 axis, transposed */
  private static NdArray samples(Dataset ds, long from, long to) {
    long[] h = ds.getDimensionsAsLong();
    long[] offset = new long[h.length];
    long[] count = h.clone();
    offset[h.length - 1] = from;
    count[h.length - 1] = to - from;
    return Hdf5Arrays.reverseAxes(Hdf5Arrays.slab(ds, offset, count));
  }

  /** @return the text of MATLAB's header in the user block, trimmed */
  static String header(HdfFile hdf) {
    if (hdf.getUserBlockSize() < 116) {
      return "";
    }
    java.nio.ByteBuffer b = hdf.getUserBlockBuffer();
    byte[] text = new byte[116];
    b.get(0, text);
    return new String(text, java.nio.charset.StandardCharsets.ISO_8859_1).trim();
  }
}
