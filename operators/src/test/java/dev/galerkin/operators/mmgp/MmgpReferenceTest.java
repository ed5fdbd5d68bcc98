package dev.galerkin.operators.mmgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.mesh.MeshDataset;
import dev.galerkin.data.mesh.MeshFieldSpec;
import dev.galerkin.data.mesh.MeshFieldSpec.Location;
import dev.galerkin.meshes.TriangleMesh;
import dev.galerkin.options.OptionValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --reference auto}: the common mesh is the shape closest to the others. */
class MmgpReferenceTest {

  @Test
  void theCentralShapeIsTheMiddleOfAFamily() {
    double[] widths = {1.0, 1.8, 1.4, 1.2, 1.6};
    MeshDataset.Builder b = MeshDataset.builder(List.of(
        new MeshFieldSpec("y", FieldRole.OUTPUT, Location.SCALAR, 1)));
    for (double w : widths) {
      b.add(TriangleMesh.rectangle(0, w, 0, 1, 6, 4), Map.of("y", new double[] {w}));
    }
    assertEquals(2, MmgpModel.centralShape(b.build()), "the 1.4-wide rectangle");
  }

  @Test
  void referenceIsAnIndexOrAuto() {
    MeshDataset d = MeshDataset.builder(List.of(
        new MeshFieldSpec("y", FieldRole.OUTPUT, Location.SCALAR, 1)))
        .add(TriangleMesh.rectangle(0, 1, 0, 1, 2, 2), Map.of("y", new double[] {1})).build();
    MmgpFamily f = new MmgpFamily();
    assertEquals(MmgpConfig.AUTO, MmgpFamily.config(d, OptionValues.of(f.options(),
        Map.of("reference", "auto")), 0).reference());
    assertEquals(3, MmgpFamily.config(d, OptionValues.of(f.options(),
        Map.of("reference", "3")), 0).reference());
    assertThrows(GalerkinException.class, () -> MmgpFamily.config(d,
        OptionValues.of(f.options(), Map.of("reference", "middle")), 0));
  }
}
