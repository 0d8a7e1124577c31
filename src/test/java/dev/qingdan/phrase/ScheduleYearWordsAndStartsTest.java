package dev.qingdan.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.text.Msg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Schedules read in a 2019 plan: year words, a start day beside the end, parts that cannot be
 * dated, ranges of months, a day of a quarter's last month, and numbered cells with names in them.
 */
class ScheduleYearWordsAndStartsTest {
  private static final int YEAR = 2019;

  private static String read(String phrase) {
    return PhraseTableTest.schedule(ScheduleParser.parse(phrase, YEAR, null));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // 明年, 次年 and 后年 count from the plan year, 的 or not; 今年 is the plan year
    "争取明年的9月底前建成 | deliverable 2020-09-30",
    "次年4月底前完成 | deliverable 2020-04-30",
    "后年3月底前完成 | deliverable 2021-03-31",
    "今年11月底前完成 | deliverable 2019-11-30",
    // a start day beside the end is the schedule's start, whatever leads on to the end
    "于3月2日开工,预计11月底完工 | deliverable 2019-03 2019-11-30",
    "4月10日启动,计划8月底前完成 | deliverable 2019-04 2019-08-31",
    // work done over a range of months is a window of those months, whatever the verb
    "3-4月,完成设计 | window 2019-03..2019-04",
    "9-10月,竣工验收 | window 2019-09..2019-10",
    // the day of each quarter's last month, written out
    "每季度最后一个月的25日前报送 | deliverable 2019-03-25 2019-06-25 2019-09-25 2019-12-25",
    // in numbered steps, a quoted name or the plan year alone names a thing, not a time
    "1.开展“五年提升”行动;2.10月底前完成 | deliverable 2019-10-31",
    "1.开展2019年消防检查;2.6月底前完成 | deliverable 2019-06-30",
    // a year that names a thing and nothing else: no date to read
    "开展2019年消防检查 | refused",
  })
  void reads(String phrase, String expected) {
    assertEquals(expected, read(phrase));
  }

  /** A part that looks like a time but has no date is named, never dropped. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "6月底前完成主体,秋季开学前投入使用 | 秋季开学前",
    "汛期前完成清淤 | 汛期",
    "春节前发放到位 | 春节前",
    "明年完成 | 明年",
  })
  void anUndatedPartIsNamed(String phrase, String part) {
    ScheduleParser.Result r = ScheduleParser.parse(phrase, YEAR, null);
    assertEquals("refused", PhraseTableTest.schedule(r));
    assertEquals("cannot read '" + part + "' in the schedule phrase '" + phrase + "'",
        r.notes().stream().map(Msg::en).findFirst().orElse(""));
  }

  /** 1-11月，完成30件 is a count reported at the range's end, not work over the months. */
  @Test
  void aCountOverARangeIsDueAtItsEnd() {
    assertTrue(read("1-11月,全市完成30件").startsWith("deliverable 2019-11-30"));
  }
}
