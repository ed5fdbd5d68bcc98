/**
 * Optimisers and learning-rate schedules: Adam and AdamW (Kingma and Ba 2015; Loshchilov and
 * Hutter 2019) as one graph op with resumable state, and the schedules (constant, step decay,
 * cosine, warm-up, cosine with warm-up, one-cycle after Smith and Topin 2019) evaluated per step in
 * Java; L-BFGS with a strong-Wolfe line search on a flat {@code double[]} (Nocedal and Wright 2006).
 */
package dev.galerkin.operators.optim;
