/**
 * A Jupyter kernel for Java, compatible with IJava's notebooks: {@link dev.galerkin.kernel.JavaKernel}
 * (JShell in process on jupyter-jvm-basekernel), its magics ({@code %jars}, {@code %classpath},
 * {@code %maven}), {@link dev.galerkin.kernel.Display} ({@code display(obj)}) and
 * {@link dev.galerkin.kernel.KernelSpec} (what {@code galerkin kernel install} writes). No
 * TensorFlow here: notebooks add Galerkin with {@code %jars}.
 */
package dev.galerkin.kernel;
