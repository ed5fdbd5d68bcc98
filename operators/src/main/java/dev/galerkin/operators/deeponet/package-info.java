/**
 * DeepONet, the deep operator network of Lu, Jin, Pang, Zhang &amp; Karniadakis, "Learning nonlinear
 * operators via DeepONet based on the universal approximation theorem of operators", Nature
 * Machine Intelligence 3, 218–229 (2021): a branch net on the input at fixed sensors, a trunk net
 * on query coordinates, and their inner product. The branch is an MLP on the flattened input, or
 * ({@link dev.galerkin.operators.deeponet.BranchKind#CNN}) a convolutional net on a 2D input grid
 * {@code [X, Y]} / {@code [X, Y, C]}: 5×5 convolution, σ and 2×2 average-pool stages, flattened,
 * then the dense layers, as in the multi-task DeepONet of Kumar, Goswami, Kontolati, Shields &amp;
 * Karniadakis, "Synergistic learning with multi-task DeepONet for efficient PDE problem solving"
 * (2024).
 *
 * <ul>
 *   <li>{@link dev.galerkin.operators.deeponet.DeepOnetConfig}: the hyperparameters (builder);
 *   <li>{@link dev.galerkin.operators.deeponet.BranchKind}: MLP or CNN branch;
 *   <li>{@link dev.galerkin.operators.deeponet.DeepOnet}: the model, trained by
 *       {@link dev.galerkin.operators.training.Trainer} on the output grid, registered as
 *       {@code deeponet};
 *   <li>{@link dev.galerkin.operators.deeponet.PointEvaluator}: a trained model at any query points;
 *   <li>{@link dev.galerkin.operators.deeponet.OutputChannels}: how output channels are laid out.
 * </ul>
 *
 * <pre>{@code
 * DeepOnet model = new DeepOnet(DeepOnetConfig.builder().branch(2, 128).trunk(2, 128).latent(64)
 *     .build());
 * DeepOnet cnn = new DeepOnet(DeepOnetConfig.builder().dimensions(2).branchKind(BranchKind.CNN)
 *     .filters(16, 32, 64).branch(1, 128).trunk(2, 128).latent(64).build());  // inputs [X, Y(, C)]
 * Trainer.Result r = Trainer.train(model, dataset, "u", "s", split, config, TrainingListener.NONE);
 * FloatArray s = DeepOnet.predictAt(r.operator(), u, points);   // points [P, 1] anywhere in [0, 1]
 * }</pre>
 */
package dev.galerkin.operators.deeponet;
