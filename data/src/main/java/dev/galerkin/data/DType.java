package dev.galerkin.data;

/** The element type of an array: what solvers compute in and what files store. */
public enum DType {
  /** IEEE 754 single precision, 4 bytes: what datasets store and models train in. */
  FLOAT32(4, "float32"),
  /** IEEE 754 double precision, 8 bytes: what solvers compute in. */
  FLOAT64(8, "float64"),
  /** Two's-complement 32-bit integers, 4 bytes: integer fields such as token ids. */
  INT32(4, "int32");

  private final int bytes;
  private final String label;

  DType(int bytes, String label) {
    this.bytes = bytes;
    this.label = label;
  }

  /** @return the size of one element in bytes */
  public int bytes() {
    return bytes;
  }

  /** @return the NumPy-style name, {@code float32}, {@code float64} or {@code int32} */
  @Override
  public String toString() {
    return label;
  }
}
