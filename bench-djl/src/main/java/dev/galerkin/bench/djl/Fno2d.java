package dev.galerkin.bench.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * Galerkin's FNO-2D (Li et al., "Fourier Neural Operator for Parametric Partial Differential
 * Equations", ICLR 2021) as {@code galerkin bench train} times it ({@code FnoConfig.paper2d()}:
 * width 32, 12 modes, 4 Fourier layers, projection 128, tanh-GELU, no domain padding), written with
 * DJL NDArrays on libtorch, channel-last like {@code dev.galerkin.operators.fno.Fno}:
 *
 * <ol>
 *   <li>input {@code a [B, N, N]}; append the grid {@code (x, y)} on {@code linspace(0, 1, N)} as
 *       channels, {@code [B, N, N, 3]}; lift point-wise {@code 3 → 32};
 *   <li>4 layers {@code h ← σ(K h + W h)} (no σ after the last), {@code W} point-wise 32 → 32,
 *       {@code K} the spectral convolution keeping 12 modes along y (rfft side) and 2·12 along x
 *       (both corners), one complex 32 × 32 matrix per mode ({@code wr, wi [288, 32, 32]});
 *   <li>project point-wise {@code 32 → 128 → σ → 1}, output {@code [B, N, N]}.
 * </ol>
 *
 * <p>{@link Variant#MATMUL} computes {@code K} exactly as Galerkin's {@code SpectralConv} does in
 * 2D (TensorFlow Java has no complex types): truncated forward DFTs as matmuls with precomputed
 * cos/sin matrices along y then x, the x transform combined into the complex DFT of the y
 * transform's real and imaginary parts, one batched matmul with the block weight
 * {@code [[Wr, Wi], [−Wi, Wr]]} ({@code [modes, 2C, 2C]}) for the complex product, and the inverse
 * along x then y as matmuls. {@link Variant#RFFT} computes the same
 * {@code K} with libtorch's {@code rfft}/{@code fft}/{@code ifft}/{@code irfft} (complex64) and the
 * weight {@code [[Wr, Wi], [−Wi, Wr]]}: the standard SpectralConv2d of the reference code (DJL
 * 0.36 gaps on the way: {@code complex()} has no gradient and {@code toType} cuts the graph, so the
 * spectrum re-enters complex arithmetic through {@code ifft} of real parts; the tests
 * compare both variants' values and gradients). Both
 * have 2,368,001 parameters at these settings (as Galerkin's model, README's FNO rows).
 */
final class Fno2d {
  /** How the spectral convolution is computed. */
  enum Variant {
    /** Truncated real DFTs as matmuls, as Galerkin's TensorFlow graph. */
    MATMUL,
    /** libtorch's FFTs on complex64. */
    RFFT
  }

  static final int WIDTH = 32;
  static final int MODES = 12;
  static final int LAYERS = 4;
  static final int PROJECTION = 128;

  private final int n;
  private final Variant variant;
  private final NDArray grid;
  private final NDArray fyT;
  private final NDArray fxT;
  private final NDArray gx;
  private final NDArray gy;
  private final NDArray imaginaryUnit;
  private final NDArray liftW;
  private final NDArray liftB;
  private final NDArray[] wr = new NDArray[LAYERS];
  private final NDArray[] wi = new NDArray[LAYERS];
  private final NDArray[] pw = new NDArray[LAYERS];
  private final NDArray[] pb = new NDArray[LAYERS];
  private final NDArray proj0W;
  private final NDArray proj0B;
  private final NDArray proj1W;
  private final NDArray proj1B;
  private final Params params;

  /**
   * @param manager owns every tensor of the model (create it outside any {@code NDScope})
   * @param n grid points per axis, {@code >= 2·12}
   */
  Fno2d(NDManager manager, int n, Variant variant) {
    if (n < 2 * MODES) {
      throw new IllegalArgumentException("FNO grid " + n + " < 2 * modes = " + 2 * MODES);
    }
    this.n = n;
    this.variant = variant;
    float[] g = new float[n * n * 2];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        g[(i * n + j) * 2] = (float) i / (n - 1);
        g[(i * n + j) * 2 + 1] = (float) j / (n - 1);
      }
    }
    grid = manager.create(g, new Shape(1, n, n, 2));
    int[] fx = Dft.corners(MODES, n);
    int[] fy = Dft.first(MODES);
    fyT = manager.create(Dft.forward(fy, n), new Shape(2L * MODES, n));
    fxT = manager.create(Dft.forward(fx, n), new Shape(4L * MODES, n));
    gx = manager.create(Dft.inverseComplex(fx, n), new Shape(2L * n, 4L * MODES));
    gy = manager.create(Dft.inverseReal(MODES, n, 1.0 / ((double) n * n)), new Shape(n, 2L * MODES));
    imaginaryUnit = manager.create(new float[] {0, 1}).complex(); // a constant: no gradient
    params = new Params(manager);
    liftW = params.glorot(3, WIDTH);
    liftB = params.zeros(WIDTH);
    float scale = 1f / (WIDTH * WIDTH);
    for (int l = 0; l < LAYERS; l++) {
      wr[l] = params.uniform(0, scale, modeCount(), WIDTH, WIDTH);
      wi[l] = params.uniform(0, scale, modeCount(), WIDTH, WIDTH);
      pw[l] = params.glorot(WIDTH, WIDTH);
      pb[l] = params.zeros(WIDTH);
    }
    proj0W = params.glorot(WIDTH, PROJECTION);
    proj0B = params.zeros(PROJECTION);
    proj1W = params.glorot(PROJECTION, 1);
    proj1B = params.zeros(1);
  }

  static long modeCount() {
    return 2L * MODES * MODES;
  }

  Params params() {
    return params;
  }

  /** @return the real spectral weight {@code wr [modes, C, C]} of layer {@code l} */
  NDArray spectralWeight(int l) {
    return wr[l];
  }

  /** @return the lifting matrix {@code [3, C]} */
  NDArray liftWeight() {
    return liftW;
  }

  /**
   * @param a input {@code [B, N, N]}
   * @return the prediction {@code [B, N, N]}
   */
  NDArray forward(NDArray a) {
    long b = a.getShape().get(0);
    NDArray x = a.reshape(b, n, n, 1).concat(grid.broadcast(b, n, n, 2), 3);
    NDArray h = x.matMul(liftW).add(liftB);
    for (int l = 0; l < LAYERS; l++) {
      NDArray k = variant == Variant.MATMUL ? spectralMatmul(h, l) : spectralFft(h, l);
      h = k.add(h.matMul(pw[l]).add(pb[l]));
      if (l < LAYERS - 1) {
        h = gelu(h);
      }
    }
    h = gelu(h.matMul(proj0W).add(proj0B));
    return h.matMul(proj1W).add(proj1B).reshape(b, n, n);
  }

  /** The spectral convolution of layer {@code l} as DFT matmuls: {@code [B, N, N, C] → [B, N, N, C]}. */
  NDArray spectralMatmul(NDArray h, int l) {
    int c = WIDTH;
    int k = MODES;
    long b = h.getShape().get(0);
    NDArray z = fyT.matMul(h.reshape(b * n, n, c)); //                  [B·N, 2K, C]
    NDArray u = fxT.matMul(z.reshape(b, n, 2L * k * c)).reshape(b, 2, 2L * k, 2, k, c);
    // u = [cos; −sin]·(zr, zi): the complex DFT along x of zr + i·zi, as Galerkin's SpectralConv
    // takes it: Xr = C zr + S zi, Xi = C zi − S zr (half the spectral product of four parts)
    NDArray xr = u.get(":, 0, :, 0").sub(u.get(":, 1, :, 1")); //       [B, 2K, K, C]
    NDArray xi = u.get(":, 0, :, 1").add(u.get(":, 1, :, 0"));
    NDArray um = NDArrays.stack(new NDList(xr, xi), 3).transpose(1, 2, 0, 3, 4)
        .reshape(modeCount(), b, 2L * c); //                             [M, B, 2C]
    NDArray w = wr[l].concat(wi[l], 2).concat(wi[l].neg().concat(wr[l], 2), 1); // [M, 2C, 2C]
    NDArray v = um.matMul(w); //                                         [M, B, 2C]
    NDArray vt = v.reshape(2L * k, k, b, 2, c).transpose(2, 3, 0, 1, 4).reshape(b, 4L * k, (long) k * c);
    NDArray t = gx.matMul(vt); //                                        [B, 2N, K·C]
    NDArray tt = t.reshape(b, 2, n, k, c).transpose(0, 2, 1, 3, 4).reshape(b * n, 2L * k, c);
    return gy.matMul(tt).reshape(b, n, n, c);
  }

  /** The spectral convolution of layer {@code l} with libtorch's FFTs (complex64). */
  NDArray spectralFft(NDArray h, int l) {
    int c = WIDTH;
    int k = MODES;
    long b = h.getShape().get(0);
    NDArray f = h.rfft(n, 2).fft(n, 1); //                               [B, N, N/2+1, C] complex
    NDArray low = f.get(new NDIndex(":, :{}, :{}", k, k));
    NDArray high = f.get(new NDIndex(":, {}:, :{}", n - k, k));
    NDArray corners = low.concat(high, 1); //                            [B, 2K, K, C] complex
    NDArray re = corners.real(); //                                      [B, 2K, K, C, 2]
    NDArray um = re.transpose(1, 2, 0, 4, 3).reshape(modeCount(), b, 2L * c); // [M, B, 2C]
    NDArray w = wr[l].concat(wi[l], 2).concat(wi[l].neg().concat(wr[l], 2), 1); // [M, 2C, 2C]
    NDArray v = um.matMul(w).reshape(2L * k, k, b, 2, c).transpose(2, 0, 1, 4, 3); // [B, 2K, K, C, 2]
    NDManager m = h.getManager();
    NDArray mid = m.zeros(new Shape(b, n - 2L * k, k, c, 2));
    NDArray xs = NDArrays.concat(new NDList(v.get(":, :{}", k), mid, v.get(":, {}:", k)), 1);
    NDArray ys = xs.concat(m.zeros(new Shape(b, n, n / 2 + 1 - k, c, 2)), 2); // [B, N, N/2+1, C, 2]
    // complex() (view_as_complex_copy) has no gradient and toType runs under NoGradGuard (DJL's
    // torchTo), so the complex spectrum enters through fft's real-input path, by linearity:
    // ifft_x(re + i·im) = ifft_x(re) + i·ifft_x(im)
    NDArray z = ys.get("..., 0").ifft(n, 1).add(ys.get("..., 1").ifft(n, 1).mul(imaginaryUnit));
    return z.irfft(n, 2);
  }

  /**
   * The tanh approximation of GELU as Galerkin's {@code Activation.GELU} computes it:
   * {@code ½x(1 + tanh z) = x·σ(2z)}, {@code 2z = x(a + b x²)}, {@code a = 2√(2/π)},
   * {@code b = 0.044715·a}.
   */
  static NDArray gelu(NDArray x) {
    float a = (float) (2 * Math.sqrt(2 / Math.PI));
    float bb = (float) (0.044715 * 2 * Math.sqrt(2 / Math.PI));
    return x.mul(ai.djl.nn.Activation.sigmoid(x.mul(x.mul(x).mul(bb).add(a))));
  }

  /**
   * Galerkin's relative L2 loss: per sample {@code sqrt(‖ŷ−y‖² + ε²) / sqrt(‖y‖² + ε²)},
   * {@code ε = 1e-6}, averaged over the batch.
   */
  static NDArray relativeL2(NDArray prediction, NDArray target) {
    float eps2 = 1e-12f;
    NDArray d = prediction.sub(target);
    NDArray num = d.mul(d).sum(new int[] {1, 2}).add(eps2).sqrt();
    NDArray den = target.mul(target).sum(new int[] {1, 2}).add(eps2).sqrt();
    return num.div(den).mean();
  }

  /** Copies every weight of {@code other} into this model (the layout does not depend on the variant). */
  void copyWeightsFrom(Fno2d other) {
    NDArray[][] mine = {wr, wi, pw, pb};
    NDArray[][] theirs = {other.wr, other.wi, other.pw, other.pb};
    for (int s = 0; s < mine.length; s++) {
      for (int l = 0; l < LAYERS; l++) {
        mine[s][l].set(theirs[s][l].toFloatArray());
      }
    }
    NDArray[] a = {liftW, liftB, proj0W, proj0B, proj1W, proj1B};
    NDArray[] o = {other.liftW, other.liftB, other.proj0W, other.proj0B, other.proj1W, other.proj1B};
    for (int i = 0; i < a.length; i++) {
      a[i].set(o[i].toFloatArray());
    }
  }
}
