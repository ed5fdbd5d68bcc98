package dev.galerkin.operators.model;

import dev.galerkin.GalerkinException;
import dev.galerkin.GalerkinVersion;
import dev.galerkin.data.AtomicFiles;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.data.hdf5.Hdf5Format;
import dev.galerkin.data.hdf5.NestedArrays;
import dev.galerkin.data.hdf5.NormaliserStore;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model in one HDF5 file, readable by any HDF5 tool:
 *
 * <pre>
 * model.h5
 *   /                attributes galerkin_format = "model", galerkin_format_version = 2,
 *                    model_type, architecture (JSON), galerkin_version, created, training.* …
 *                    (training.input_field / output_field: field names joined by commas;
 *                    training.split_*: the split's kind, seed, fractions and indices;
 *                    training.run_config: the whole run's configuration as JSON)
 *   /weights/NAME    float32, one dataset per trainable array
 *   /normalisers/F   one group per field (see NormaliserStore); absent for a model without
 *                    normalisers (PROSE normalises per sample)
 *   /training/NAME   optimiser state, in checkpoints only
 * </pre>
 *
 * Written to a temporary file and renamed, so a failed run never damages an earlier model.
 *
 * <p>Layout versions: 1 (before model families: one input and one output field, the split as
 * fractions and a seed) and 2 (several fields, the split's indices, the run configuration). Both
 * are read; version 1 files load as they always did (tested with committed version-1 files).
 */
public final class ModelFile {
  /** Value of {@link Hdf5Format#FORMAT} in a model file. */
  public static final String KIND_MODEL = "model";
  /** Layout version written by this build. */
  public static final long VERSION = 2;
  private static final String PROVENANCE_PREFIX = "training.";

  private ModelFile() {}

  /**
   * @param model what to write
   * @param file the target; its directory must exist
   * @param overwrite whether an existing file may be replaced
   */
  public static void write(ModelCheckpoint model, Path file, boolean overwrite) {
    AtomicFiles.write(file, overwrite, tmp -> {
      try (WritableHdfFile out = HdfFile.write(tmp)) {
        out.putAttribute(Hdf5Format.FORMAT, KIND_MODEL);
        out.putAttribute(Hdf5Format.FORMAT_VERSION, VERSION);
        out.putAttribute("model_type", model.modelType());
        out.putAttribute("architecture", model.architectureJson());
        out.putAttribute("galerkin_version", GalerkinVersion.get());
        out.putAttribute("created", Instant.now().toString());
        model.provenance().forEach((k, v) -> out.putAttribute(PROVENANCE_PREFIX + k, v));
        putArrays(out.putGroup("weights"), model.weights());
        if (!model.normalisers().isEmpty()) {   // jhdf 0.13 writes an empty group unreadably
          NormaliserStore.put(out.putGroup("normalisers"), model.normalisers());
        }
        if (!model.trainingState().isEmpty()) {
          putArrays(out.putGroup("training"), model.trainingState());
        }
      }
    });
  }

  private static void putArrays(WritableGroup root, Map<String, FloatArray> arrays) {
    Map<String, WritableGroup> groups = new LinkedHashMap<>();
    groups.put("", root);
    arrays.forEach((name, a) -> {
      int slash = name.lastIndexOf('/');
      group(groups, slash < 0 ? "" : name.substring(0, slash))
          .putDataset(name.substring(slash + 1), nested(a));
    });
  }

  private static WritableGroup group(Map<String, WritableGroup> groups, String path) {
    WritableGroup g = groups.get(path);
    if (g == null) {
      int slash = path.lastIndexOf('/');
      WritableGroup parent = group(groups, slash < 0 ? "" : path.substring(0, slash));
      g = parent.putGroup(path.substring(slash + 1));
      groups.put(path, g);
    }
    return g;
  }

  private static Object nested(FloatArray a) {
    return NestedArrays.toNested(a.shape().rank() == 0 ? FloatArray.wrap(Shape.of(1), a.toArray()) : a);
  }

  /**
   * @param file a model file written by {@link #write}
   * @return its contents
   */
  public static ModelCheckpoint read(Path file) {
    if (!Files.exists(file)) {
      throw new GalerkinException(file + ": no such model file; train one with `galerkin train`");
    }
    if (Files.isDirectory(file)) {
      throw new GalerkinException(file + " is a directory, not a model file");
    }
    try (HdfFile hdf = openChecked(file)) {
      Hdf5Format.check(file, hdf, KIND_MODEL, VERSION, "give a file written by `galerkin train`");
      Map<String, Object> provenance = new LinkedHashMap<>();
      hdf.getAttributes().forEach((k, a) -> {
        if (k.startsWith(PROVENANCE_PREFIX)) {
          provenance.put(k.substring(PROVENANCE_PREFIX.length()), a.getData());
        }
      });
      Group training = (Group) hdf.getChild("training");
      return new ModelCheckpoint(String.valueOf(hdf.getAttribute("model_type").getData()),
          String.valueOf(hdf.getAttribute("architecture").getData()),
          arrays((Group) hdf.getChild("weights")),
          hdf.getChild("normalisers") instanceof Group n ? NormaliserStore.get(n, file) : Map.of(),
          provenance,
          training == null ? Map.of() : arrays(training));
    }
  }

  private static HdfFile openChecked(Path file) {
    try {
      DatasetFile.checkHdf5(file);
      return new HdfFile(file);
    } catch (GalerkinException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new GalerkinException(file + " is a damaged HDF5 file (" + e.getMessage() + ");"
          + " retrain or restore the model", e);
    }
  }

  private static Map<String, FloatArray> arrays(Group g) {
    Map<String, FloatArray> out = new LinkedHashMap<>();
    collect(g, "", out);
    return out;
  }

  private static void collect(Group g, String prefix, Map<String, FloatArray> out) {
    for (Node n : g) {
      if (n instanceof Dataset ds) {
        Shape shape = Shape.of(ds.getDimensionsAsLong());
        out.put(prefix + ds.getName(), FloatArray.wrap(shape, (float[]) ds.getDataFlat()));
      } else if (n instanceof Group child) {
        collect(child, prefix + child.getName() + "/", out);
      }
    }
  }
}
