package dev.galerkin.data.formats;

import dev.galerkin.GalerkinException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A file layout Galerkin recognises, with how its arrays become fields. Shapes: {@code N} samples,
 * {@code nt} frames, {@code nx, ny} grid points, {@code c} channels.
 */
public enum Layout {
  /** A Galerkin dataset file or shard directory (the README's "HDF5 files"). */
  GALERKIN("galerkin", "Galerkin dataset", "fields as stored"),
  /**
   * PDEBench 1D ({@code 1D_Advection_Sols_beta0.1.hdf5}, Burgers, diffusion-reaction): {@code tensor}
   * [N, nt, nx], {@code x-coordinate} [nx], {@code t-coordinate} [nt + 1].
   */
  PDEBENCH_1D("pdebench-1d", "PDEBench 1D",
      "input a = tensor[:, 0] [N, nx], output u = tensor [N, nt, nx], coordinates x, t"),
  /** PDEBench 2D Darcy flow: {@code tensor} [N, 1, s, s] (solution), {@code nu} [N, s, s]. */
  PDEBENCH_DARCY("pdebench-darcy", "PDEBench 2D Darcy",
      "input a = nu [N, s, s], output u = tensor[:, 0] [N, s, s], coordinates x, y"),
  /**
   * PDEBench's per-seed groups (2D diffusion-reaction, shallow water): {@code 0000/data}
   * [nt, nx, ny, c] with {@code 0000/grid/x}, {@code grid/y}, {@code grid/t}.
   */
  PDEBENCH_SEEDS("pdebench-seeds", "PDEBench per-seed",
      "output u = stack of SEED/data [N, nt, nx, ny, c], coordinates x, y, t of the first seed"),
  /**
   * PDEBench compressible Navier-Stokes: {@code density}, {@code pressure}, {@code Vx}[, {@code Vy},
   * {@code Vz}] [N, nt, nx, ...], {@code x-/y-/z-/t-coordinate}.
   */
  PDEBENCH_CFD("pdebench-cfd", "PDEBench compressible NS",
      "outputs density, pressure, Vx, Vy, Vz [N, nt, nx, ...], coordinates x, y, z, t"),
  /**
   * PDEBench incompressible Navier-Stokes ({@code ns_incom_inhom_2d_512-0.h5}): {@code velocity}
   * [N, nt, s, s, 2], {@code particles} [N, nt, s, s, 1], {@code force} [N, s, s, 2], {@code t}
   * [N, nt] ({@code pdebench/data_gen/src/data_io.py}).
   */
  PDEBENCH_NS("pdebench-ns", "PDEBench incompressible NS",
      "input force [N, s, s, 2], outputs velocity [N, nt, s, s, 2] and particles [N, nt, s, s, 1],"
          + " coordinates t (the first sample's), x, y (cell centres on [0, 1])"),
  /** MATLAB v7.3 {@code .mat} (HDF5 after a 512-byte user block, axes stored reversed). */
  MAT_V73("mat73", "MATLAB v7.3 .mat",
      "variables in MATLAB's axis order: input a (or coeff), outputs u (or sol) and the other"
          + " arrays with N rows, vectors as coordinates"),
  /** MATLAB v5 {@code .mat} (FNO's Darcy {@code coeff}/{@code sol}, Burgers {@code a}/{@code u}). */
  MAT_V5("mat5", "MATLAB v5 .mat",
      "input a (or coeff), output u (or sol), other arrays with N rows as outputs, vectors as"
          + " coordinates; option subsample r keeps every r-th point"),
  /**
   * Any other HDF5 file, read through {@link ReadOptions}: the datasets named as inputs and
   * outputs, samples along a stated axis, coordinates a uniform grid on [0, 1].
   */
  PLAIN_HDF5("hdf5", "plain HDF5",
      "the datasets named by --input and --output (fields named by the last path component),"
          + " samples along --sample-axis, coordinates x, y, z uniform on [0, 1]");

  private final String label;
  private final String title;
  private final String mapping;

  Layout(String label, String title, String mapping) {
    this.label = label;
    this.title = title;
    this.mapping = mapping;
  }

  /** @return the name a command line gives it, for example {@code pdebench-darcy} */
  public String label() {
    return label;
  }

  /** @return the name {@code galerkin info} prints, for example {@code PDEBench 2D Darcy} */
  public String title() {
    return title;
  }

  /** @return how its arrays become fields, one line */
  public String mapping() {
    return mapping;
  }

  /** @return the layout labelled {@code label}; throws listing the labels otherwise */
  public static Layout parse(String label) {
    for (Layout l : values()) {
      if (l.label.equals(label.toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    throw new GalerkinException("format '" + label + "' is unknown; use one of " + labels());
  }

  /** @return every label, comma-separated */
  public static String labels() {
    return String.join(", ", Arrays.stream(values()).map(Layout::label).toList());
  }
}
