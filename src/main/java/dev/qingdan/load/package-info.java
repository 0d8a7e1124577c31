/**
 * Reading files strictly, and what every reader shares: a problem with its place
 * ({@link dev.qingdan.load.Problem}, {@link dev.qingdan.load.Loc}, {@link dev.qingdan.load.Place},
 * {@link dev.qingdan.load.ProblemList}), collected rather than thrown; a file's encoding
 * ({@link dev.qingdan.load.Encoding}); located YAML ({@link dev.qingdan.load.YamlTree}) and its
 * binding ({@link dev.qingdan.load.Binder}); months, days and counts
 * ({@link dev.qingdan.load.Values}); links that may not be followed
 * ({@link dev.qingdan.load.Links}).
 * The readers live in its rooms: {@code checklist}, {@code progress}, {@code office},
 * {@code table} (import) and {@code git}. It may import {@code model}, {@code phrase} and
 * {@code text}; its rooms import it, never the other way round; {@code cli} calls it, and
 * {@code render} uses only its problems and their places.
 */
package dev.qingdan.load;
