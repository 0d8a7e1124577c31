/**
 * JMH microbenchmarks of qingdan's steps on large inputs.
 *
 * <p>TO EXTEND when the commands land on main (each a class like {@link
 * dev.qingdan.bench.LoaderBench}, same data parameter):
 *
 * <ul>
 *   <li>ratio: read and sum bench/out/data/progress-national.csv (2,846 units × 32 rows × 12
 *       months), then compute the ratios of every row, {@code -Xmx512m};
 *   <li>diff: align policies-1000.yaml with policies-1000-revised.yaml, and the 10,000-item pair
 *       (item 2 removed, so every later row is renumbered, and one target raised);
 *   <li>deadlines: milestone status of the national checklist as of 2022-06-30.
 * </ul>
 */
package dev.qingdan.bench;
