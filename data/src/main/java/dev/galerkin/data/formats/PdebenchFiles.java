package dev.galerkin.data.formats;

import dev.galerkin.GalerkinException;

import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.Field;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.NdArrays;
import dev.galerkin.data.Shape;
import dev.galerkin.data.formats.ForeignDatasetFile.MappedField;
import dev.galerkin.data.hdf5.FieldInfo;
import dev.galerkin.data.hdf5.Hdf5Values;
import dev.galerkin.data.hdf5.NestedArrays;
import io.jhdf.WritableHdfFile;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PDEBench's HDF5 files (Takamoto et al., "PDEBench: An Extensive Benchmark for Scientific
 * Machine Learning", NeurIPS 2022 Datasets and Benchmarks) as lazy dataset files, in the layouts its
 * writers ({@code data_gen_NLE/Data_Merge.py}, {@code gen_diff_react.py}) make and its loader
 * ({@code models/fno/utils.py}) reads:
 *
 * <ul>
 *   <li>{@link Layout#PDEBENCH_1D}: {@code tensor} [N, nt, nx] becomes output {@code u} [N, nt, nx]
 *       and its first frame input {@code a} [N, nx]; coordinates {@code x} [nx] and {@code t} [nt].
 *       The files' {@code t-coordinate} has nt + 1 entries (one more than the frames); the last is
 *       dropped, so {@code t[k]} is the time of frame {@code k}.
 *   <li>{@link Layout#PDEBENCH_DARCY}: input {@code a} = {@code nu} [N, s, s], output {@code u} =
 *       {@code tensor[:, 0]} [N, s, s]; coordinates {@code x}, {@code y}.
 *   <li>{@link Layout#PDEBENCH_SEEDS}: one group per seed ({@code 0000}, {@code 0001}, … in name
 *       order), each {@code data} [nt, nx, ny, c]: output {@code u} [N, nt, nx, ny, c]; coordinates
 *       {@code x}, {@code y}, {@code t} from the first seed's {@code grid}.
 *   <li>{@link Layout#PDEBENCH_CFD}: outputs {@code density}, {@code pressure}, {@code Vx},
 *       {@code Vy}, {@code Vz} (those present) [N, nt, nx, …]; coordinates from
 *       {@code x-/y-/z-/t-coordinate} ({@code t} trimmed to nt entries as above).
 *   <li>{@link Layout#PDEBENCH_NS}, as {@code pdebench/data_gen/src/data_io.py} writes it: input
 *       {@code force} [N, s, s, 2], outputs {@code velocity} [N, nt, s, s, 2] and
 *       {@code particles} [N, nt, s, s, 1]; coordinate {@code t} [nt] from the first row of
 *       {@code t} [N, nt] (the samples share their frame times), {@code x}, {@code y} the cell
 *       centres of PhiFlow's grid on the unit square; {@code param.NU} from the YAML root
 *       attribute {@code config}.
 * </ul>
 *
 * Parameters become {@code param.*} attributes: the root attributes ({@code beta}, {@code Nu},
 * {@code rho}, {@code eta}, {@code zeta}, {@code M}), else the file name's tokens such as
 * {@code beta0.1} in {@code 1D_Advection_Sols_beta0.1.hdf5}. {@code pde} is named from the file name.
 */
final class PdebenchFiles {
  private static final Pattern PARAMETER = Pattern.compile(
      "(beta|nu|rho|eta|zeta|m)([0-9]+(?:\\.[0-9]+)?(?:e-?[0-9]+)?)", Pattern.CASE_INSENSITIVE);
  private static final String[] CFD_VARIABLES = {"density", "pressure", "Vx", "Vy", "Vz"};

  private PdebenchFiles() {}

  /** @return the file read as {@code layout}, one of the PDEBench layouts; {@code closer} closes it */
  static ForeignDatasetFile open(Path path, HdfFile hdf, Layout layout, AutoCloseable closer) {
    List<MappedField> fields = switch (layout) {
      case PDEBENCH_1D -> oneD(path, hdf);
      case PDEBENCH_DARCY -> darcy(path, hdf);
      case PDEBENCH_SEEDS -> seeds(path, hdf);
      case PDEBENCH_CFD -> cfd(path, hdf);
      case PDEBENCH_NS -> incompressible(path, hdf);
      default -> throw new IllegalArgumentException(layout.toString());
    };
    return new ForeignDatasetFile(path, layout, fields, attributes(path, hdf), closer);
  }

  private static List<MappedField> oneD(Path path, HdfFile hdf) {
    Dataset tensor = rank(path, Hdf5Arrays.dataset(path, hdf, "tensor", Layout.PDEBENCH_1D), 3);
    long[] d = tensor.getDimensionsAsLong();
    List<MappedField> out = new ArrayList<>();
    out.add(new MappedField(Hdf5Arrays.info("a", FieldRole.INPUT, Shape.of(d[0], d[2]), tensor),
        (from, to) -> Hdf5Arrays.reshape(Hdf5Arrays.slab(tensor, new long[] {from, 0, 0},
            new long[] {to - from, 1, d[2]}), Shape.of(to - from, d[2]))));
    out.add(new MappedField(Hdf5Arrays.info("u", FieldRole.OUTPUT, Shape.of(d), tensor),
        (from, to) -> Hdf5Arrays.rows(tensor, from, to)));
    out.add(coordinate(path, hdf, "x", "x-coordinate", Layout.PDEBENCH_1D, -1));
    out.add(coordinate(path, hdf, "t", "t-coordinate", Layout.PDEBENCH_1D, d[1]));
    return out;
  }

  private static List<MappedField> darcy(Path path, HdfFile hdf) {
    Dataset tensorDs = Hdf5Arrays.dataset(path, hdf, "tensor", Layout.PDEBENCH_DARCY);
    Dataset nu = rank(path, Hdf5Arrays.dataset(path, hdf, "nu", Layout.PDEBENCH_DARCY), 3);
    Dataset tensor = rank(path, tensorDs, 4);
    long[] d = tensor.getDimensionsAsLong();
    if (d[1] != 1) {
      throw new GalerkinException(path + ": PDEBench Darcy 'tensor' has shape " + Shape.of(d)
          + "; expected [N, 1, s, s] (one solution frame per sample)");
    }
    Shape u = Shape.of(d[0], d[2], d[3]);
    List<MappedField> out = new ArrayList<>();
    out.add(new MappedField(Hdf5Arrays.info("a", FieldRole.INPUT,
        Shape.of(nu.getDimensionsAsLong()), nu), (from, to) -> Hdf5Arrays.rows(nu, from, to)));
    out.add(new MappedField(Hdf5Arrays.info("u", FieldRole.OUTPUT, u, tensor),
        (from, to) -> Hdf5Arrays.reshape(Hdf5Arrays.rows(tensor, from, to), u.withSamples(to - from))));
    addCoordinates(path, hdf, out, Layout.PDEBENCH_DARCY, -1, "x", "y");
    return out;
  }

  private static List<MappedField> seeds(Path path, HdfFile hdf) {
    List<Dataset> data = new ArrayList<>();
    List<String> names = new ArrayList<>(hdf.getChildren().keySet());
    names.sort(null);
    for (String name : names) {
      Node g = hdf.getChild(name);
      if (g instanceof Group group && group.getChild("data") instanceof Dataset ds) {
        data.add(ds);
      }
    }
    if (data.isEmpty()) {
      throw new GalerkinException(path + ": no SEED/data dataset, which the PDEBench per-seed layout"
          + " needs; the file has " + Hdf5Arrays.datasetPaths(hdf));
    }
    Dataset first = data.get(0);
    long[] per = first.getDimensionsAsLong();
    for (Dataset ds : data) {
      if (!Shape.of(ds.getDimensionsAsLong()).equals(Shape.of(per))) {
        throw new GalerkinException(path + ": " + ds.getPath() + " has shape "
            + Shape.of(ds.getDimensionsAsLong()) + " but " + first.getPath() + " has "
            + Shape.of(per) + "; every seed needs the same shape");
      }
    }
    long[] full = new long[per.length + 1];
    full[0] = data.size();
    System.arraycopy(per, 0, full, 1, per.length);
    List<MappedField> out = new ArrayList<>();
    FieldInfo one = Hdf5Arrays.info("u", FieldRole.OUTPUT, Shape.of(full), first);
    FieldInfo u = new FieldInfo("u", FieldRole.OUTPUT, one.shape(), one.storedType(),
        one.chunkShape(), one.compression(),
        data.stream().mapToLong(Dataset::getStorageInBytes).sum());
    out.add(new MappedField(u, (from, to) -> {
          List<NdArray> parts = new ArrayList<>();
          for (long i = from; i < to; i++) {
            NdArray seed = Hdf5Arrays.whole(data.get((int) i));
            parts.add(Hdf5Arrays.reshape(seed, Shape.of(full).withSamples(1)));
          }
          return parts.isEmpty() ? Hdf5Arrays.rows(first, 0, 0)
              : parts.size() == 1 ? parts.get(0) : NdArrays.concatenate(parts);
        }));
    String grid = first.getParent().getName() + "/grid/";
    for (String axis : List.of("x", "y", "z", "t")) {
      if (first.getParent().getChild("grid") instanceof Group g && g.getChild(axis) != null) {
        out.add(coordinate(path, hdf, axis, grid + axis, Layout.PDEBENCH_SEEDS, -1));
      }
    }
    return out;
  }

  private static List<MappedField> cfd(Path path, HdfFile hdf) {
    List<MappedField> out = new ArrayList<>();
    long frames = -1;
    for (String v : CFD_VARIABLES) {
      if (hdf.getChild(v) instanceof Dataset ds) {
        frames = ds.getDimensionsAsLong().length > 1 ? ds.getDimensionsAsLong()[1] : -1;
        out.add(new MappedField(Hdf5Arrays.info(v, FieldRole.OUTPUT,
            Shape.of(ds.getDimensionsAsLong()), ds), (from, to) -> Hdf5Arrays.rows(ds, from, to)));
      }
    }
    if (out.isEmpty()) {
      Hdf5Arrays.dataset(path, hdf, "density", Layout.PDEBENCH_CFD);
    }
    addCoordinates(path, hdf, out, Layout.PDEBENCH_CFD, frames, "x", "y", "z", "t");
    return out;
  }

  private static List<MappedField> incompressible(Path path, HdfFile hdf) {
    Layout l = Layout.PDEBENCH_NS;
    Dataset velocity = rank(path, Hdf5Arrays.dataset(path, hdf, "velocity", l), 5);
    Dataset particles = rank(path, Hdf5Arrays.dataset(path, hdf, "particles", l), 5);
    Dataset force = rank(path, Hdf5Arrays.dataset(path, hdf, "force", l), 4);
    Dataset t = rank(path, Hdf5Arrays.dataset(path, hdf, "t", l), 2);
    long[] v = velocity.getDimensionsAsLong();
    long[] f = force.getDimensionsAsLong();
    if (f[1] != v[2] || f[2] != v[3]) {
      throw new GalerkinException(path + ": PDEBench 'force' has shape " + Shape.of(f)
          + " but 'velocity' has " + Shape.of(v) + "; both need the grid [s1, s2] of the other");
    }
    long frames = v[1];
    List<MappedField> out = new ArrayList<>();
    out.add(new MappedField(Hdf5Arrays.info("force", FieldRole.INPUT, Shape.of(f), force),
        (from, to) -> Hdf5Arrays.rows(force, from, to)));
    for (Dataset ds : List.of(velocity, particles)) {
      out.add(new MappedField(Hdf5Arrays.info(ds.getName(), FieldRole.OUTPUT,
          Shape.of(ds.getDimensionsAsLong()), ds), (from, to) -> Hdf5Arrays.rows(ds, from, to)));
    }
    out.add(new MappedField(Hdf5Arrays.info("t", FieldRole.COORDINATE, Shape.of(frames), t),
        (from, to) -> Hdf5Arrays.reshape(Hdf5Arrays.slab(t, new long[] {0, 0},
            new long[] {1, frames}), Shape.of(frames))));
    for (int a = 0; a < 2; a++) {
      String name = a == 0 ? "x" : "y";
      double[] c = axis(null, v[2 + a]);
      NdArray values = dev.galerkin.data.DoubleArray.wrap(Shape.of(c.length), c);
      out.add(new MappedField(new FieldInfo(name, FieldRole.COORDINATE, Shape.of(c.length),
          "float64", null, "none", 0), (from, to) -> values));
    }
    return out;
  }

  private static void addCoordinates(Path path, HdfFile hdf, List<MappedField> out, Layout layout,
      long frames, String... axes) {
    for (String axis : axes) {
      if (hdf.getChild(axis + "-coordinate") != null) {
        out.add(coordinate(path, hdf, axis, axis + "-coordinate", layout,
            axis.equals("t") ? frames : -1));
      }
    }
  }

  /** A coordinate; with {@code keep >= 0}, only its first {@code keep} entries (PDEBench's t). */
  private static MappedField coordinate(Path path, HdfFile hdf, String name, String dataset,
      Layout layout, long keep) {
    Dataset ds = Hdf5Arrays.dataset(path, hdf, dataset, layout);
    long n = ds.getDimensionsAsLong().length == 0 ? 1 : ds.getDimensionsAsLong()[0];
    long length = keep >= 0 && keep < n ? keep : n;
    return new MappedField(Hdf5Arrays.info(name, FieldRole.COORDINATE, Shape.of(length), ds),
        (from, to) -> {
          NdArray all = Hdf5Arrays.whole(ds);
          return Hdf5Arrays.reshape(all, Shape.of(all.size())).copySamples(0, length);
        });
  }

  private static Dataset rank(Path path, Dataset ds, int rank) {
    long[] d = ds.getDimensionsAsLong();
    if (d.length != rank) {
      throw new GalerkinException(path + ": PDEBench '" + ds.getName() + "' has shape "
          + Shape.of(d) + " but this layout needs rank " + rank);
    }
    return ds;
  }

  /**
   * Writes {@code ds} in the PDEBench layout of its equation: the 2D Darcy layout for an input
   * {@code a} and an output {@code u} of one shape [N, s1, s2] ({@code tensor} [N, 1, s1, s2],
   * {@code nu}, {@code x-/y-coordinate}: the coordinates {@code x}, {@code y}, else cell centres
   * on [0, 1]); the 1D layout for an output {@code u} [N, nt, nx] with coordinates {@code x} [nx]
   * and {@code t} [nt] ({@code tensor}, and {@code t-coordinate} with one entry more, as PDEBench's
   * files have); PDEBench's CFD layout for a compressible-flow set ({@link PdebenchCfdFiles});
   * the per-seed layout for a single output [N, nt, nx, ny, c] (as a shallow-water
   * dataset's {@code q}). Arrays are float32 as PDEBench stores them; {@code param.NAME} attributes become
   * root attributes {@code NAME}. PDEBench's trajectories begin at {@code t = 0}; Galerkin's
   * time-dependent presets store that state as the input {@code a} and the output from the first
   * step on, so an input {@code a} of one frame's shape, with a time coordinate that starts after
   * 0, is written as frame 0 at {@code t = 0} ({@link #withInitialFrame}).
   */
  static void write(dev.galerkin.data.Dataset ds, Path file) {
    Map<String, Field> f = ds.fields();
    Field a = f.get("a");
    Field u = f.get("u");
    boolean darcy = a != null && u != null && a.role() == FieldRole.INPUT && u.shape().rank() == 3
        && a.shape().equals(u.shape());
    boolean oneD = !darcy && u != null && u.role() == FieldRole.OUTPUT && u.shape().rank() == 3
        && f.containsKey("x") && f.containsKey("t")
        && f.get("t").shape().equals(Shape.of(u.shape().dim(1)))
        && f.get("x").shape().equals(Shape.of(u.shape().dim(2)));
    java.util.Optional<Field> cfd = PdebenchCfdFiles.cfdOutput(ds);
    if (cfd.isPresent()) {
      PdebenchCfdFiles.write(ds, cfd.get(), file);
      return;
    }
    List<Field> rank5 = f.values().stream()
        .filter(g -> g.role() == FieldRole.OUTPUT && g.shape().rank() == 5).toList();
    Field seeds = !darcy && !oneD && rank5.size() == 1 ? rank5.get(0) : null;
    if (!darcy && !oneD && seeds == null) {
      throw new GalerkinException("cannot write this dataset as PDEBench: that needs an input a"
          + " and an output u of one shape [N, s, s] (2D Darcy), an output u [N, nt, nx] with"
          + " coordinates x [nx] and t [nt] (1D), or one output [N, nt, nx, ny, c] (per-seed"
          + " groups); it has " + ds.fields().values().stream()
              .map(g -> g.name() + " " + g.role().label() + g.shape()).toList());
    }
    if (seeds != null) {
      writeSeeds(ds, seeds, file);
      return;
    }
    try (WritableHdfFile out = HdfFile.write(file)) {
      long[] d = u.shape().dims();
      if (darcy) {
        out.putDataset("tensor", NestedArrays.toNested(Hdf5Arrays.reshape(u.values().toFloat(),
            Shape.of(d[0], 1, d[1], d[2]))));
        out.putDataset("nu", NestedArrays.toNested(a.values().toFloat()));
        out.putDataset("x-coordinate", axis(f.get("x"), d[1]));
        out.putDataset("y-coordinate", axis(f.get("y") != null ? f.get("y") : f.get("x"), d[2]));
      } else {
        double[] t = f.get("t").values().toDouble().toArray();
        FloatArray frames = withInitialFrame(u.values().toFloat(), a, t);
        if (frames.shape().dim(1) > t.length) {
          t = prependZero(t);
        }
        out.putDataset("tensor", NestedArrays.toNested(frames));
        out.putDataset("x-coordinate", f.get("x").values().toDouble().toArray());
        out.putDataset("t-coordinate", oneMoreTime(t));
      }
      ds.attributes().forEach((k, v) -> {
        if (k.startsWith(DatasetAttributes.PARAMETER_PREFIX) && v instanceof Number) {
          out.putAttribute(k.substring(DatasetAttributes.PARAMETER_PREFIX.length()), v);
        }
      });
    }
  }

  /**
   * @param frames a trajectory {@code [N, T, ...]}
   * @param a an input field, or null
   * @param t the trajectory's times {@code [T]}
   * @return {@code frames} with {@code a} put before them as the state at {@code t = 0}
   *     ({@code [N, T + 1, ...]}) when {@code a} is an input of one frame's shape and
   *     {@code t[0] > 0}; {@code frames} otherwise
   */
  static FloatArray withInitialFrame(FloatArray frames, Field a, double[] t) {
    long[] d = frames.shape().dims();
    if (a == null || a.role() != FieldRole.INPUT || t.length == 0 || !(t[0] > 0)
        || !a.shape().sampleShape().equals(Shape.of(Arrays.copyOfRange(d, 2, d.length)))
        || a.shape().dim(0) != d[0]) {
      return frames;
    }
    int per = Math.toIntExact(a.shape().sampleShape().size());
    int steps = Math.toIntExact(d[1]);
    float[] init = a.values().toFloat().toArray();
    float[] src = frames.toArray();
    float[] out = new float[Math.toIntExact(d[0] * (steps + 1L) * per)];
    for (int n = 0; n < d[0]; n++) {
      int o = n * (steps + 1) * per;
      System.arraycopy(init, n * per, out, o, per);
      System.arraycopy(src, n * steps * per, out, o + per, steps * per);
    }
    long[] e = d.clone();
    e[1] = steps + 1L;
    return FloatArray.wrap(Shape.of(e), out);
  }

  /** @return {@code t} with one more time a step after its last, as PDEBench's t-coordinates */
  static double[] oneMoreTime(double[] t) {
    double[] edges = Arrays.copyOf(t, t.length + 1);
    edges[t.length] = t.length > 1 ? 2 * t[t.length - 1] - t[t.length - 2] : t[0] + 1;
    return edges;
  }

  static double[] prependZero(double[] t) {
    double[] out = new double[t.length + 1];
    System.arraycopy(t, 0, out, 1, t.length);
    return out;
  }

  /**
   * Writes the per-seed layout of PDEBench's 2D diffusion-reaction and shallow-water files: group
   * {@code 0000}, {@code 0001}, … per sample, each with {@code data} [nt, nx, ny, c] (float32) and
   * {@code grid/x}, {@code grid/y}, {@code grid/t} (the coordinates {@code x}, {@code y},
   * {@code t}, else cell centres on [0, 1] and the frame numbers). The other fields (inputs such
   * as a Galerkin preset's initial state) have no place in that layout and are not written.
   */
  private static void writeSeeds(dev.galerkin.data.Dataset ds, Field field, Path file) {
    Map<String, Field> f = ds.fields();
    long stored = field.shape().dim(1);
    double[] t = new double[Math.toIntExact(stored)];
    Field tc = f.get("t");
    for (int k = 0; k < t.length; k++) {
      t[k] = tc != null && tc.shape().equals(Shape.of(stored)) ? tc.values().getDouble(k) : k;
    }
    FloatArray values = tc != null ? withInitialFrame(field.values().toFloat(), f.get("a"), t)
        : field.values().toFloat();
    if (values.shape().dim(1) > t.length) {
      t = prependZero(t);
    }
    long[] d = values.shape().dims();
    Shape frame = Shape.of(d[1], d[2], d[3], d[4]);
    try (WritableHdfFile out = HdfFile.write(file)) {
      for (long i = 0; i < d[0]; i++) {
        io.jhdf.api.WritableGroup g = out.putGroup(String.format(Locale.ROOT, "%04d", i));
        g.putDataset("data", NestedArrays.toNested(Hdf5Arrays.reshape(
            values.copySamples(i, i + 1), frame)));
        io.jhdf.api.WritableGroup grid = g.putGroup("grid");
        grid.putDataset("x", axis(f.get("x"), d[2]));
        grid.putDataset("y", axis(f.get("y"), d[3]));
        grid.putDataset("t", t);
      }
    }
  }

  /** @return the coordinate's values if it has {@code n} entries, else cell centres on [0, 1] */
  private static double[] axis(Field c, long n) {
    if (c != null && c.shape().equals(Shape.of(n))) {
      return c.values().toDouble().toArray();
    }
    double[] out = new double[Math.toIntExact(n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = (i + 0.5) / n;
    }
    return out;
  }

  /** @return {@code pde}, {@code param.*} from the root attributes and the file name */
  static Map<String, Object> attributes(Path path, HdfFile hdf) {
    Map<String, Object> out = new LinkedHashMap<>();
    String file = path.getFileName().toString();
    out.put("pde", pde(file));
    for (Map.Entry<String, Object> e : Hdf5Values.attributes(hdf.getAttributes()).entrySet()) {
      if (e.getKey().equals("latestIndex")) {
        continue;   // the incompressible NS writer's bookkeeping, not a parameter
      }
      out.put(e.getValue() instanceof Number ? "param." + e.getKey() : e.getKey(), e.getValue());
    }
    if (out.get("config") instanceof String yaml) {
      Matcher nu = Pattern.compile("(?m)^NU:\\s*([0-9.eE+-]+)").matcher(yaml);
      if (nu.find()) {
        out.put("param.NU", Double.parseDouble(nu.group(1)));
      }
    }
    String stem = file.replaceFirst("\\.[^.]*$", "");
    for (String token : stem.split("_")) {
      Matcher m = PARAMETER.matcher(token);
      if (m.matches()) {
        String key = "param." + m.group(1);
        boolean given = out.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(key));
        if (!given) {
          out.put(key, Double.parseDouble(m.group(2)));
        }
      }
    }
    return out;
  }

  private static String pde(String file) {
    String f = file.toLowerCase(Locale.ROOT);
    if (f.contains("ns_incom") || f.contains("ns_sim")) {
      return "incompressible-navier-stokes";
    }
    if (f.contains("cfd")) {
      return "compressible-navier-stokes";
    }
    if (f.contains("darcy")) {
      return "darcy";
    }
    if (f.contains("rdb") || f.contains("shallow")) {
      return "shallow-water";
    }
    if (f.contains("diff-react") || f.contains("reacdiff")) {
      // 2D_diff-react_NA_NA.h5 is the FitzHugh–Nagumo system (the preset diffusion-reaction-2d);
      // 1D_ReacDiff_* the Fisher equation (the preset diffusion-reaction)
      return f.startsWith("2d") ? "diffusion-reaction-2d" : "diffusion-reaction";
    }
    if (f.contains("diff-sorp")) {
      return "diffusion-sorption";
    }
    for (String p : List.of("advection", "burgers")) {
      if (f.contains(p)) {
        return p;
      }
    }
    return "unknown";
  }
}
