package dev.galerkin.operators.mmgp;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.mesh.MeshDataset;
import dev.galerkin.data.mesh.MeshFieldSpec;
import dev.galerkin.data.mesh.MeshFieldSpec.Location;
import dev.galerkin.meshes.TriangleMesh;
import dev.galerkin.operators.MeshModel;
import dev.galerkin.operators.MeshModelFamily.Progress;
import dev.galerkin.operators.MeshPrediction;
import dev.galerkin.operators.evaluation.MeshErrors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted MMGP model (Casenave et al., <em>MMGP: a Mesh Morphing Gaussian Process-based machine
 * learning method for regression of physical problems under non-parameterized geometrical
 * variability</em>, NeurIPS 2023), as the paper's pipeline builds it:
 *
 * <ol>
 *   <li>every training mesh is morphed onto the common mesh's shape ({@link MorphedShape}: its
 *       boundary matched group by group, its interior by RBF), and its original node coordinates
 *       and its nodal outputs are P1-interpolated onto the common mesh's nodes;
 *   <li>the morphed coordinates, a vector of {@code 2 × n_common}, are reduced by snapshot POD in
 *       the lumped P1 mass inner product: the geometry's coefficients;
 *   <li>each nodal output is reduced the same way, and each gets one Gaussian process (Matérn 5/2,
 *       ARD, noise, one kernel shared by its modes) from [scalar inputs, geometry coefficients] to
 *       its coefficients; each scalar output gets its own GP.
 * </ol>
 *
 * <p>A prediction morphs the new mesh the same way, predicts the coefficients with their variances,
 * maps them through the POD basis (the pointwise variance {@code Σ_r φ_r² v_r}, exact for the
 * independent outputs of one GP) and interpolates mean and variance back onto the new mesh's nodes.
 * The variance includes each GP's fitted noise term, which absorbs what the GP cannot represent; it
 * does not include the POD truncation or the interpolation error.
 */
public final class MmgpModel implements MeshModel {
  /** The family name stored in model files. */
  public static final String FAMILY = "mmgp";

  final MmgpConfig config;
  final TriangleMesh common;
  final SnapshotPod geometry;
  final List<MeshFieldSpec> outputs;
  final Map<String, SnapshotPod> fieldPods;
  final Map<String, GaussianProcess> gps;
  final Map<String, Object> provenance;

  MmgpModel(MmgpConfig config, TriangleMesh common, SnapshotPod geometry,
      List<MeshFieldSpec> outputs, Map<String, SnapshotPod> fieldPods,
      Map<String, GaussianProcess> gps, Map<String, Object> provenance) {
    this.config = config;
    this.common = common;
    this.geometry = geometry;
    this.outputs = List.copyOf(outputs);
    this.fieldPods = Collections.unmodifiableMap(new LinkedHashMap<>(fieldPods));
    this.gps = Collections.unmodifiableMap(new LinkedHashMap<>(gps));
    this.provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
  }

