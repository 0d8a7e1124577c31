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
    // a year before work and its figure (2020年建设10个) is the work's time, not a name: a phrase
    // that cannot place it is refused rather than read by its other date alone
    "全市2020年建设口袋公园10个,6月底前完成选址 | refused",
    "全市2020年改造老旧小区12个,6月底前完成选址 | refused",
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
    // a word of what is to come (将, 即将, 要, 拟) may stand between the date and the start, and
    // the date may be early in a month (月初, 上旬); 月初 alone is due as 上旬 is, 初步 is no date
    "今年8月将启动污水处理厂建设,12月投入试营运 | deliverable 2019-08 2019-12-31",
    "預計6月初將開始鋼結構吊裝施工 | start 2019-06",
    "从3月初开始,组织技术人员对水利工程进行全面检查 | start 2019-03",
    "3月上旬拟启动项目 | start 2019-03",
    "4月即将启动改造 | start 2019-04",
    "3月初起实施 | start 2019-03",
    "6月初完成 | deliverable 2019-06-10",
    "5月初步建成 | deliverable 2019-05-31",
    // a start and an end with 结束 are the two ends of a span; with a verb, a start and a due date
    "从2019年3月25日开始至2019年6月30日结束 | window 2019-03..2019-06",
    "从3月25日开始至6月30日完成整改 | deliverable 2019-03 2019-06-30",
    // N号 before a noun names a thing (1号线, 3號線, 一号厂房); before a word of time it is a day
    // that no month dates
    "2019年10月1日,1号线即可实现试运行 | deliverable 2019-10-01",
    "轨道交通3號線于今年3月20日全线贯通 | deliverable 2019-03-20",
    "截至8月15日,一号厂房进入装修阶段 | deliverable 2019-08-15",
    "3号前完成 | refused",
    "10号起实施 | refused",
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
    // a date referred to (按照…) as a node of the timetable is the plan's own step
    "整个工程将按照2019年12月15日试营运时间节点,倒逼工期 | deliverable 2019-12-15",
    "根据7月15日会议要求,9月底前完成 | deliverable 2019-09-30",
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
