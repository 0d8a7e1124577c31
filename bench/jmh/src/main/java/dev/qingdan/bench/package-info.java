/**
 * JMH microbenchmarks of qingdan's steps on large inputs: the checklist loader ({@link
 * dev.qingdan.bench.LoaderBench}), the revision diff ({@link dev.qingdan.bench.DiffBench}) and
 * the progress reports at national scale: reading, ratios and deadlines ({@link
 * dev.qingdan.bench.ProgressBench}). The inputs are those bench/run.sh makes under
 * bench/out/data; {@code bench/run.sh --jmh} runs them all.
 */
package dev.qingdan.bench;