  /**
   * Fits MMGP to training samples.
   *
   * @param train the training samples; every output quantity is learnt
   * @param config the settings
   * @param progress told of each morphing and each GP fit
   * @return the model
   */
  public static MmgpModel fit(MeshDataset train, MmgpConfig config, Progress progress) {
    int n = train.sampleCount();
    if (n < 3) {
      throw new GalerkinException("mmgp needs at least 3 training samples, got " + n);
    }
    if (config.reference() >= n) {
      throw new GalerkinException("mmgp --reference = " + config.reference() + " but there are "
          + n + " training samples; give 0 to " + (n - 1));
    }
    for (String input : config.inputs()) {
      MeshFieldSpec s = train.spec(input);
      if (s.role() != FieldRole.INPUT || s.location() != Location.SCALAR || s.components() != 1) {
        throw new GalerkinException("mmgp input '" + input + "' is " + s.role().label() + " "
            + s.location().label() + " x" + s.components() + "; inputs must be scalar inputs"
            + " (the dataset's are " + train.names(FieldRole.INPUT, Location.SCALAR) + ")");
      }
    }
    List<MeshFieldSpec> outputs = train.specs().stream()
        .filter(s -> s.role() == FieldRole.OUTPUT).toList();
    if (outputs.isEmpty()) {
      throw new GalerkinException("the dataset declares no outputs for mmgp to learn");
    }
    int reference = config.reference() == MmgpConfig.AUTO ? centralShape(train)
        : config.reference();
    TriangleMesh common = train.mesh(reference);
    int nc = common.nodeCount();
    double[] coords = new double[n * 2 * nc];
    Map<String, double[]> fields = new LinkedHashMap<>();
    for (MeshFieldSpec s : outputs) {
      fields.put(s.name(), new double[s.location() == Location.NODE ? n * nc * s.components()
          : n * s.components()]);
    }
    for (int i = 0; i < n; i++) {
      MorphedShape shape = MorphedShape.onto(train.mesh(i), common, "training sample " + i);
      System.arraycopy(shape.coordinatesOnCommon(), 0, coords, i * 2 * nc, 2 * nc);
      for (MeshFieldSpec s : outputs) {
        double[] v = train.values(s.name(), i);
        double[] onCommon = s.location() == Location.NODE ? shape.toCommon(v, s.components()) : v;
        System.arraycopy(onCommon, 0, fields.get(s.name()), i * onCommon.length, onCommon.length);
      }
      progress.step("morphing", i + 1, n);
    }
    MassMatrix lumped = MassMatrix.diagonal(MeshErrors.nodeAreas(common));
    SnapshotPod geometry = SnapshotPod.fit(coords, n, 2 * nc,
        MassMatrix.perComponent(lumped, nc, 2), modes(config.geometryModes(), n));
    double[] x = inputs(train, config.inputs(), geometry.coefficients(coords, n), n);
    int d = config.inputs().size() + geometry.modes();
    Map<String, SnapshotPod> pods = new LinkedHashMap<>();
    Map<String, GaussianProcess> gps = new LinkedHashMap<>();
    GaussianProcessConfig gpConfig = GaussianProcessConfig.defaults().toBuilder()
        .restarts(config.restarts()).seed(config.seed()).build();
    int done = 0;
    for (MeshFieldSpec s : outputs) {
      double[] y = fields.get(s.name());
      int p = s.components();
      if (s.location() == Location.NODE) {
        int dofs = nc * s.components();
        SnapshotPod pod = SnapshotPod.fit(y, n, dofs, MassMatrix.perComponent(lumped, nc, p),
            modes(config.fieldModes(), n));
        pods.put(s.name(), pod);
        y = pod.coefficients(y, n);
        p = pod.modes();
      }
      gps.put(s.name(), GaussianProcess.fit(x, y, n, d, p, gpConfig));
      progress.step("gaussian processes", ++done, outputs.size());
    }
    MmgpConfig used = new MmgpConfig(reference, config.geometryModes(), config.fieldModes(),
        config.restarts(), config.seed(), config.inputs());
    return new MmgpModel(used, common, geometry, outputs, pods, gps, Map.of());
  }

  /**
   * The training shape whose boundary is closest to the others': for up to 24 evenly spaced
   * candidates, the mean RMS boundary displacement onto up to 24 evenly spaced other shapes.
   */
  static int centralShape(MeshDataset train) {
    int n = train.sampleCount();
    int step = Math.max(1, n / 24);
    int best = 0;
    double bestCost = Double.POSITIVE_INFINITY;
    for (int c = 0; c < n; c += step) {
      double cost = 0;
      int count = 0;
      for (int o = step / 2; o < n; o += step) {
        if (o == c) {
          continue;
        }
        double[] d = dev.galerkin.meshes.BoundaryCorrespondence.between(train.mesh(o),
            train.mesh(c)).displacements();
        double sum = 0;
        for (double v : d) {
          sum += v * v;
        }
        cost += Math.sqrt(sum / Math.max(1, d.length / 2));
        count++;
      }
      if (count > 0 && cost / count < bestCost) {
        bestCost = cost / count;
        best = c;
      }
    }
    return best;
  }

