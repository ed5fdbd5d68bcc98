package dev.galerkin.operators.mgno;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.layers.Conv;
import dev.galerkin.operators.layers.ConvTranspose;
import dev.galerkin.operators.tf.Initializer;
import dev.galerkin.operators.tf.TfGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * MgNO's {@code MgConv}: one multigrid V-cycle whose smoothers and transfers are learned
 * convolutions, the linear operator between channels of one MgNO layer (He, Liu, Xu, ICLR 2024).
 *
 * <pre>
 * level 0:       u = S f, then u ← u + S(f − A u)            (pre-smoothing steps)
 * level l → l+1: f ← R f, u ← Π u                            (reference default), or
 *                f ← R(f − A u), u ← 0                       (residual correction)
 * level l + 1:   u ← u + S(f − A u)  (u = S f when u is 0)    (coarsest: its own step count)
 * back up:       u_l ← u_l + P u_{l+1}, then post-smoothing
 * </pre>
 *
 * {@code S} ({@code f → u} channels) and {@code A} ({@code u → f}) are 3^d convolutions without
 * bias, one pair per smoothing step; {@code R} and {@code Π} stride-2 3^d convolutions
 * ({@code n → ⌈n/2⌉}: coarse node {@code i} sits on fine node {@code 2i}, so odd sizes such as 85
 * work); {@code P} a stride-2 transposed convolution of kernel 4, cropped to the finer level's size
 * (43 → 86 → 85; with circular padding it wraps, see {@link #prolong}). Shapes: {@code f [B, ...grid, cf] → u [B, ...grid, cu]}.
 *
 * <p>Variable names ({@code prefix} = the layer's): {@code prefix_L{l}_S{i}/w},
 * {@code prefix_L{l}_A{i}/w} (smoothing step {@code i} on level {@code l}; post-smoothing steps
 * continue the count), {@code prefix_L{l}_R/w}, {@code prefix_L{l}_Pi/w},
 * {@code prefix_L{l}_Ar/w} (restriction from level {@code l}), {@code prefix_L{l}_P/w}
 * (prolongation onto level {@code l}).
 */
final class MultigridConv {
  private final MgnoConfig config;
  private final String prefix;
  private final int cf;
  private final int cu;
  private final TfGraph g;

  /**
   * @param g the graph
   * @param prefix unique in {@code g}: the layer's name
   * @param cf channels of {@code f}
   * @param cu channels of {@code u}
   */
  MultigridConv(TfGraph g, String prefix, MgnoConfig config, int cf, int cu) {
    this.g = g;
    this.prefix = prefix;
    this.config = config;
    this.cf = cf;
    this.cu = cu;
  }

  /**
   * The grid sizes of every level, finest first.
   *
   * @param grid the finest grid's sizes
   * @return {@code levels} arrays; fails with one line when the grid is too small or, for circular
   *     padding, not divisible by {@code 2^(levels−1)}
   */
  static long[][] hierarchy(MgnoConfig c, long[] grid) {
    long[][] sizes = new long[c.levels()][];
    sizes[0] = grid.clone();
    for (int l = 1; l < c.levels(); l++) {
      sizes[l] = new long[grid.length];
      for (int a = 0; a < grid.length; a++) {
        long n = sizes[l - 1][a];
        if (c.padding() == dev.galerkin.operators.layers.Padding.CIRCULAR && n % 2 != 0) {
          long unit = 1L << (c.levels() - 1);
          throw new GalerkinException("MgNO with circular padding and " + c.levels() + " levels needs"
              + " grid sides divisible by " + unit + " (e.g. " + unit * 2 + ", " + unit * 4 + "); got "
              + Arrays.toString(grid) + ": use --levels " + maxLevels(grid, true) + " or fewer");
        }
        sizes[l][a] = (n + 1) / 2;
        if (sizes[l][a] < 2) {
          throw new GalerkinException("MgNO with " + c.levels() + " levels needs at least "
              + ((1L << (c.levels() - 1)) + 1) + " points per axis (the coarsest level keeps 2); got "
              + Arrays.toString(grid) + ": use --levels " + maxLevels(grid, false) + " or fewer");
        }
      }
    }
    return sizes;
  }

  /** @return the most levels {@code grid} can take (coarsest at least 2 points, even halvings) */
  static int maxLevels(long[] grid, boolean even) {
    int levels = 1;
    long n = Arrays.stream(grid).min().orElse(1);
    while ((n + 1) / 2 >= 2 && (!even || n % 2 == 0)) {
      n = (n + 1) / 2;
      levels++;
    }
    return levels;
  }

  /**
   * @param f {@code [B, ...grid, cf]} with a static grid
   * @return {@code u} on the finest level, {@code [B, ...grid, cu]}
   */
  Operand<TFloat32> apply(Operand<TFloat32> f) {
    int d = config.dimensions();
    long[] grid = new long[d];
    for (int a = 0; a < d; a++) {
      grid[a] = f.shape().get(a + 1);
    }
    long[][] sizes = hierarchy(config, grid);
    int levels = config.levels();
    List<Operand<TFloat32>> us = new ArrayList<>();
    List<Operand<TFloat32>> fs = new ArrayList<>();
    Ops tf = g.ops();
    Operand<TFloat32> fl = f;
    Operand<TFloat32> ul = null;
    for (int l = 0; l < levels; l++) {
      if (l > 0) {
        Operand<TFloat32> fPrev = fs.get(l - 1);
        Operand<TFloat32> uPrev = us.get(l - 1);
        if (config.residualCorrection()) {
          Operand<TFloat32> r = tf.math.sub(fPrev, conv(name(l - 1, "Ar"), 3, cu, cf, 1).apply(uPrev));
          fl = conv(name(l - 1, "R"), 3, cf, cf, 2).apply(r);
          ul = null;
        } else {
          fl = conv(name(l - 1, "R"), 3, cf, cf, 2).apply(fPrev);
          ul = conv(name(l - 1, "Pi"), 3, cu, cu, 2).apply(uPrev);
        }
      }
      int steps = l == levels - 1 ? config.coarsestSmoothing() : config.preSmoothing();
      for (int i = 0; i < steps; i++) {
        ul = smooth(l, i, ul, fl);
      }
      us.add(ul);
      fs.add(fl);
    }
    for (int l = levels - 2; l >= 0; l--) {
      Operand<TFloat32> u = tf.math.add(us.get(l), prolong(l, us.get(l + 1), sizes[l]));
      int first = l == levels - 1 ? config.coarsestSmoothing() : config.preSmoothing();
      for (int i = 0; i < config.postSmoothing(); i++) {
        u = smooth(l, first + i, u, fs.get(l));
      }
      us.set(l, u);
    }
    return us.get(0);
  }

  /**
   * {@code P u_c} on level {@code l}'s grid: a stride-2 transposed convolution of kernel 4 (fine
   * node {@code 2i−1 … 2i+2} from coarse node {@code i}), cropped to the fine size. With circular
   * padding the coarse field is first wrapped by one node on each side and the result cut from the
   * middle, so the last fine nodes also receive their share from coarse node 0 (a plain transposed
   * convolution drops it).
   */
  private Operand<TFloat32> prolong(int l, Operand<TFloat32> coarse, long[] fine) {
    ConvTranspose p = ConvTranspose.create(g, name(l, "P"), cube(4), cu, cu, 2,
        Initializer.glorotUniform(), false);
    Ops tf = g.ops();
    if (config.padding() != dev.galerkin.operators.layers.Padding.CIRCULAR) {
      return crop(tf, p.apply(coarse), 0, fine);
    }
    int d = config.dimensions();
    int[] one = new int[d];
    Arrays.fill(one, 1);
    Operand<TFloat32> wrapped = config.padding().pad(tf, name(l, "P"), coarse, one, one);
    return crop(tf, p.apply(wrapped), 2, fine);
  }

  /** {@code u + S(f − A u)}, or {@code S f} when {@code u} is zero. */
  private Operand<TFloat32> smooth(int level, int step, Operand<TFloat32> u, Operand<TFloat32> f) {
    Conv s = conv(name(level, "S" + step), 3, cf, cu, 1);
    if (u == null) {
      return s.apply(f);
    }
    Conv a = conv(name(level, "A" + step), 3, cu, cf, 1);
    Ops tf = g.ops();
    return tf.math.add(u, s.apply(tf.math.sub(f, a.apply(u))));
  }

  private Conv conv(String name, int k, int in, int out, int stride) {
    return Conv.create(g, name, cube(k), in, out, stride, config.padding(),
        Initializer.glorotUniform(), false);
  }

  private int[] cube(int k) {
    return Conv.cube(config.dimensions(), k);
  }

  private String name(int level, String what) {
    return prefix + "_L" + level + "_" + what;
  }

  /** Points {@code [offset, offset + sizes)} of every grid axis of {@code x [B, ...grid, C]}. */
  private static Operand<TFloat32> crop(Ops tf, Operand<TFloat32> x, int offset, long[] sizes) {
    int rank = sizes.length + 2;
    boolean same = offset == 0;
    int[] begin = new int[rank];
    int[] size = new int[rank];
    size[0] = -1;
    size[rank - 1] = -1;
    for (int a = 0; a < sizes.length; a++) {
      begin[a + 1] = offset;
      size[a + 1] = Math.toIntExact(sizes[a]);
      same &= x.shape().get(a + 1) == sizes[a];
    }
    // int32 bounds: the gradient of Slice subtracts them from an int32 shape
    return same ? x : tf.slice(x, tf.constant(begin), tf.constant(size));
  }
}
