import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synthetic input for the benchmarks, made from the real plan (examples/plan-2022.txt) so that
 * every cell reads as the real ones do. Run it with Java's source launcher, no build needed:
 *
 * <pre>
 * java bench/Generate.java plan ITEMS OUT.txt            a plan of ITEMS items (the 24 real ones
 *                                                        repeated, numbered on) as import reads it
 * java bench/Generate.java revision ITEMS OUT.txt        the same plan revised: item 2 removed (all
 *                                                        later items move up one) and one target
 *                                                        raised
 * java bench/Generate.java units COUNT OUT.txt           the real plan with COUNT county-level units
 *                                                        added to its register (附件2)
 * java bench/Generate.java progress COUNT MONTHS OUT.csv a year of reports by each of those units
 *                                                        for each of the 32 rows: COUNT × 32 × MONTHS
 *                                                        CSV rows, written as they are made
 * </pre>
 *
 * Everything is deterministic: the same arguments give the same bytes.
 */
public final class Generate {
  private static final Path PLAN = Path.of("examples", "plan-2022.txt");
  private static final Path PROGRESS = Path.of("examples", "progress-2022.csv");
  private static final Pattern ITEM = Pattern.compile("^[0-9]+\t");
  private static final Pattern RAISE = Pattern.compile("^(≥?)(\\d+)(个|人次|户|家|件)$");

