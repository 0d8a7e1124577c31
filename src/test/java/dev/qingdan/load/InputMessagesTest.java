package dev.qingdan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.qingdan.load.table.TableImporter.Result;
import dev.qingdan.load.table.TableImporter;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Messages;
import dev.qingdan.text.Msg;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The problems of broken inputs, in Chinese and still in the same English. */
class InputMessagesTest {
  private static List<Problem> yaml(String text) {
    List<Problem> problems = new ArrayList<>();
    YamlTree.parse("f.yaml", text, problems);
    return problems;
  }

  /** The only problem of {@code problems}, in English and in Chinese. */
  private static void assertOnly(List<Problem> problems, String en, String zh) {
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(en, problems.get(0).message());
    assertEquals(zh, Messages.text(problems.get(0).text(), Lang.zh));
  }

  @Test
  void aGbkFileIsNamed() {
    byte[] gbk = "title: 政策事项\n".getBytes(Charset.forName("GBK"));
    InputException e = assertThrows(InputException.class, () -> SourceText.decode("f.yaml", gbk));
    assertEquals("the file is not UTF-8 (it looks like GBK/GB18030, as Excel and Notepad save "
        + "Chinese text) (invalid byte 0xD5); save it as UTF-8", e.problem().message());
    assertEquals("文件不是 UTF-8 编码（无效字节 0xD5），看起来是 GBK/GB18030 编码（Excel 和记事本保存"
        + "中文时常用）；请另存为 UTF-8 编码", Messages.text(e.problem().text(), Lang.zh));
  }

  @Test
  void aUtf16FileIsNamedByItsByteOrderMark() {
    byte[] utf16 = "a: 1\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[utf16.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, bytes, 2, utf16.length);
    InputException e = assertThrows(InputException.class, () -> SourceText.decode("f.yaml", bytes));
    assertEquals("文件编码为 UTF-16（带小端字节顺序标记），不是 UTF-8；请另存为 UTF-8 编码",
        Messages.text(e.problem().text(), Lang.zh));
  }

  @Test
  void aTabIndentedYaml() {
    assertOnly(yaml("rows:\n\t- id: 1.1\n"),
        "malformed YAML: a tab character is used for indentation; indent with spaces",
        "YAML 格式错误：用了制表符缩进；请改用空格缩进");
  }

  @Test
  void parserWordingsAreTranslatedAndTheCopiedLineKept() {
    assertOnly(yaml("a: [1, 2\n"), "malformed YAML: while parsing a flow sequence; a: [1, 2; "
        + "expected ',' or ']', but got <stream end>",
        "YAML 格式错误：解析方括号列表 [...] 时；a: [1, 2；应为 ',' 或 ']'，却遇到 <stream end>");
    assertOnly(yaml("a: b: c\n"), "malformed YAML: mapping values are not allowed here; a: b: c",
        "YAML 格式错误：此处不能出现映射的值（检查缩进，或给含有 ': ' 的值加引号）；a: b: c");
  }

  @Test
  void anAliasBombIsOneProblem() {
    assertOnly(yaml("a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n"),
        "YAML aliases (*a) are not allowed: write the value out (6 aliases in the file)",
        "不允许使用 YAML 别名（*a）：请把值直接写出来（文件中共有 6 个别名）");
  }

  @Test
  void aTableWithAMissingColumn() throws Exception {
    Result r = TableImporter.fromText("t.txt", "2022年5月25日\n附件 1\n\n"
        + "序号\t政策事项\t政策要点\t牵头单位\t定性目标\t量化指标\t量化指标值\t进度安排\t指标说明\t实现方式\n"
        + "1\t免征增值税\t要点\t区税务局\t应享尽享\t政策享受率\t100%\t全年\t说明\t线上\n", null);
    Warning missing = r.notes().stream().filter(w -> w.code().equals("missing-column"))
        .findFirst().orElseThrow();
    assertEquals("no column for 协同单位: left empty", missing.message());
    assertEquals("没有协同单位列：留空", Messages.text(missing.text(), Lang.zh));
  }

  @Test
  void tooManyProblems() {
    ProblemList list = new ProblemList(1);
    list.add(Problem.error("x", Msg.verbatim("one"), "f", Loc.FILE, ""));
    list.add(Problem.error("x", Msg.verbatim("two"), "f", Loc.FILE, ""));
    assertEquals("问题超过 1 个；只报告前 1 个", Messages.text(list.get(1).text(), Lang.zh));
  }
}
