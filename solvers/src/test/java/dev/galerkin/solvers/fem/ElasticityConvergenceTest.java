package dev.galerkin.solvers.fem;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.meshes.TriangleMesh;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Manufactured displacement {@code u_x = sin(πx) cos(πy)}, {@code u_y = cos(πx) sin(πy) + xy} on
 * the unit square, with the body force {@code b = −∇·σ(u)} worked out by hand below: both
 * components fixed on left and bottom, the exact tractions {@code σ n} on right and top. The
 * displacement errors must fall at order 2 (L2) and 1 (H1 seminorm) for plane stress and plane
 * strain, on structured and perturbed meshes.
 */
class ElasticityConvergenceTest {
  static final double PI = Math.PI;

  /** The exact solution and its data for one material. */
  record Manufactured(ElasticMaterial material) {
    double ux(double x, double y) {
      return Math.sin(PI * x) * Math.cos(PI * y);
    }

    double uy(double x, double y) {
      return Math.cos(PI * x) * Math.sin(PI * y) + x * y;
    }

    /** {A_x, A_y, B_x, B_y} with A = u_x, B = u_y. */
    double[] gradients(double x, double y) {
      double sx = Math.sin(PI * x);
      double cx = Math.cos(PI * x);
      double sy = Math.sin(PI * y);
      double cy = Math.cos(PI * y);
      return new double[] {PI * cx * cy, -PI * sx * sy, -PI * sx * sy + y, PI * cx * cy + x};
    }

    /** {σ_xx, σ_yy, σ_xy}. */
    double[] stress(double x, double y) {
      double[] g = gradients(x, y);
      double d11 = material.d11();
      double d12 = material.d12();
      double mu = material.shearModulus();
      return new double[] {d11 * g[0] + d12 * g[3], d12 * g[0] + d11 * g[3], mu * (g[1] + g[2])};
    }

    double[] bodyForce(double x, double y) {
      double sx = Math.sin(PI * x);
      double cx = Math.cos(PI * x);
      double sy = Math.sin(PI * y);
      double cy = Math.cos(PI * y);
      double p2 = PI * PI;
      double axx = -p2 * sx * cy;
      double ayy = -p2 * sx * cy;
      double axy = -p2 * cx * sy;
      double bxx = -p2 * cx * sy;
      double byy = -p2 * cx * sy;
      double bxy = -p2 * sx * cy + 1;
      double d11 = material.d11();
      double d12 = material.d12();
      double mu = material.shearModulus();
      return new double[] {
        -(d11 * axx + d12 * bxy + mu * (ayy + bxy)),
        -(mu * (axy + bxx) + d12 * axy + d11 * byy)
      };
    }

    ElasticityProblem problem(TriangleMesh mesh) {
      return ElasticityProblem.builder(mesh, material)
          .bodyForce(this::bodyForce)
          .fixX("left", this::ux).fixY("left", this::uy)
          .fixX("bottom", this::ux).fixY("bottom", this::uy)
          .traction("right", (x, y) -> {
            double[] s = stress(x, y);
            return new double[] {s[0], s[2]};
          })
          .traction("top", (x, y) -> {
            double[] s = stress(x, y);
            return new double[] {s[2], s[1]};
          })
          .build();
    }
  }

  /** Displacement L2 and H1 errors and orders on one mesh family, coarse to fine. */
  static double[][] convergence(List<TriangleMesh> meshes, Manufactured mf) {
    int k = meshes.size();
    int[] nodes = new int[k];
    double[] l2 = new double[k];
    double[] h1 = new double[k];
    for (int i = 0; i < k; i++) {
      TriangleMesh mesh = meshes.get(i);
      ElasticitySolution s = ElasticitySolver.solve(mf.problem(mesh), FemConfig.defaults());
      nodes[i] = mesh.nodeCount();
      double ex = FemErrors.l2Error(mesh, s.ux(), mf::ux);
      double ey = FemErrors.l2Error(mesh, s.uy(), mf::uy);
      double gx = FemErrors.h1SeminormError(mesh, s.ux(), (x, y) -> {
        double[] g = mf.gradients(x, y);
        return new double[] {g[0], g[1]};
      });
      double gy = FemErrors.h1SeminormError(mesh, s.uy(), (x, y) -> {
        double[] g = mf.gradients(x, y);
        return new double[] {g[2], g[3]};
      });
      l2[i] = Math.hypot(ex, ey);
      h1[i] = Math.hypot(gx, gy);
    }
    return new double[][] {l2, h1, FemMeshes.orders(nodes, l2), FemMeshes.orders(nodes, h1)};
  }

  static void check(String name, double[][] c) {
    System.out.println("Elasticity " + name + ": L2 " + Arrays.toString(c[0]) + " orders "
        + Arrays.toString(c[2]) + "\n  H1 " + Arrays.toString(c[1]) + " orders "
        + Arrays.toString(c[3]));
    double l2 = c[2][c[2].length - 1];
    double h1 = c[3][c[3].length - 1];
    for (int i = 0; i < c[2].length; i++) {
      assertTrue(c[2][i] > 1.5 && c[3][i] > 0.8, name + ": errors must fall");
    }
    assertTrue(l2 >= 1.9 && l2 <= 2.1, name + ": L2 order " + l2);
    assertTrue(h1 >= 0.95 && h1 <= 1.05, name + ": H1 order " + h1);
  }

  @Test
  void planeStressConvergesAtOrdersTwoAndOne() {
    Manufactured mf = new Manufactured(new ElasticMaterial(1.0, 0.3, PlaneModel.PLANE_STRESS));
    check("plane stress, structured", convergence(FemMeshes.structuredFamily(8, 16, 32, 64), mf));
  }

  @Test
  void planeStrainConvergesAtOrdersTwoAndOneOnPerturbedMeshes() {
    Manufactured mf = new Manufactured(new ElasticMaterial(70e9, 0.33, PlaneModel.PLANE_STRAIN));
    check("plane strain, perturbed", convergence(FemMeshes.perturbedFamily(8, 16, 32, 64), mf));
  }
}
