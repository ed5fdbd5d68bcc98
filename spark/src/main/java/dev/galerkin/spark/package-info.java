/**
 * Dataset generation and model evaluation on Apache Spark ({@code galerkin generate … --engine
 * spark}, {@code galerkin evaluate … --engine spark}): the same shards and the same numbers as on
 * one machine, one task per shard or per chunk of samples, in process ({@code local[*]}) or on a
 * cluster ({@code spark://HOST:PORT}, YARN).
 */
package dev.galerkin.spark;
