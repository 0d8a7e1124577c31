package dev.qingdan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesTheFiveCharactersThatEndTextOrAnAttributeAndNothingElse() {
    assertEquals("&lt;a href=&#39;x&#39; title=&quot;&amp;amp;&quot;&gt;“中文” … ✅&lt;/a&gt;",
        Html.esc("<a href='x' title=\"&amp;\">“中文” … ✅</a>"));
    assertEquals("", Html.esc(null));
    assertEquals("plain 文本", Html.esc("plain 文本"));
  }
}
