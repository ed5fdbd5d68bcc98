package dev.galerkin.operators.tf;

/**
 * Turns off JavaCPP's physical-memory throttle for the process, unless the user set it.
 *
 * <p>TensorFlow Java allocates its native objects (tensors, run arguments, status) through
 * JavaCPP, whose {@code Pointer} checks on every allocation whether the process's resident memory
 * exceeds {@code org.bytedeco.javacpp.maxPhysicalBytes} (default: twice the Java heap limit) and
 * calls the garbage collector if so. The check reads the resident size from the operating system
 * each time: a profile of {@code NeuralOperator.predict} on the bench DeepONet (batch 100, four
 * session runs) found 14 % of the native samples in {@code Pointer.physicalBytesInaccurate}, and
 * the call's minimum over 500 calls fell from 0.50–0.74 ms to 0.43–0.57 ms with the property at
 * {@code 0} (JFR and {@code -Dorg.bytedeco.javacpp.maxPhysicalBytes=0}, 2026-12-03). The throttle
 * exists for programs that leave native memory to the garbage collector; Galerkin closes every
 * tensor it makes ({@link Sessions#run}), so it does not need it.
 *
 * <p>The property is read once, when JavaCPP's {@code Pointer} class initialises, so {@link
 * #configure()} runs before the first TensorFlow object: from the static initialisers of {@link
 * TfGraph}, {@link Tensors} and {@code PhysicsGraph}. A value the user gave ({@code -D…} on the command line, or set
 * before) is left alone.
 */
public final class NativeMemory {
  /** JavaCPP's system property: the resident size above which allocations call the GC; 0: never. */
  public static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxPhysicalBytes";

  private NativeMemory() {}

  /** Sets {@value #MAX_PHYSICAL_BYTES} to {@code 0} unless it is set; idempotent. */
  public static void configure() {
    if (System.getProperty(MAX_PHYSICAL_BYTES) == null) {
      System.setProperty(MAX_PHYSICAL_BYTES, "0");
    }
  }
}
