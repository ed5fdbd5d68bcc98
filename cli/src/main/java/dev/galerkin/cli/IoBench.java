package dev.galerkin.cli;

import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.data.hdf5.DatasetWriter;
import dev.galerkin.data.hdf5.WriteOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin bench io}: HDF5 write and read throughput for an {@code N × R × R} float32 field
 * (1024 × 85 × 85 by default, the FNO Darcy size), whole and as 64-sample ranges, with h5py timing
 * the same file in the same run when Debian's python3-h5py is present.
 *
 * <p>The comparison follows {@link PeerRounds}: the file is written once (untimed) for the peer,
 * h5py runs once standalone before any timing of ours, then rounds alternate ours, h5py, … (h5py a
 * fresh process each); a round's figure per operation is the best of {@code --repeat}; the report
 * gives the medians as MB/s, the standalone check and a {@code PEER bench=io model=OP peer=h5py}
 * line per operation (write, read-whole, read-ranges). <b>Our side runs in this JVM</b>: it is
 * pure Java; jhdf decompresses a read's chunks on the common fork-join pool (a parallel stream),
 * which returns only when every chunk is done, so the pool is idle and no thread of ours works
 * while h5py runs.
 */
@Command(name = "io", mixinStandardHelpOptions = true,
    description = "HDF5 write/read throughput (MB/s), whole and by sample range, against h5py.")
final class IoBench implements Callable<Integer> {
  @Option(names = "--samples", defaultValue = "1024", description = "Samples N (default ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--resolution", defaultValue = "85", description = "Nodes per side R (default ${DEFAULT-VALUE}).")
  int resolution;

  @Option(names = "--range", defaultValue = "64", description = "Samples per range read (default ${DEFAULT-VALUE}).")
  int range;

  @Option(names = "--repeat", defaultValue = "3", description = "Repetitions; the best time counts (default ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--dir", description = "Where to put the files (default: a temporary directory, removed after).")
  Path dir;

