/**
 * Scale runs on synthetic corpora ({@link io.kindred.bench.scale.ScaleRun}: fit, index, query latency, all-pairs with a
 * time budget) and what two threads can gain on a machine at all ({@link io.kindred.bench.scale.CpuScaling}).
 */
package io.kindred.bench.scale;
