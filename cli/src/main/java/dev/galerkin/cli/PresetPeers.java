package dev.galerkin.cli;

import dev.galerkin.data.DType;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.hdf5.WriteOptions;
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.generate.DatasetRecipe;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy peers of the PDEBench presets whose scheme is quick to write in NumPy
 * ({@code bench/peers/pdebench_numpy.py}: {@code advection}'s spectral shift and
 * {@code burgers-pdebench}'s MUSCL-MC + Godunov + SSP-RK3 with split exact viscous steps). Each
 * round makes one sample of ours (one thread, float64, in memory), then hands its initial field to
 * the peer, which solves it to the same output times in its own process, while this JVM waits
 * idle; the peer's frames come back to be compared with ours, which shows that the two ran the
 * same scheme. Part of {@code galerkin bench solvers}.
 */
final class PresetPeers {
  private static final Pattern SAMPLE_S = Pattern.compile("SAMPLE_S ([0-9.eE+-]+)");
  private static final Pattern RSS = Pattern.compile("PEAK_RSS_KB ([0-9]+)");

  private PresetPeers() {}

  /** One round's figures: our seconds, the peer's, and max |ours − peer| / max |ours|. */
  record Round(double oursSeconds, double peerSeconds, double relativeDifference, long peerRssKb) {}

  /** @return whether {@code preset} has a NumPy peer */
  static boolean has(String preset) {
    return preset.equals("advection") || preset.equals("burgers-pdebench");
  }

  /** @return why the peer cannot run, or empty */
  static Optional<String> missing() {
    if (Peers.script("pdebench_numpy.py").isEmpty()) {
      return Optional.of("bench/peers/pdebench_numpy.py not found");
    }
    return Peers.missing("numpy");
  }

  /**
   * One round: sample {@code seed} of {@code recipe} by us, then by the peer.
   *
   * @param preset {@code advection} or {@code burgers-pdebench}
   * @param recipe the preset at its options
   * @param seed the sample's seed
   * @param work a directory for the exchange files
   * @return the round, or a one-line reason the peer failed
   */
  static Round round(String preset, DatasetRecipe recipe, long seed, Path work) throws IOException {
    long t0 = System.nanoTime();
    Dataset ours = DatasetGenerator.builder(recipe).samples(1).seed(seed).threads(1)
        .writeOptions(WriteOptions.defaults().withStoredType(DType.FLOAT64)).build().inMemory();
    double oursSeconds = (System.nanoTime() - t0) / 1e9;
    double[] a = ours.fields().get("a").values().toDouble().toArray();
    double[] u = ours.fields().get("u").values().toDouble().toArray();
    double[] t = ours.fields().get("t").values().toDouble().toArray();
    Path in = work.resolve(preset + "-u0.f64");
    Path out = work.resolve(preset + "-u.f64");
    write(in, a);
    Object param = recipe.attributes().get(preset.equals("advection") ? "param.beta" : "param.nu");
    Object cfl = recipe.attributes().get("param.cfl");
    List<String> cmd = new ArrayList<>(List.of(Peers.PYTHON,
        Peers.script("pdebench_numpy.py").orElseThrow().toString(), preset, in.toString(),
        out.toString(), String.valueOf(param), Double.toString(t[t.length - 1]),
        Integer.toString(t.length), String.valueOf(cfl)));
    Peers.Result r = Peers.run(cmd, 3600);
    Matcher m = SAMPLE_S.matcher(r.out());
    if (r.code() != 0 || !m.find()) {
      throw new IOException("pdebench_numpy.py " + preset + " failed (exit " + r.code() + "): "
          + r.out().strip().replace('\n', ' '));
    }
    double[] theirs = read(out, u.length);
    double diff = 0;
    double scale = 0;
    for (int i = 0; i < u.length; i++) {
      diff = Math.max(diff, Math.abs(u[i] - theirs[i]));
      scale = Math.max(scale, Math.abs(u[i]));
    }
    Matcher rss = RSS.matcher(r.out());
    return new Round(oursSeconds, Double.parseDouble(m.group(1)), diff / scale,
        rss.find() ? Long.parseLong(rss.group(1)) : -1);
  }

  private static void write(Path file, double[] v) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(8 * v.length).order(ByteOrder.LITTLE_ENDIAN);
    b.asDoubleBuffer().put(v);
    Files.write(file, b.array());
  }

  private static double[] read(Path file, int n) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length != 8L * n) {
      throw new IOException("the NumPy peer wrote " + bytes.length / 8 + " values, expected " + n);
    }
    double[] v = new double[n];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(v);
    return v;
  }
}
