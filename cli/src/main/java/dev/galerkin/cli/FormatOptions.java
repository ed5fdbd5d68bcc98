package dev.galerkin.cli;

import dev.galerkin.data.formats.Layout;
import dev.galerkin.data.formats.ReadOptions;
import dev.galerkin.data.hdf5.DatasetFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How {@code train} and {@code evaluate} read {@code --data}: {@code --format} to force a layout,
 * {@code --subsample} for FNO's every-r-th-point coarsening of {@code .mat} files, and
 * {@code --sample-axis} and {@code --coordinates} for a plain HDF5 file (whose {@code --input}/{@code --output} are dataset
 * paths). Turned into {@link ReadOptions}.
 */
final class FormatOptions {
  @Option(names = "--format", paramLabel = "LAYOUT", description = "Read --data as this layout"
      + " instead of detecting it: galerkin, pdebench-1d, pdebench-darcy, pdebench-seeds,"
      + " pdebench-cfd, pdebench-ns, mat73, mat5, hdf5 (any HDF5 file: --input/--output are"
      + " dataset paths, with --sample-axis).")
  String format;

  @Option(names = "--subsample", paramLabel = "R", defaultValue = "1", description = "Keep every"
      + " R-th point on each axis after the samples of a .mat file, as the FNO code does (R = 5:"
      + " 421 -> 85) (default ${DEFAULT-VALUE}).")
  int subsample;

  @Option(names = "--sample-axis", paramLabel = "K", description = "For a plain HDF5 file: the"
      + " axis of each dataset that indexes the samples (0 for the first); it is moved to the"
      + " front.")
  Integer sampleAxis;

  @Option(names = "--coordinates", paramLabel = "NAME=PATH[,NAME=PATH]", description = "For a"
      + " plain HDF5 file: 1-D datasets in the same file holding the grid's coordinates, in axis"
      + " order (x=/grid/x,y=/grid/y; one increasing value per grid point); axes not given are"
      + " uniform on [0, 1].")
  String coordinates;

  /**
   * @param inputs the input datasets of a plain HDF5 file (or field names), may be empty
   * @param outputs its output datasets (or field names), may be empty
   * @return the read options these flags give
   */
  ReadOptions options(List<String> inputs, List<String> outputs) {
    return new ReadOptions(format == null ? null : Layout.parse(format), subsample, inputs,
        outputs, sampleAxis == null ? -1 : sampleAxis,
        coordinates == null ? Map.of() : ReadOptions.parseCoordinates(coordinates));
  }

  /** @return {@code data} opened with {@link #options} */
  DatasetFile open(Path data, List<String> inputs, List<String> outputs) {
    return DatasetFile.open(data, options(inputs, outputs));
  }

  /** @return the flags as they would be typed again, for example {@code " --subsample 5"} */
  String asArguments() {
    return (format == null ? "" : " --format " + format)
        + (subsample == 1 ? "" : " --subsample " + subsample)
        + (sampleAxis == null ? "" : " --sample-axis " + sampleAxis)
        + (coordinates == null ? "" : " --coordinates " + coordinates.strip());
  }
}
