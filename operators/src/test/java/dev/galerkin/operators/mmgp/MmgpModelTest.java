package dev.galerkin.operators.mmgp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.mesh.MeshDataset;
import dev.galerkin.meshes.TriangleMesh;
import dev.galerkin.operators.MeshModelFamily;
import dev.galerkin.operators.MeshPrediction;
import dev.galerkin.operators.evaluation.MeshErrors;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.generate.MeshDatasetGenerator;
import dev.galerkin.solvers.generate.ProgressListener;
import dev.galerkin.solvers.presets.PlateHolePreset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MMGP on the plate-hole family (Gmsh meshes, P1 elasticity): fitted on 45 shapes, held out on 15,
 * with the geometry taken from the meshes alone (the hole's parameters are not inputs; the load
 * is). Bounds are the measured values with a margin (the class comment of each test says which).
 */
class MmgpModelTest {
  static MeshDataset train;
  static MeshDataset test;
  static MmgpModel model;

  @TempDir Path tmp;

  @BeforeAll
  static void fit() {
    PlateHolePreset preset = PlateHolePreset.from(OptionValues.of(PlateHolePreset.OPTIONS,
        Map.of("h", "0.1")));
    MeshDataset all = MeshDatasetGenerator.generate(preset, 60, 0, 2, new ProgressListener() { });
    train = all.samples(0, 45);
    test = all.samples(45, 60);
    model = MmgpModel.fit(train, new MmgpConfig(0, 8, 8, 2, 0, List.of("load")),
        MeshModelFamily.Progress.none());
  }

  @Test
  void heldOutShapesArePredictedWithCalibratedUncertainty() {
    double relU = 0;
    double relVm = 0;
    long inside = 0;
    long values = 0;
    double[] maxRef = new double[test.sampleCount()];
    double[] maxPred = new double[test.sampleCount()];
    for (int i = 0; i < test.sampleCount(); i++) {
      TriangleMesh mesh = test.mesh(i);
      MeshPrediction p = model.predict(mesh, Map.of("load", test.scalar("load", i)));
      double[] u = test.values("u", i);
      double[] vm = test.values("von_mises", i);
      relU += MeshErrors.relativeL2(mesh, u, p.mean().get("u"), 2) / test.sampleCount();
      relVm += MeshErrors.relativeL2(mesh, vm, p.mean().get("von_mises"), 1) / test.sampleCount();
      inside += MeshErrors.inside(u, p.mean().get("u"), p.deviation().get("u"), MeshErrors.Z95);
      inside += MeshErrors.inside(vm, p.mean().get("von_mises"), p.deviation().get("von_mises"),
          MeshErrors.Z95);
      values += u.length + vm.length;
      maxRef[i] = test.scalar("max_von_mises", i);
      maxPred[i] = p.mean().get("max_von_mises")[0];
    }
    double coverage = (double) inside / values;
    double rrmse = MeshErrors.scalarRrmse(maxRef, maxPred);
    System.out.printf("mmgp plate-hole 45/15: u %.3e, von Mises %.3e, coverage %.3f,"
        + " max von Mises RRMSE %.3e; %s%n", relU, relVm, coverage, rrmse, model.summary());
    assertTrue(relU < 0.04, "displacement relative L2 " + relU);
    assertTrue(relVm < 0.08, "von Mises relative L2 " + relVm);
    assertTrue(coverage >= 0.85 && coverage <= 1.0, "95% interval coverage " + coverage);
    assertTrue(rrmse < 0.15, "max von Mises RRMSE " + rrmse);
  }

  @Test
  void theParameterMlpBaselineLearnsTheSameTargets() {
    List<String> parameters = List.of("load", "cx", "cy", "a", "b", "theta");
    MmgpModel given = MmgpModel.fit(train, new MmgpConfig(0, 8, 8, 1, 0, parameters),
        MeshModelFamily.Progress.none());
    double rel = 0;
    try (ParameterMlpBaseline mlp = ParameterMlpBaseline.fit(train, given, parameters, 32, 2,
        1500, 0)) {
      for (int i = 0; i < test.sampleCount(); i++) {
        Map<String, Double> in = new java.util.HashMap<>();
        for (String name : parameters) {
          in.put(name, test.scalar(name, i));
        }
        MeshPrediction p = mlp.predict(test.mesh(i), in);
        rel += MeshErrors.relativeL2(test.mesh(i), test.values("u", i), p.mean().get("u"), 2)
            / test.sampleCount();
        assertEquals(0.0, p.deviation().get("u")[0], "the MLP gives no uncertainty");
      }
    }
    System.out.printf("parameter MLP plate-hole 45/15: u %.3e%n", rel);
    assertTrue(rel < 0.15, "the baseline's displacement relative L2 " + rel);
  }

  @Test
  void theModelFileRoundTripsToTheSamePredictions() {
    Path file = tmp.resolve("mmgp.h5");
    model.write(file, false, Map.of("data", "plate.h5"));
    MmgpModel back = MmgpFile.read(file);
    assertEquals("plate.h5", back.provenance().get("data"));
    TriangleMesh mesh = test.mesh(0);
    MeshPrediction a = model.predict(mesh, Map.of("load", 100.0));
    MeshPrediction b = back.predict(mesh, Map.of("load", 100.0));
    for (String name : List.of("u", "von_mises", "max_von_mises")) {
      assertArrayEquals(a.mean().get(name), b.mean().get(name), 1e-9, name);
      assertArrayEquals(a.deviation().get(name), b.deviation().get(name), 1e-9, name);
    }
  }

  @Test
  void inputsAndShapesOutsideTheFamilyGetOneLine() {
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> model.predict(test.mesh(0), Map.of()));
    assertTrue(e.getMessage().contains("input 'load'"), e.getMessage());
    TriangleMesh square = TriangleMesh.rectangle(0, 2, 0, 1, 8, 4);
    e = assertThrows(GalerkinException.class,
        () -> model.predict(square, Map.of("load", 100.0)));
    assertTrue(e.getMessage().contains("does not match the common mesh"), e.getMessage());
    e = assertThrows(GalerkinException.class, () -> MmgpModel.fit(train,
        new MmgpConfig(0, 8, 8, 0, 0, List.of("u")), MeshModelFamily.Progress.none()));
    assertTrue(e.getMessage().contains("inputs must be scalar inputs"), e.getMessage());
  }
}
