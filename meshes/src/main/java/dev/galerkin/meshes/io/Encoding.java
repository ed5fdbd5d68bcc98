package dev.galerkin.meshes.io;

/**
 * How a mesh file stores its numbers: as text, or as raw bytes (Gmsh {@code .msh} binary,
 * little-endian) or base64-encoded bytes (VTK {@code .vtu} {@code format="binary"}).
 */
public enum Encoding {
  /** Human-readable text; numbers written so that they read back exactly. */
  ASCII,
  /** Binary: smaller and faster; exact. */
  BINARY
}
