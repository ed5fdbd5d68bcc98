package dev.galerkin.meshes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundaryConditionTest {
  @Test
  void labelsRoundTripInAxisOrder() {
    List<BoundaryCondition> axes = List.of(BoundaryCondition.DIRICHLET, BoundaryCondition.PERIODIC,
        BoundaryCondition.NEUMANN, BoundaryCondition.OPEN);
    assertEquals("dirichlet,periodic,neumann,open", BoundaryCondition.formatAxes(axes));
    assertEquals(axes, BoundaryCondition.parseAxes(" Dirichlet, periodic ,NEUMANN,open"));
    assertEquals(List.of(), BoundaryCondition.parseAxes(""));
    assertEquals(List.of(BoundaryCondition.PERIODIC, BoundaryCondition.PERIODIC),
        BoundaryCondition.everyAxis(BoundaryCondition.PERIODIC, 2));
    assertTrue(BoundaryCondition.PERIODIC.periodic() && !BoundaryCondition.OPEN.periodic());
  }

  @Test
  void anUnknownLabelNamesTheAllowedOnes() {
    String m = assertThrows(GalerkinException.class,
        () -> BoundaryCondition.parseAxes("periodic,wall")).getMessage();
    assertTrue(m.contains("'wall'") && m.contains("periodic, dirichlet, neumann, open"), m);
  }
}