  /** The mode count asked for, capped by the snapshots' rank (at most {@code n − 1} centred). */
  private static PodTruncation modes(int asked, int n) {
    int rank = Math.max(1, Math.min(asked, n - 1));
    return PodTruncation.count(rank);
  }

  private static double[] inputs(MeshDataset d, List<String> names, double[] geometry, int n) {
    int k = geometry.length / n;
    int dim = names.size() + k;
    double[] x = new double[n * dim];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < names.size(); j++) {
        x[i * dim + j] = d.scalar(names.get(j), i);
      }
      System.arraycopy(geometry, i * k, x, i * dim + names.size(), k);
    }
    return x;
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public List<String> inputs() {
    return config.inputs();
  }

  @Override
  public List<MeshFieldSpec> outputs() {
    return outputs;
  }

  /** @return the settings it was fitted with */
  public MmgpConfig config() {
    return config;
  }

  /** @return the common mesh */
  public TriangleMesh commonMesh() {
    return common;
  }

  /** @return the geometry's POD modes kept and the share of energy they hold */
  public String summary() {
    StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT,
        "common mesh %d nodes; geometry %d modes (%.6f of the energy)", common.nodeCount(),
        geometry.modes(), geometry.retainedEnergy()));
    fieldPods.forEach((name, pod) -> sb.append(String.format(java.util.Locale.ROOT,
        "; %s %d modes (%.6f)", name, pod.modes(), pod.retainedEnergy())));
    return sb.toString();
  }

  @Override
  public MeshPrediction predict(TriangleMesh mesh, Map<String, Double> values) {
    double[] x = new double[config.inputs().size() + geometry.modes()];
    for (int j = 0; j < config.inputs().size(); j++) {
      Double v = values.get(config.inputs().get(j));
      if (v == null || !Double.isFinite(v)) {
        throw new GalerkinException("mmgp needs a finite value of input '"
            + config.inputs().get(j) + "' (it was trained on " + config.inputs() + "), got " + v);
      }
      x[j] = v;
    }
    MorphedShape shape = MorphedShape.onto(mesh, common, "the mesh to predict on");
    double[] g = geometry.coefficients(shape.coordinatesOnCommon(), 1);
    System.arraycopy(g, 0, x, config.inputs().size(), g.length);
    Map<String, double[]> mean = new LinkedHashMap<>();
    Map<String, double[]> deviation = new LinkedHashMap<>();
    for (MeshFieldSpec s : outputs) {
      Prediction p = gps.get(s.name()).predict(x, 1);
      double[] m = p.mean();
      double[] v = p.noisyVariance();
      SnapshotPod pod = fieldPods.get(s.name());
      if (pod != null) {
        m = shape.fromCommon(pod.field(m, 1), s.components());
        v = shape.fromCommon(pod.fieldVariance(v, 1), s.components());
      }
      double[] sd = new double[v.length];
      for (int k = 0; k < v.length; k++) {
        sd[k] = Math.sqrt(Math.max(0, v[k]));
      }
      mean.put(s.name(), m);
      deviation.put(s.name(), sd);
    }
    return new MeshPrediction(mean, deviation);
  }

  @Override
  public Map<String, Object> provenance() {
    return provenance;
  }

  @Override
  public void write(Path file, boolean overwrite, Map<String, Object> extra) {
    Map<String, Object> all = new LinkedHashMap<>(provenance);
    all.putAll(extra);
    MmgpFile.write(this, file, overwrite, all);
  }

  /** @return the names of the nodal outputs, in order */
  List<String> nodalOutputs() {
    List<String> out = new ArrayList<>();
    outputs.stream().filter(s -> s.location() == Location.NODE).forEach(s -> out.add(s.name()));
    return out;
  }
}
