package dev.galerkin.cli;

import dev.galerkin.data.Dataset;
import dev.galerkin.data.formats.Export;
import dev.galerkin.data.hdf5.DatasetFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin export --to pdebench|npz|mat FILE --out PATH}: a dataset (any layout
 * {@code galerkin info} reads) written for other programs, see {@link Export}: the PDEBench layout
 * of its equation (2D Darcy, 1D or per-seed groups), a NumPy {@code .npz}, or a MATLAB v5
 * {@code .mat}. The dataset is read into memory first.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write a dataset as PDEBench HDF5 (2D Darcy, 1D or per-seed layout), NumPy .npz"
        + " or MATLAB v5 .mat, for Python or MATLAB.")
final class ExportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "The dataset (file or shard directory).")
  Path path;

  @Option(names = "--to", required = true, paramLabel = "FORMAT",
      description = "pdebench, npz or mat.")
  String to;

  @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write.")
  Path out;

  @Option(names = "--overwrite", description = "Replace --out if it exists.")
  boolean overwrite;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Export.Target target = Export.Target.parse(to);
    Dataset ds;
    try (DatasetFile f = DatasetFile.open(path)) {
      ds = f.toDataset();
    }
    Export.write(ds, target, out, overwrite);
    PrintWriter console = spec.commandLine().getOut();
    console.printf("wrote %s: %s, %d samples, fields %s%s%n", out,
        target.name().toLowerCase(java.util.Locale.ROOT), ds.sampleCount(), ds.fields().keySet(),
        target == Export.Target.PDEBENCH ? " (PDEBench's layout keeps only what it has room for:"
            + " galerkin info " + out + " shows it)" : "");
    return 0;
  }
}