  @Option(names = "--rounds", defaultValue = "3", description = "Alternating rounds (ours, h5py,"
      + " ...), h5py a fresh process each (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--no-peer", description = "Do not run the h5py peer.")
  boolean noPeer;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Checks.positive("--samples", samples);
    Checks.atLeast("--resolution", resolution, 2);
    Checks.positive("--range", range);
    Checks.positive("--repeat", repeat);
    Checks.positive("--rounds", rounds);
    PrintWriter out = spec.commandLine().getOut();
    boolean temporary = dir == null;
    Path work = temporary ? Files.createTempDirectory("galerkin-bench-io") : dir;
    if (!Files.isDirectory(work)) {
      throw new dev.galerkin.GalerkinException("--dir " + work + " is not a directory; create it first");
    }
    try {
      return bench(out, work);
    } finally {
      if (temporary) {
        try (var files = Files.list(work)) {
          for (Path p : files.toList()) {
            Files.deleteIfExists(p);
          }
        }
        Files.deleteIfExists(work);
      }
    }
  }

  /** The operations compared, as the keys of a round and the {@code model=} of PEER lines. */
  static final List<String> OPS = List.of("write", "read-whole", "read-ranges");

  private int bench(PrintWriter out, Path work) {
    Shape shape = Shape.of(samples, resolution, resolution);
    Dataset ds = Dataset.builder().input("a", smoothField(shape, 0)).build();
    double mb = shape.size() * 4 / 1e6;
    Path file = work.resolve("bench-io.h5");
    out.printf(Locale.ROOT, "field a: float32 %s = %.1f MB, chunked, shuffle + deflate(4); per round"
        + " the best of %d, %d rounds%n", shape, mb, repeat, rounds);
    // the file the peer reads: written once, untimed, before the peer's standalone run
    DatasetWriter.write(ds, file, WriteOptions.defaults().withOverwrite(true));
    List<PeerRounds.Side> sides = PeerRounds.sides(noPeer ? List.of() : List.of(Peers.H5PY),
        List.of(file.toString(), "a", Integer.toString(range), Integer.toString(repeat),
            work.resolve("bench-io-h5py.h5").toString()), IoBench::h5pyRound);
    if (!noPeer) {
      out.println("h5py alone first, before any timing of ours:");
      PeerRounds.standalone(sides, out);
      sides.get(0).lastOutput.lines().filter(l -> l.startsWith("h5py "))
          .forEach(l -> out.println("  peer: " + l.strip()));
    }
    List<Round> ours = PeerRounds.alternate(rounds, () -> ourRound(ds, file), sides, out);
    double oneRange;
    double readWhole = Spread.median(PeerReport.figures(ours, "read-whole")) / 1e3;
    try (DatasetFile f = DatasetFile.open(file)) {
      long mid = Math.max(0, samples / 2 - range / 2);
      oneRange = best(() -> f.read("a", mid, Math.min(samples, mid + range)));
      out.printf(Locale.ROOT, "file: %s on disk (%.2f× compression), chunks %s%n",
          Format.bytes(f.sizeOnDisk()), shape.size() * 4.0 / f.sizeOnDisk(), f.field("a").chunkShape());
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"", "galerkin (jhdf)", "h5py (libhdf5)", "ratio"});
    String[] what = {"write, whole field", "read, whole field", "read, " + range + "-sample ranges"};
    for (int i = 0; i < OPS.size(); i++) {
      List<Double> theirs = sides.isEmpty() ? List.of() : PeerReport.figures(sides.get(0).rounds, OPS.get(i));
      rows.add(row(what[i], mb / (Spread.median(PeerReport.figures(ours, OPS.get(i))) / 1e3),
          theirs.isEmpty() ? null : Spread.median(theirs) / 1e3, mb));
    }
    out.println();
    InfoCommand.printTable(out, rows);
    out.println("  (MB/s of raw float32 data at the median round; ratio = galerkin / h5py, above 1"
        + " means Galerkin is faster)");
    for (String op : OPS) {
      PeerReport.notes(out, "io", op, op, ours, sides);
    }
    double fraction = (double) Math.min(samples, range) / samples;
    out.printf(Locale.ROOT, "%none %d-sample range: %.1f ms = %.1f%% of a whole read (its share of"
        + " the samples: %.1f%%), so a range reads its own chunks only%n", range, oneRange * 1e3,
        100 * oneRange / readWhole, 100 * fraction);
    return 0;
  }

  /** One round of ours: the best of {@code repeat} whole writes, whole reads and range reads. */
  private Round ourRound(Dataset ds, Path file) {
    double write = best(() -> DatasetWriter.write(ds, file, WriteOptions.defaults().withOverwrite(true)));
    double readWhole = best(() -> {
      try (DatasetFile f = DatasetFile.open(file)) {
        f.readAll("a");
      }
    });
    double readRanges = best(() -> {
      try (DatasetFile f = DatasetFile.open(file)) {
        for (long i = 0; i < samples; i += range) {
          f.read("a", i, Math.min(samples, i + range));
        }
      }
    });
    Map<String, Double> ms = new LinkedHashMap<>();
    ms.put("write", write * 1e3);
    ms.put("read-whole", readWhole * 1e3);
    ms.put("read-ranges", readRanges * 1e3);
    return new Round(ms, OptionalLong.empty());
  }

  private static String[] row(String what, double ours, Double peerSeconds, double mb) {
    if (peerSeconds == null) {
      return new String[] {what, fmt(ours), "-", "-"};
    }
    double theirs = mb / peerSeconds;
    return new String[] {what, fmt(ours), fmt(theirs), String.format(Locale.ROOT, "%.2f", ours / theirs)};
  }

  private static String fmt(double mbPerS) {
    return String.format(Locale.ROOT, "%.0f MB/s", mbPerS);
  }

  /** @return h5py's round: its {@code write_s}, {@code read_whole_s}, {@code read_ranges_s} in ms */
  static Round h5pyRound(String out) {
    Map<String, Double> ms = new LinkedHashMap<>();
    for (String line : out.split("\\R")) {
      String[] kv = line.trim().split("\\s+");
      if (kv.length == 2 && kv[0].endsWith("_s")) {
        String op = kv[0].substring(0, kv[0].length() - 2).replace("read_", "read-");
        if (OPS.contains(op)) {
          ms.put(op, Double.parseDouble(kv[1]) * 1e3);
        }
      }
    }
    if (ms.size() != OPS.size()) {
      throw new dev.galerkin.GalerkinException("printed " + ms.keySet() + ", not " + OPS + ": "
          + ChildOutput.tail(out));
    }
    return new Round(ms, ChildOutput.peakRssKb(out));
  }

  private double best(Runnable r) {
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < repeat; i++) {
      long t0 = System.nanoTime();
      r.run();
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return best;
  }

  /** Smooth random fields (a few Fourier modes plus small noise), so they compress like PDE data. */
  static NdArray smoothField(Shape shape, long seed) {
    int n = (int) shape.dim(0);
    int r = (int) shape.dim(1);
    float[] a = new float[Math.toIntExact(shape.size())];
    double[] sx = new double[r];
    double[] sy = new double[r];
    for (int i = 0; i < n; i++) {
      SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
      for (int m = 0; m < 4; m++) {
        double kx = 1 + rnd.nextInt(4);
        double ky = 1 + rnd.nextInt(4);
        double px = rnd.nextDouble() * 2 * Math.PI;
        double py = rnd.nextDouble() * 2 * Math.PI;
        double amp = rnd.nextGaussian();
        for (int j = 0; j < r; j++) {
          sx[j] = Math.sin(2 * Math.PI * kx * j / r + px);
          sy[j] = Math.cos(2 * Math.PI * ky * j / r + py);
        }
        int base = i * r * r;
        for (int j = 0; j < r; j++) {
          for (int k = 0; k < r; k++) {
            a[base + j * r + k] += (float) (amp * sx[j] * sy[k]);
          }
        }
      }
      for (int f = i * r * r; f < (i + 1) * r * r; f++) {
        a[f] += (float) (1e-3 * rnd.nextGaussian());
      }
    }
    return FloatArray.wrap(shape, a);
  }
}
