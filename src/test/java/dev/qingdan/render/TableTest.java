package dev.qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qingdan.text.DisplayWidth;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** One declaration of columns, written as text, Markdown and HTML. */
class TableTest {
  record Item(String id, String name, int percent, boolean late) {}

  private static final List<Item> ITEMS =
      List.of(new Item("1.1", "推行歇业制度", 100, false), new Item("24.2", "a|b <c>", 7, true));

  private static Table<Item> table(Lang lang) {
    return new Table<>(lang, List.of(
        Column.of(Msg.of("id"), Item::id).css("id"),
        Column.of(Msg.of("item"), Item::name).shrink(),
        Column.<Item>of(Msg.of("ratio"), i -> i.percent() + "%").right(),
        Column.<Item>of(Msg.of("light"), i -> i.late() ? "red" : "").style("light")));
  }

  private static final Table.Styles<Item> MARK =
      (style, i, text) -> text.isEmpty() ? "" : "● " + text;

  @Test
  void textAlignsMarksAndPaints() {
    assertEquals("""
        id    item          ratio  light
        ────  ────────────  ─────  ─────
        1.1   推行歇业制度   100%
        24.2  a|b <c>          7%  ● RED
        """, print(out -> table(Lang.en).text(out, 0, Palette.PLAIN, ITEMS, MARK,
            (style, i, text) -> text.toUpperCase())));
  }

  @Test
  void textWrapsFreeTextToFitTheWidth() {
    assertEquals("""
        id    item     ratio  light
        ────  ───────  ─────  ─────
        1.1   推行歇    100%
              业制度
        24.2  a|b <c>     7%  ● RED
        """, print(out -> table(Lang.en).text(out, 28, Palette.PLAIN, ITEMS, MARK,
            (style, i, text) -> text.toUpperCase())));
  }

  @Test
  void spareColumnsAreLeftOutHighestFirstAndNamedWhenEvenTheNarrowestLayoutIsTooWide() {
    Table<Item> t = new Table<>(Lang.en, List.of(
        Column.of(Msg.of("id"), Item::id),
        Column.of(Msg.of("item"), Item::name).shrink(),
        Column.<Item>of(Msg.of("ratio"), i -> i.percent() + "%").right().spare(1),
        Column.<Item>of(Msg.of("light"), i -> i.late() ? "red" : "").style("light").spare(2)));
    // at its narrowest the whole table takes 26 columns, 21 without its light
    String at21 = text(t, 21);
    assertEquals("""
        id    item     ratio
        ────  ───────  ─────
        1.1   推行歇    100%
              业制度
        24.2  a|b <c>     7%
        Not shown in 21
        columns: light (a
        wider terminal shows
        them, and so does
        output to a file or a
        pipe).
        """, at21);
    String at14 = text(t, 14);
    assertEquals("""
        id    item
        ────  ───────
        1.1   推行歇
              业制度
        24.2  a|b <c>
        Not shown in
        14 columns:
        light, ratio
        (a wider
        terminal shows
        them, and so
        does output to
        a file or a
        pipe).
        """, at14);
    // wide enough at its narrowest: every column, no note, the styles on the right ones
    assertEquals("""
        id    item    ratio  light
        ────  ──────  ─────  ─────
        1.1   推行歇   100%
              业制度
        24.2  a|b        7%  ● RED
              <c>
        """, text(t, 26));
    // no limit: nothing wrapped, nothing left out
    assertEquals("""
        id    item          ratio  light
        ────  ────────────  ─────  ─────
        1.1   推行歇业制度   100%
        24.2  a|b <c>          7%  ● RED
        """, text(t, 0));
  }

  @Test
  void aTableWithoutSpareColumnsIsPrintedAtItsNarrowestWiderThanAsked() {
    String at10 = print(out -> table(Lang.en).text(out, 10, Palette.PLAIN, ITEMS, MARK,
        Table.Styles.none()));
    assertEquals(false, at10.contains("Not shown"));
    assertEquals(table(Lang.en).text(ITEMS, MARK).narrowestWidth(),
        at10.lines().mapToInt(DisplayWidth::of).max().orElseThrow());
  }

  @Test
  void headersAreTranslated() {
    assertEquals(List.of("编号", "事项", "比率", "预警"), table(Lang.zh).headers());
  }

  @Test
  void markdownAlignsNumbersRightAndShowsCellsWhole() {
    assertEquals("""
        | id | item | ratio | light |
        | --- | --- | ---: | --- |
        | 1.1 | 推行歇业制度 | 100% |  |
        | 24.2 | a\\|b \\<c\\> | 7% | ● red |
        """, print(out -> table(Lang.en).markdown(out, ITEMS, MARK)));
  }

  @Test
  void htmlEscapesPlainCellsAndTakesStyledOnesAsMarkup() {
    // in a box of its own that scrolls; a cell that is not free text does not wrap
    assertEquals("""
        <div class="scroll"><table>
        <thead><tr><th>id</th><th>item</th><th>ratio</th><th>light</th></tr></thead>
        <tbody>
        <tr><td class="id">1.1</td><td>推行歇业制度</td><td class="num">100%</td>\
        <td class="nowrap"></td></tr>
        <tr class="late"><td class="id">24.2</td><td>a|b &lt;c&gt;</td><td class="num">7%</td>\
        <td class="nowrap"><b>red</b></td></tr>
        </tbody></table></div>
        """, print(out -> table(Lang.en).html(out, ITEMS, (style, i, text) -> text.isEmpty() ? ""
            : "<b>" + text + "</b>", i -> i.late() ? "late" : "")));
  }

  @Test
  void widthsMakeAFixedLayout() {
    Table<Item> t = new Table<>(Lang.en, List.of(Column.of(Msg.of("id"), Item::id).percent(40),
        Column.of(Msg.of("item"), Item::name).percent(60.5)));
    String html = print(out -> t.html(out, List.of(), Table.Styles.none(), i -> ""));
    assertEquals("""
        <div class="scroll"><table class="fixed">
        <colgroup><col style="width: 40%"><col style="width: 60.5%"></colgroup>
        <thead><tr><th>id</th><th>item</th></tr></thead>
        <tbody>
        </tbody></table></div>
        """, html);
  }

  /** The text table of ITEMS in {@code width} columns, lights marked and upper-cased. */
  private static String text(Table<Item> t, int width) {
    return print(out -> t.text(out, width, Palette.PLAIN, ITEMS, MARK,
        (style, i, text) -> text.toUpperCase()));
  }

  private static String print(Consumer<PrintWriter> write) {
    StringWriter s = new StringWriter();
    PrintWriter out = new PrintWriter(s);
    write.accept(out);
    out.flush();
    return s.toString();
  }
}
