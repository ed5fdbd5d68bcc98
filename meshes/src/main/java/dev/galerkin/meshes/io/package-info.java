/**
 * Mesh files and the mesher: reading and writing {@link dev.galerkin.meshes.TriangleMesh}es.
 *
 * <ul>
 *   <li>{@link dev.galerkin.meshes.io.GmshReader} and {@link dev.galerkin.meshes.io.GmshWriter}:
 *       Gmsh {@code .msh} version 4.1, ASCII and binary (Gmsh reference manual, section "MSH file
 *       format"); physical groups become {@link dev.galerkin.meshes.PhysicalGroup}s.
 *   <li>{@link dev.galerkin.meshes.io.VtuWriter}: VTK XML {@code UnstructuredGrid} ({@code .vtu}),
 *       ASCII or base64 binary, with named point and cell fields, for ParaView (VTK "XML File
 *       Formats").
 *   <li>{@link dev.galerkin.meshes.io.GmshMesher}: runs the {@code gmsh} program on a {@code .geo}
 *       file with {@code -setnumber} parameters and reads the mesh; ships the {@code
 *       plate-with-hole.geo} template.
 *   <li>{@link dev.galerkin.meshes.io.MeshSummary}: counts, area, bounding box and triangle quality
 *       (angles, aspect ratios) of a mesh, as {@code galerkin info FILE.msh} prints them.
 * </ul>
 *
 * <p>Files are written under a temporary name and renamed when complete. Errors are {@link
 * dev.galerkin.GalerkinException}s whose one-line message names the file, where in it, and the fix.
 */
package dev.galerkin.meshes.io;
