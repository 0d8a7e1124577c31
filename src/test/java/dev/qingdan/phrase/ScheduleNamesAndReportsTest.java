package dev.qingdan.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Schedules read in a 2019 plan where a year names a thing, work starts without an end, a report
 * names the periods it covers, a year stands alone, a date is referred to, or a period recurs.
 */
class ScheduleNamesAndReportsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // a year before a noun, in quotation marks or as N年度 names a thing, and the phrase's real date
    // is read; at the head of a phrase a year other than the plan's may be its time: unread
    "启动2019年乡镇集镇公厕建设,确保在8月底前全面建成 | deliverable 2019-08-31",
    "于2019年3月10日前将“2019年重点工作安排”的办理方案报送 | deliverable 2019-03-10",
    "各重点项目2019年工作总结和续建项目2020年建设计划于12月25日前报送 | deliverable 2019-12-25",
    "2019年省、市民生实事项目(截至6月20日) | deliverable 2019-06-20",
    "召开2019年度推进会,6月底前完成 | deliverable 2019-06-30",
    "到2025年城乡居民收入翻番 | deliverable 2025-12-31",
    "2020年省、市民生实事项目(截至6月20日) | refused",
    "开展2019年消防检查 | refused",
    "对2019年《政府工作报告》上半年落实情况进行了督查 | window 2019-01..2019-06",
    // a date followed by words that start work (开始, 启动, 进入施工), not as a time limit, is a
    // start (as 5月起 is); a start due by a date (5月底前启动, 11月底启动) is a step
    "预计5月启动项目建设 | start 2019-05",
    "预计5月份全部开始修建 | start 2019-05",
    "于2019年1月1日正式启动实施 | start 2019-01",
    "从今年三月末开始有序推进 | start 2019-03",
    "9月中旬进入全面施工阶段,在明年的5月底全部竣工 | deliverable 2019-09 2020-05-31",
    "5月底前启动 | deliverable 2019-05-31",
    "11月底启动旗舰店项目 | deliverable 2019-11-30",
    "5月底前出台方案,6月开始实施 | deliverable 2019-05-31",
    // a period named as what is reported on (…情况) is no step beside the days reports are due,
    // and the window of a report where nothing else dates it
    "于2019年4月15日、7月15日、10月15日及2020年1月15日前,将第一、第二、第三季度及全年责任事项完成情况报送"
        + " | deliverable 2019-04-15 2019-07-15 2019-10-15 2020-01-15",
    "对重点目标任务前三季度落实情况进行了全面督查 | window 2019-01..2019-09",
    "每季度最后一个月的30日前将本季度落实各项工作目标任务进展情况报区政府办公室"
        + " | deliverable 2019-03-30 2019-06-30 2019-09-30 2019-12-30",
    // a year alone, heading a clause, or before a verb of completion after adverbs; 当年
    "确保2024年按期全面完成整治提升 | deliverable 2024-12-31",
    "2019 | window 2019-01..2019-12",
    "2021 | window 2021-01..2021-12",
    "2018 | refused",
    "2019年,全市共实施改造老旧小区44个,截至11月底已完成改造28个 | deliverable 2019-11-30",
    "当年完成 | deliverable 2019-12-31",
    // the date of a paper, a meeting, a figure compared with or a plan named is no step
    "9月25日,指挥部对市指挥部8月4日《交办函》存在的问题进行了回头看 | deliverable 2019-09-25",
    "1至5月,已累计完成投资17.8亿元,完成年底计划的45.3% | window 2019-01..2019-05",
    "8月4日晚,镇政府召开2019年度民生工程推进会 | refused",
    "为贯彻落实“大干150天”的决策部署及8月6日全市动员部署会议精神 | refused",
    "截至10月31日,全省困難群眾享受待遇46.06萬人次,較9月底增加7.56萬人次 | deliverable 2019-10-31",
    // a period done once each recurs; a span in quotation marks is a name, a date in them a date
    "每两月组织一次过堂检查 | recurring",
    "实行“半月一督查、一月一通报、两月一竣工验收、季度一盘点”工作机制 | recurring",
    "2020年6月一期工程竣工 | deliverable 2020-06-30",
    "开展“五年提升”行动,10月底前完成 | deliverable 2019-10-31",
    "按照“11月前全面完成、12月查漏补缺”任务节点要求 | deliverable 2019-11-30 2019-12-31 ?",
  })
  void reads(String phrase, String expected) {
    assertEquals(expected, PhraseTableTest.schedule(ScheduleParser.parse(phrase, 2019, null)));
  }
}
