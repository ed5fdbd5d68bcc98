package dev.galerkin.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options every {@code galerkin train FAMILY} shares: data, fields, output, the training
 * recipe and the run's bookkeeping. A family's own options (its architecture) come from its
 * {@link dev.galerkin.operators.ModelFamily#options()}.
 */
final class TrainOptions {
  @Option(names = "--data", description = "The dataset file or shard directory, or a PDEBench, .mat or other HDF5 file (see --format).")
  Path data;

  @picocli.CommandLine.Mixin FormatOptions format;

  @Option(names = "--input", defaultValue = "a", description = "Input field(s), comma-separated; several are stacked as channels in this order; dataset paths (/group/coeff) for a plain HDF5 file (default ${DEFAULT-VALUE}).")
  String input;

  @Option(names = "--output", defaultValue = "u", description = "Output field(s), comma-separated; dataset paths for a plain HDF5 file (default ${DEFAULT-VALUE}).")
  String output;

  @Option(names = "--mask", description = "A binary input field (1 inside the domain, 0 outside): predictions are multiplied by it and the loss and errors taken inside it, as the multi-task DeepONet on several geometries does (for example mask of darcy-geometries).")
  String mask;

  @Option(names = "--trajectory", description = "Train a time-stepper on these trajectory fields [T, ...grid(, C)], comma-separated (for example w of navier-stokes, q of shallow-water); --input/--output are then not used.")
  String trajectory;

  @Option(names = "--static", description = "With --trajectory: fields without a time axis [...grid(, C)] appended to every window as channels (for example the bathymetry b).")
  String statics;

  @Option(names = "--history", defaultValue = "1", description = "With --trajectory: frames in the model's input window (the FNO paper's Navier-Stokes setup uses 10) (default ${DEFAULT-VALUE}).")
  int history;

  @Option(names = "--horizon", defaultValue = "1", description = "With --trajectory: frames predicted per model step (default ${DEFAULT-VALUE}).")
  int horizon;

  @Option(names = "--unroll", defaultValue = "one-step", description = "With --trajectory: one-step, pushforward:N (up to N steps without gradient before the trained one, PDEArena) or full:L (back-propagate through L steps, the FNO paper) (default ${DEFAULT-VALUE}).")
  String unroll;

  @Option(names = "--windows", defaultValue = "1", description = "With --trajectory: random windows per training trajectory and epoch (default ${DEFAULT-VALUE}).")
  int windows;

  @Option(names = "--out", description = "The model file to write (.h5).")
  Path out;

  @Option(names = "--config", description = "A JSON configuration: a family's architecture, or a whole run as train writes it beside the model (MODEL.config.json); options given on the command line override it.")
  Path config;

  @Option(names = "--init", description = "Start from this trained model instead of random weights, keeping its normalisation statistics: transfer learning, fine-tuning on a few samples. Its architecture is the default (as with --config); architecture options given must match it.")
  Path init;

  @Option(names = "--freeze", defaultValue = "none", description = "With --init: parts of the model the optimiser leaves unchanged, comma-separated (deeponet: branch, trunk), or none (default ${DEFAULT-VALUE}).")
  String freeze;

  @Option(names = "--epochs", defaultValue = "100", description = "Epochs (default ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--batch", defaultValue = "20", description = "Batch size (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--lr", defaultValue = "1e-3", description = "Initial (step), peak (cosine, one-cycle) learning rate of AdamW (default ${DEFAULT-VALUE}).")
  double lr;

  @Option(names = "--schedule", defaultValue = "step", description = "Learning-rate schedule: step (halved 5 times over the run, the FNO recipe), cosine (with --warmup-epochs of linear warm-up) or one-cycle (Smith and Topin 2019) (default ${DEFAULT-VALUE}).")
  String schedule;

  @Option(names = "--warmup-epochs", defaultValue = "0", description = "Linear warm-up before the cosine schedule, in epochs (default ${DEFAULT-VALUE}).")
  int warmupEpochs;

  @Option(names = "--weight-decay", defaultValue = "1e-4", description = "Decoupled weight decay of AdamW; 0 is Adam (default ${DEFAULT-VALUE}).")
  double weightDecay;

  @Option(names = "--loss", defaultValue = "relative-l2", description = "Training loss: relative-l2, mse, h1 (relative H1, spectral as in the MgNO reference) or h1-fd (relative H1 by finite differences) (default ${DEFAULT-VALUE}).")
  String loss;

  @Option(names = "--normalise", description = "Field statistics: global (one mean and deviation per field, any grid) or pointwise (per point, the training grid only) (default: the family's, global for fno, pointwise for deeponet).")
  String normalise;

  @Option(names = "--seed", defaultValue = "0", description = "Seeds the weights, the split and the shuffling (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--train-fraction", defaultValue = "0.8", description = "Share of samples for training (default ${DEFAULT-VALUE}).")
  double trainFraction;

  @Option(names = "--validation-fraction", defaultValue = "0.1", description = "Share for validation; the rest is the test split (default ${DEFAULT-VALUE}).")
  double validationFraction;

  @Option(names = "--patience", defaultValue = "0", description = "Stop after this many epochs without a better validation error; 0 never (default ${DEFAULT-VALUE}).")
  int patience;

  @Option(names = "--checkpoint", description = "Training checkpoint written after every epoch (default: MODEL.checkpoint.h5 beside --out).")
  Path checkpoint;

  @Option(names = "--resume", description = "Continue from the checkpoint; the result equals an uninterrupted run.")
  boolean resume;

  @Option(names = "--device", defaultValue = "cpu", description = "cpu or gpu (gpu needs the -Pgpu build and CUDA 12; default ${DEFAULT-VALUE}).")
  String device;

  @Option(names = "--overwrite", description = "Replace an existing model file.")
  boolean overwrite;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;
}
