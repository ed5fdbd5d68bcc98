package dev.galerkin.cli;

import dev.galerkin.data.Dataset;
import dev.galerkin.data.SampleSource;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.operators.ModelFamily;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.timestep.TimeStepper;
import dev.galerkin.operators.timestep.TrajectoryLayout;
import dev.galerkin.operators.timestep.TrajectoryObjective;
import dev.galerkin.operators.timestep.Unroll;
import dev.galerkin.operators.training.RunConfig;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.operators.training.TrainingRecipe;
import dev.galerkin.options.OptionValues;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code galerkin train FAMILY --trajectory FIELDS …}: a time-stepper trained on trajectories
 * ({@link TrajectoryObjective}) with the family's model on windows of frames stacked as channels,
 * written as a {@link TimeStepper} model file with its history and run configuration.
 */
final class TrajectoryTraining {
  private TrajectoryTraining() {}

  static int run(ModelFamily family, OptionValues familyOptions, RunConfig file,
      TrainingRecipe recipe, TrainOptions o, DatasetFile data, Path ckpt, PrintWriter console) {
    List<String> trajectories = TrainRun.fields("--trajectory", o.trajectory);
    List<String> statics = o.statics == null ? List.of() : TrainRun.fields("--static", o.statics);
    int gridRank = gridRank(data);
    TrajectoryLayout layout = TrajectoryLayout.of(data, trajectories, statics, o.history,
        o.horizon, gridRank);
    Unroll unroll = Unroll.parse(o.unroll);
    OperatorModel model = family.configure(familyOptions, file == null ? null : file.modelJson(),
        new ModelFamily.SampleShapes(layout.inputSample(), layout.outputSample(o.horizon),
            gridRank, TrainRun.coordinates(data), data.boundary()));
    StoredSplit split = StoredSplit.random(data.sampleCount(), recipe.trainFraction(),
        recipe.validationFraction(), recipe.seed());
    List<String> all = new ArrayList<>(trajectories);
    all.addAll(statics);
    TrajectoryObjective objective = TrajectoryObjective.builder(model, inMemory(data, all,
        statics)).trajectories(trajectories).statics(statics).history(o.history)
        .horizon(o.horizon).gridRank(gridRank).unroll(unroll).windows(o.windows)
        .loss(recipe.lossKind()).split(split).build();
    TrainingConfig config = recipe.trainingConfig(objective.stepsPerEpoch(recipe.batch()),
        Runtime.getRuntime().availableProcessors(), dev.galerkin.operators.Device.parse(o.device));
    console.printf(Locale.ROOT, "time-stepper: %s, %d frames in, %d out, %s, %d window(s) per"
        + " trajectory and epoch; model input %s, output %s%n", String.join(",", trajectories)
        + (statics.isEmpty() ? "" : " with " + String.join(",", statics)), o.history, o.horizon,
        unroll.label(), o.windows, layout.inputSample(), layout.outputSample(o.horizon));
    TrajectoryObjective.Result r = objective.train(config,
        TrainRun.announcing(ProgressBars.training(model.type(), o.quiet), console), ckpt);
    RunConfig run = new RunConfig(family.name(), model.architectureJson(), recipe);
    try (TimeStepper s = r.stepper()) {
      s.provenance().put("dataset", o.data.toAbsolutePath().toString());
      s.provenance().put("learning_rate", recipe.lr());
      s.provenance().put("run_config", run.toJson());
      s.save(o.out, o.overwrite);
    }
    console.printf(Locale.ROOT, "wrote %s: %s time-stepper, %d epochs, best epoch %d with"
        + " validation rollout relative L2 %.2f%%%n", o.out, model.type(), r.history().size(),
        r.bestEpoch(), 100 * r.history().get(r.bestEpoch() - 1).validationError());
    TrainRun.writeRunFiles(r.history(), model.type() + " time-stepper on " + o.data.getFileName(),
        run, o.out, ckpt, console);
    console.println("evaluate its rollouts with: galerkin evaluate --model " + o.out + " --data "
        + o.data + " --out REPORT_DIR");
    return 0;
  }

  /** @return the spatial dimensions: the boundary attribute's axes, else the non-time coordinates */
  static int gridRank(SampleSource data) {
    if (!data.boundary().isEmpty()) {
      return data.boundary().size();
    }
    if (data instanceof DatasetFile f) {
      long spatial = TrainRun.coordinates(f).keySet().stream().filter(n -> !n.equals("t")).count();
      if (spatial > 0) {
        return (int) spatial;
      }
    }
    return 2;
  }

  private static SampleSource inMemory(DatasetFile file, List<String> fields, List<String> statics) {
    long bytes = 0;
    for (String f : fields) {
      bytes += 4 * file.shape(f).size();
    }
    if (bytes > TrainRun.IN_MEMORY_BYTES) {
      return file;
    }
    Dataset.Builder b = Dataset.builder();
    for (String f : fields) {
      if (statics.contains(f)) {
        b.input(f, file.readAll(f).toFloat());
      } else {
        b.output(f, file.readAll(f).toFloat());
      }
    }
    Map<String, Object> attrs = file.attributes();
    Object boundary = attrs.get(dev.galerkin.data.DatasetAttributes.BOUNDARY);
    if (boundary != null) {
      b.attribute(dev.galerkin.data.DatasetAttributes.BOUNDARY, boundary);
    }
    return b.build();
  }
}
