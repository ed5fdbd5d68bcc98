/**
 * Optimisers and learning-rate schedules: Adam and AdamW (Kingma and Ba 2015; Loshchilov and
 * Hutter 2019) as one graph op with resumable state, and the schedules evaluated per step in Java.
 */
package dev.galerkin.operators.optim;
