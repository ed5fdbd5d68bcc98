package dev.galerkin.bench.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * The DeepONet of {@code galerkin bench train} and {@code bench/peers/deeponet_torch.py} (Lu et
 * al., "Learning nonlinear operators via DeepONet based on the universal approximation theorem of
 * operators", Nature Machine Intelligence 2021), antiderivative setup, on DJL NDArrays:
 *
 * <ul>
 *   <li>branch {@code [B, M] → W → … → W} ({@code layers} dense layers, tanh-GELU after each),
 *       then a linear {@code W → p}: {@code b [B, p]};
 *   <li>trunk {@code [P, 1] → W → … → W → p}, tanh-GELU after every layer including the last:
 *       {@code t [P, p]};
 *   <li>output {@code b·tᵀ + bias}, {@code [B, P]}; loss MSE.
 * </ul>
 *
 * <p>The bench configuration (M = P = 100, W = 64, 2 layers, p = 64) has 23,233 parameters, as
 * Galerkin's {@code DeepOnet} (branch 6,464 + 4,160 + 4,160, trunk 128 + 4,160 + 4,160, bias 1).
 */
final class DeepOnetNet {
  private final NDArray[] branchW;
  private final NDArray[] branchB;
  private final NDArray[] trunkW;
  private final NDArray[] trunkB;
  private final NDArray bias;
  private final Params params;

  /**
   * @param m branch sensors
   * @param width hidden width of branch and trunk
   * @param layers hidden layers of each net
   * @param latent the latent width p
   */
  DeepOnetNet(NDManager manager, int m, int width, int layers, int latent) {
    params = new Params(manager);
    branchW = new NDArray[layers + 1];
    branchB = new NDArray[layers + 1];
    trunkW = new NDArray[layers + 1];
    trunkB = new NDArray[layers + 1];
    for (int l = 0; l <= layers; l++) {
      int out = l == layers ? latent : width;
      branchW[l] = params.glorot(l == 0 ? m : width, out);
      branchB[l] = params.zeros(out);
    }
    for (int l = 0; l <= layers; l++) {
      int out = l == layers ? latent : width;
      trunkW[l] = params.glorot(l == 0 ? 1 : width, out);
      trunkB[l] = params.zeros(out);
    }
    bias = params.zeros(1);
  }

  Params params() {
    return params;
  }

  /**
   * @param u branch input {@code [B, M]}
   * @param y trunk points {@code [P, 1]}
   * @return {@code [B, P]}
   */
  NDArray forward(NDArray u, NDArray y) {
    NDArray b = u;
    int last = branchW.length - 1;
    for (int l = 0; l < last; l++) {
      b = Fno2d.gelu(b.matMul(branchW[l]).add(branchB[l]));
    }
    b = b.matMul(branchW[last]).add(branchB[last]);
    NDArray t = y;
    for (int l = 0; l <= last; l++) {
      t = Fno2d.gelu(t.matMul(trunkW[l]).add(trunkB[l]));
    }
    return b.matMul(t.transpose()).add(bias);
  }

  /** @return the mean squared error */
  static NDArray mse(NDArray prediction, NDArray target) {
    NDArray d = prediction.sub(target);
    return d.mul(d).mean();
  }
}