  /** The real plan cut in three: prose before the table, the table's items, prose after it. */
  record Plan(List<String> before, String header, List<List<String>> items, List<String> after) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: java bench/Generate.java plan|revision|units ITEMS OUT"
          + " | progress UNITS MONTHS OUT.csv");
      System.exit(2);
    }
    switch (args[0]) {
      case "plan" -> write(Path.of(args[2]), plan(Integer.parseInt(args[1]), false));
      case "revision" -> write(Path.of(args[2]), plan(Integer.parseInt(args[1]), true));
      case "units" -> write(Path.of(args[2]), withUnits(Integer.parseInt(args[1])));
      case "progress" -> progress(Integer.parseInt(args[1]), Integer.parseInt(args[2]),
          Path.of(args[3]));
      default -> {
        System.err.println("unknown kind: " + args[0]);
        System.exit(2);
      }
    }
  }

  static Plan read() throws IOException {
    List<String> lines = Files.readAllLines(PLAN, StandardCharsets.UTF_8);
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    List<List<String>> items = new ArrayList<>();
    String header = null;
    int i = 0;
    for (; i < lines.size() && !lines.get(i).startsWith("序号\t"); i++) {
      before.add(lines.get(i));
    }
    for (; i < lines.size() && !lines.get(i).startsWith("附件 2"); i++) {
      String l = lines.get(i);
      if (l.startsWith("序号\t")) {
        header = l;
      } else if (ITEM.matcher(l).find()) {
        items.add(new ArrayList<>(List.of(l)));
      } else if (l.indexOf('\t') >= 0) {
        items.get(items.size() - 1).add(l);
      }
    }
    for (; i < lines.size(); i++) {
      after.add(lines.get(i));
    }
    return new Plan(before, header, items, after);
  }

  /** The real plan with its table made {@code n} items long; revised: see the class comment. */
  static List<String> plan(int n, boolean revised) throws IOException {
    Plan p = read();
    List<List<String>> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int round = i / p.items().size();
      List<String> item = new ArrayList<>();
      for (String line : p.items().get(i % p.items().size())) {
        String[] cells = line.split("\t", -1);
        if (round > 0 && !cells[0].isEmpty() && cells.length > 1) {
          cells[1] = cells[1] + "（第" + (round + 1) + "批）";
        }
        item.add(String.join("\t", cells));
      }
      items.add(item);
    }
    if (revised) {
      items.remove(1);
      raiseOneTarget(items);
    }
    List<String> out = new ArrayList<>(p.before());
    for (int i = 0; i < items.size(); i++) {
      if (i % 5 == 0) { // the header repeats at each page break, as in the pasted table
        out.add("");
        out.add(p.header());
      }
      for (String line : items.get(i)) {
        String[] cells = line.split("\t", -1);
        if (!cells[0].isEmpty()) {
          cells[0] = String.valueOf(i + 1);
        }
        out.add(String.join("\t", cells));
      }
    }
    out.add("");
    out.addAll(p.after());
    return out;
  }

  /** Raises the first count target from the middle of the plan on by a tenth. */
  private static void raiseOneTarget(List<List<String>> items) {
    for (int i = items.size() / 2; i < items.size(); i++) {
      List<String> item = items.get(i);
      for (int j = 0; j < item.size(); j++) {
        String[] cells = item.get(j).split("\t", -1);
        if (cells.length > 7) {
          Matcher m = RAISE.matcher(cells[7]);
          if (m.matches()) {
            long v = Long.parseLong(m.group(2));
            cells[7] = m.group(1) + (v + Math.max(1, v / 10)) + m.group(3);
            item.set(j, String.join("\t", cells));
            return;
          }
        }
      }
    }
  }

  /** The name of the i-th synthetic county-level unit (0-based). */
  static String county(int i) {
    return String.format("合成%04d县", i + 1);
  }

  static List<String> withUnits(int count) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(PLAN, StandardCharsets.UTF_8));
    // The register is the last lines of the file; its items are separated by 、
    String last = lines.remove(lines.size() - 1);
    StringBuilder line = new StringBuilder(last.endsWith("、") ? last : last + "、");
    for (int i = 0; i < count; i++) {
      line.append(county(i)).append(i == count - 1 ? "" : "、");
      if (line.length() > 60) {
        lines.add(line.toString());
        line.setLength(0);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * Reports of every unit for every row and month. Which figure a row reports (a ratio, a count,
   * a day done or only a note) is taken from examples/progress-2022.csv where it is there,
   * otherwise from the row's target (量化指标值): a percentage, a number of things, or nothing.
   */
  static void progress(int units, int months, Path out) throws IOException {
    Map<String, String> kinds = new LinkedHashMap<>();
    if (Files.exists(PROGRESS)) {
      for (String l : Files.readAllLines(PROGRESS, StandardCharsets.UTF_8)) {
        String[] c = l.split(",", -1);
        if (l.startsWith("#") || c.length < 7 || c[0].equals("period") || !c[1].contains(".")) {
          continue;
        }
        String kind = !c[3].isEmpty() ? "ratio" : !c[5].isEmpty() ? "count" : "note";
        kinds.putIfAbsent(c[1], kind);
      }
    }
    List<String> ids = new ArrayList<>();
    for (List<String> item : read().items()) {
      String n = item.get(0).split("\t", -1)[0];
      for (int k = 1; k <= item.size(); k++) {
        String id = n + "." + k;
        ids.add(id);
        if (!kinds.containsKey(id)) {
          kinds.put(id, kindOfTarget(item.get(k - 1)));
        }
      }
    }
    long seed = 20221231L;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("# SYNTHETIC DATA (合成数据): made-up reports for benchmarks, " + units + " units × "
          + ids.size() + " rows × " + months + " months\n");
      w.write("period,id,unit,numerator,denominator,count,done,note\n");
      StringBuilder sb = new StringBuilder(128);
      for (int m = 1; m <= months; m++) {
        String period = String.format("2022-%02d", m);
        for (int u = 0; u < units; u++) {
          String unit = county(u);
          for (String id : ids) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int r = (int) ((seed >>> 33) & 0x7fff);
            sb.setLength(0);
            sb.append(period).append(',').append(id).append(',').append(unit).append(',');
            switch (kinds.getOrDefault(id, "ratio")) {
              case "ratio" -> {
                int den = 1 + r % 200;
                int num = den - (r % 7 == 0 ? r % (den + 1) : 0);
                sb.append(num).append(',').append(den).append(",,,");
              }
              case "count" -> sb.append(",,").append(r % 50).append(",,");
              default -> sb.append(",,,,进展正常");
            }
            w.write(sb.append('\n').toString());
          }
        }
      }
    }
  }

  /** ratio for a percentage, count for a number of things, else only a note. */
  private static String kindOfTarget(String line) {
    String[] cells = line.split("\t", -1);
    String target = String.join(" ", List.of(cells).subList(Math.min(6, cells.length),
        Math.min(8, cells.length)));
    if (target.contains("%")) {
      return "ratio";
    }
    return target.matches(".*\\d+(个|人次|户|家|件).*") ? "count" : "note";
  }

  private static void write(Path out, List<String> lines) throws IOException {
    Files.write(out, lines, StandardCharsets.UTF_8);
  }
}
