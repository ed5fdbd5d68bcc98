/**
 * A benchmark peer on the JVM, not part of Galerkin's library: the FNO-2D (Li et al., ICLR 2021)
 * and DeepONet (Lu et al., 2021) of {@code galerkin bench train} in libtorch 2.7.1 through DJL
 * 0.36's PyTorch engine, run as a child process by {@code dev.galerkin.cli.DjlPeers}; entry point
 * {@link dev.galerkin.bench.djl.DjlPeer}.
 */
package dev.galerkin.bench.djl;
