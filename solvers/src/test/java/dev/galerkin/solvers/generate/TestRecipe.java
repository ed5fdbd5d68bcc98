package dev.galerkin.solvers.generate;

import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.BoundaryCondition;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** a = 8 Gaussian draws, u = their running sum; can fail at one sample index, counts samples made. */
final class TestRecipe implements DatasetRecipe {
  final AtomicLong made = new AtomicLong();
  private final long failAt;
  private final boolean nan;

  TestRecipe(long failAt, boolean nan) {
    this.failAt = failAt;
    this.nan = nan;
  }

  TestRecipe() {
    this(-1, false);
  }

  @Override
  public String name() {
    return "running-sum";
  }

  @Override
  public List<FieldSpec> fields() {
    return List.of(new FieldSpec("a", FieldRole.INPUT, Shape.of(8)),
        new FieldSpec("u", FieldRole.OUTPUT, Shape.of(8)));
  }

  @Override
  public Map<String, NdArray> coordinates() {
    return Map.of("x", DoubleArray.wrap(Shape.of(8), new double[] {0, 1, 2, 3, 4, 5, 6, 7}));
  }

  @Override
  public Map<String, Object> attributes() {
    return Map.of("pde", "none", "param.length", 8L);
  }

  @Override
  public List<BoundaryCondition> boundary() {
    return List.of(BoundaryCondition.OPEN);
  }

  @Override
  public SampleMaker newMaker() {
    return (rng, index, out) -> {
      if (index == failAt && !nan) {
        throw new IllegalStateException("simulated crash at sample " + index);
      }
      double s = 0;
      for (int j = 0; j < 8; j++) {
        out[0][j] = rng.nextDouble() * 2 - 1;
        s += out[0][j];
        out[1][j] = s;
      }
      if (index == failAt) {
        out[1][3] = Double.NaN;
      }
      made.incrementAndGet();
    };
  }
}
