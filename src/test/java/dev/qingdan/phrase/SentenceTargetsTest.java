package dev.qingdan.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.text.Msg;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The readings of target sentences, one form at a time. */
class SentenceTargetsTest {
  private static String read(String sentence) {
    return SentenceTargetsTableTest.written(SentenceTargets.read(sentence));
  }

  private static String indicators(String sentence) {
    return SentenceTargets.read(sentence).found().stream()
        .map(f -> String.valueOf(f.indicator())).collect(Collectors.joining(" ; "));
  }

  private static List<String> notes(String sentence) {
    return SentenceTargets.read(sentence).notes().stream().map(Msg::en).toList();
  }

  @Test
  void eachFigureIsATargetOfItsOwnAndSaidSo() {
    String s = "改造老旧小区12个、新增充电桩300个";
    assertEquals(">= 12 个 ; >= 300 个", read(s));
    assertEquals("改造老旧小区 ; 新增充电桩", indicators(s));
    assertEquals(List.of("'改造老旧小区12个、新增充电桩300个' states 2 figures (12个, 300个); "
        + "each is read as a target of its own"), notes(s));
  }

  /** The counted thing may follow its figure; each target keeps its own words. */
  @Test
  void theCountedThingAfterItsFigureNamesIt() {
    String s = "完成18个乡镇应急广播分控中心、376个村居广播室和752只高音喇叭建设";
    assertEquals(">= 18 个 ; >= 376 个 ; >= 752 只", read(s));
    assertEquals("完成乡镇应急广播分控中心 ; 村居广播室 ; 高音喇叭建设", indicators(s));
    assertEquals("新增规范化母亲学堂", indicators("新增3所规范化母亲学堂"));
    assertEquals("城区再新建农贸市场", indicators("城区再新建1个农贸市场"));
    // a filler is dropped before the words, never the first character of a word
    assertEquals("计划竣工", indicators("实施重点建设项目12个,计划竣工3个").split(" ; ")[1]);
    assertEquals("共享单车投放", indicators("共享单车投放500辆"));
    assertEquals("再生资源回收站点", indicators("再生资源回收站点达到20个"));
    assertEquals(List.of("完成18个", "376个", "村居广播室和752只"), SentenceTargets.read(s).found()
        .stream().map(f -> f.target().text()).toList());
  }

  /** Percentage points move a share: a change over a baseline in 个百分点, never a share itself. */
  @Test
  void percentagePointsAreAChangeNotAShare() {
    SentenceTargets.Reading r = SentenceTargets.read("绿化覆盖率比上年提高0.8个百分点");
    assertEquals(">= 0.8 个百分点", SentenceTargetsTableTest.written(r));
    assertTrue(r.found().get(0).target().growth());
    assertEquals(dev.qingdan.model.TargetKind.GROWTH, r.found().get(0).target().kind());
    assertEquals("<= -2 百分点", read("空置率下降2百分点"));
    assertEquals(">= 1.5 个百分点", read("占比达到1.5个百分点以上"));
  }

  /** A rate per person or month, or a rule's figure, is what is given: no target, and said. */
  @Test
  void aRateOrAStandardIsNoTarget() {
    for (String s : List.of("按800元/户标准给予补助", "护理补贴标准(300元/月)", "每人每年补助600元",
        "补助金额按上年度社会平均工资标准的60%核定", "按20%的比例配建停车位", "抽检量达到4批次/千人")) {
      assertEquals("refused", read(s), s);
      assertTrue(notes(s).get(0).contains("is a rate or a standard"), s + ": " + notes(s));
    }
    // a figure of its own beside a rate is still read
    assertEquals(">= 50 户", read("按800元/户标准给予补助,帮扶困难家庭50户"));
  }

  /** The figure a target rises or falls from is its baseline: only the figure reached is read. */
  @Test
  void aBaselineIsNoTarget() {
    String s = "村级集体经济年收入由8万元提高到12万元以上";
    assertEquals(">= 120000 元", read(s));
    assertEquals("村级集体经济年收入", indicators(s));
    assertEquals(List.of("'" + s + "': 8万元 is the baseline the target starts from, not a target"),
        notes(s));
    assertEquals("<= 30 天", read("审批时限从45天压缩至30天"));
    // a figure of years with a point is a length, not a year: 10.5年 is no 2023年
    assertEquals(">= 10.5 年", read("平均受教育年限从9.8年提高到10.5年"));
    // 由 that begins no baseline is no baseline: 由社区负责 is who does it
    assertEquals(">= 20 个", read("由社区负责建设20个"));
  }

  /** Indicators that share one figure through 均 or 都 are a target each. */
  @Test
  void indicatorsSharingAFigureAreATargetEach() {
    String s = "入园率和巩固率均达到96%以上";
    assertEquals(">= 96 % ; >= 96 %", read(s));
    assertEquals("入园率 ; 巩固率", indicators(s));
    assertEquals("知晓率 ; 参与率 ; 满意度", indicators("知晓率与参与率及满意度都在90%以上"));
  }

  /** A count of the plan's own projects as a whole is a headline, not a target. */
  @Test
  void aHeadlineCountOfThePlansProjectsIsNoTarget() {
    for (String s : List.of("今年督办项目共计36个", "2024年全县共安排重点项目42个(新建12个,续建30个)",
        "共确定为民办实事15件")) {
      assertEquals("refused", read(s), s);
      assertTrue(notes(s).get(0).contains("counts the items of the list itself"), s);
    }
    // a count of projects to carry out is a target
    assertEquals(">= 12 个", read("实施学校重点建设项目12个"));
  }

  /** Counting words of wells, head of livestock, cases, machines, ships. */
  @Test
  void moreCountingWords() {
    assertEquals(">= 30 眼", read("新打抗旱机井30眼"));
    assertEquals(">= 120 口", read("改造农村水窖120口"));
    assertEquals(">= 52000 头", read("生猪出栏5.2万头"));
    assertEquals(">= 60 起", read("查办违法案件不少于60起"));
    assertEquals(">= 8 艘", read("更新渔船8艘"));
    assertEquals(">= 5 架", read("配备植保无人机5架"));
    assertEquals(">= 3000 批次", read("抽检食品3000批次"));
  }

  /** The persons whose problem the work solves (4萬人的…問題) are its target, not a condition. */
  @Test
  void thePersonsWhoseProblemIsSolvedAreTheTarget() {
    assertEquals(">= 40000 人", read("解決劉坪、中山等鄉(xiāng)鎮(zhèn)4萬(wàn)人的飲水不安全問(wèn)題"));
    assertEquals("refused", read("改造15年以上的老旧电梯"));
  }

  /** How many key works the plan carries out in all (累计实施131项…重点工程) is the list's own count. */
  @Test
  void theCountOfThePlansKeyWorksIsNoTarget() {
    assertEquals("refused", read("今年我市緊扣全域精致和城市更新主題,將累計(jì)實(shí)施131項(xiàng)城建重點(diǎn)工程"));
    assertEquals(">= 12 个", read("实施学校重点建设项目12个"));
  }

  /** An amount of money that each village or team gets (每个…村…10万元) is a standard. */
  @Test
  void moneyForEachIsAStandard() {
    assertEquals("refused", read("每个建档立卡贫困村发展集体经济专项资金10万元,每个扶贫工作队每年办公经费3万元。"));
    assertEquals(">= 1 家", read("每个县市区至少1家定点医疗机构"));
  }

  /** A reading aid in brackets between a figure's characters is nothing. */
  @Test
  void pinyinBetweenCharactersIsNothing() {
    assertEquals(">= 15000 个", read("新增岗位1.5萬(wàn)個(gè)"));
  }

  /** 已 in a qualifier (已建成…的) says which ones, not that the work is done. */
  @Test
  void alreadyInAQualifierIsNoProgress() {
    assertEquals(">= 6 台", read("已建成卫生室的行政村,配备除颤仪6台"));
    assertEquals("refused", read("已完成改造6台"));
  }

  /** A figure after a colon that repeats the one before it explains it: one target, said. */
  @Test
  void aFigureRestatedAfterAColonIsOneTarget() {
    String s = "在家长常住地100%保障入学:各县(市、区)均为100%。就读公办学校比例:泰顺>85.8%";
    assertEquals(">= 100 % ; > 85.8 %", read(s));
    assertEquals(List.of("'各县(市、区)均为100%': 100% repeats the figure before the colon and is "
        + "read as that one target, not as another", "'" + s + "' states 2 figures (100%, 85.8%); "
        + "each is read as a target of its own"), notes(s));
    // another figure after a colon, or the same figure after a comma, is a target of its own
    assertEquals(">= 100 % ; >= 95 %", read("保障入学100%:各县均为95%"));
    assertEquals(">= 100 % ; >= 100 %", read("城区保障入学100%,农村保障入学100%"));
  }

  /** A line break in a task cell ends a clause, as a comma does. */
  @Test
  void aLineBreakEndsAClause() {
    assertEquals("改造老旧小区 ; 新增充电桩", indicators("改造老旧小区12个\n新增充电桩300个"));
  }

  /** A list pasted as one line, its items parted by blanks: each item is a clause. */
  @Test
  void aBlankAfterAFigurePartsTheItemsOfAList() {
    assertEquals(">= 30 天 ; >= 20 场 ; >= 1000 人次",
        read("开展志愿服务不低于30天 举办培训20场以上 覆盖群众1000人次"));
    assertEquals(">= 10 所 ; >= 30 %", read("新改扩建公办幼儿园10 所,公办园占比率达到30%"));
  }

  /** A headline counts the items of its list: no target, and a note that says so. */
  @Test
  void aCountOfTheListsOwnItemsIsNoTarget() {
    assertEquals("refused", read("共38件民生实事"));
    assertEquals(List.of("'共38件民生实事': 38件 counts the items of the list itself; not read as "
        + "a target"), notes("共38件民生实事"));
    assertEquals("refused", read("30件！2023年重点民生事项出炉"));
    assertEquals(List.of("'30件！2023年重点民生事项出炉': 30件 names nothing it counts; not read as "
        + "a target"), notes("30件！2023年重点民生事项出炉"));
    assertEquals("refused", read("全县共票决出2024年度重大民生实事项目76件"));
    assertEquals(">= 30 元 ; >= 5 元", read("人均财政补助标准分别再增加30元和5元"));
  }

  /** Units as written: 吨标煤 and 千米 are units, not 吨 and 千 × 米; 万亿 multiplies. */
  @Test
  void unitsKeepTheirWrittenForm() {
    assertEquals(">= 30000 吨标煤", read("节能3万吨标煤"));
    assertEquals(">= 13.46 千米", read("新建绿道13.46千米"));
    assertEquals(">= 1000000000000 元", read("地区生产总值突破1万亿元"));
    assertEquals(">= 13.46 千米", PhraseTableTest.target("13.46千米"));
    assertEquals(">= 1000000000000 元", PhraseTableTest.target("突破1万亿元"));
  }

  @Test
  void comparatorsAndVerbs() {
    assertEquals(">= 95 %", read("义诊覆盖率保持在95%以上"));
    assertEquals("义诊覆盖率", indicators("义诊覆盖率保持在95%以上"));
    assertEquals("<= 3 个工作日", read("平均办理时间压缩至3个工作日以内"));
    assertEquals("<= 3 %", read("城镇登记失业率控制在3%以内"));
    assertEquals(">= 50000 人", read("惠及群众5万余人"));
    assertEquals(">= 3000 人次", read("培训农民工3000人次以上"));
    assertEquals("> 60 %", read("普惠托位占比超过60%"));
    assertEquals("~ 8 %", read("财政收入增长8%左右"));
    assertEquals("between 3..5 个工作日", read("办理时限3-5个工作日"));
    assertEquals("<= -10 %", read("单位能耗降低10%"));
    assertTrue(SentenceTargets.read("地区生产总值增长8%以上").found().get(0).target().growth());
  }

  /**
   * Ceilings without a comparator of their own: a time limit per case (1天办结), no cost at all
   * (0成本), the steps of a procedure (环节), and the items of a list a ceiling verb heads.
   */
  @Test
  void ceilingsSaidByTheirWordsOrByTheVerbOfTheirList() {
    assertEquals("<= 1 天", read("开办企业1天办结"));
    assertEquals("<= 3 个工作日", read("不动产登记3个工作日办完"));
    assertEquals("<= 0 元", read("开办企业0成本"));
    assertEquals("开办企业成本", indicators("开办企业0成本"));
    assertEquals("<= 1 个环节", read("开办企业1个环节"));
    assertEquals("<= 1 个环节 ; <= 0 元 ; <= 1 天", read("实现开办企业全流程1个环节、0成本、1天办结"));
    assertEquals("<= 2 个环节 ; <= 1 天", read("开办企业压缩至2个环节、1天"));
    assertEquals("<= 5 份 ; <= 3 天", read("申请材料精简为5份、3天"));
    assertEquals("<= 5 份", read("申请材料减少为5份"));
    // a list without a ceiling verb keeps its floors; a duration not at a list item's start too
    assertEquals(">= 12 个 ; >= 300 个", read("改造老旧小区12个、新增充电桩300个"));
    assertEquals("<= 1 天 ; >= 10 个", read("开办企业压缩至1天、新建驿站10个"));
    assertEquals("refused", read("建成3天"));
  }

  /** A figure after the count of a counting word (人数, 户数) counts that word. */
  @Test
  void aFigureAfterTheCountOfACountingWordCountsIt() {
    assertEquals(">= 1100000 人", read("计划新增城镇就业人数110万以上"));
    assertEquals(">= 3000 户", read("受益户数达到3000"));
    assertEquals("refused", read("计划新增城镇就业110万以上"));
  }

  /** The classes of the list itself (共5大类) before the count of its items are no target. */
  @Test
  void theClassesAndItemsOfTheListItselfAreNoTargets() {
    assertEquals(">= 1555000000 元", read("排定重点民生实事项目共5大类17个,年度计划投资15.55亿元"));
  }

  @Test
  void numbersThatAreNamesOrConditionsAreNotTargets() {
    assertEquals("refused", read("深化一网通办改革，推进三服务"));
    assertEquals(">= 300 人", read("为65岁以上老年人提供体检300人"));
    assertEquals(">= 10 个", read("每日20时前完成巡查点位10个"));
    assertEquals(">= 5 个", read("推进五水共治，建成示范河道5个"));
    assertEquals(">= 2000 个", read("到2023年底，新增托位2000个"));
    assertEquals(">= 6 个", read("6月30日前完成改造6个"));
    assertEquals(">= 200 条", read("12345热线受理满意回访200条"));
    // the items of the list's own register are counted, not planned
    assertEquals(List.of(), SentenceTargets.read("拟列入年度民生实事项目清单共25件").found());
    // a long number before an unknown counting word is a figure, not a hotline: said, not dropped
    assertEquals(List.of("'新增墓穴10000穴' has the figure 10000 without a counting word; not read "
        + "as a target"), SentenceTargets.read("新增墓穴10000穴").notes().stream()
        .map(Msg::en).toList());
    assertEquals(">= 95 间", read("为全区78所中小学的95间舞蹈教室安装地暖"));
    assertEquals(">= 2600 个", read("2022年，全市新建5G基站2600个以上"));
  }

  @Test
  void aProjectsTotalInvestmentIsNotATarget() {
    assertEquals(">= 1 所", read("新建学校1所，总投资5000万元"));
    assertEquals(List.of("'总投资5000万元': 5000万元 is the project's total "
        + "investment, a figure of the item, not a target"), notes("新建学校1所，总投资5000万元"));
    assertEquals(">= 30000000 元", read("项目总投资约5000万元，年内完成投资3000万元"));
  }

  @Test
  void traditionalCharactersReadAsSimplified() {
    assertEquals(">= 100 个", read("開設100個公益暑托服務班點"));
    assertEquals(">= 6000000000 元", read("發放創業擔保貸款不少于60億元"));
    assertEquals(">= 1680000 平方米", read("改造面積168萬平方米"));
    assertEquals("~ 25 公里", read("輸水管道總長度約25公里"));
    // 裏 is another traditional form of 里, beside 裡
    assertEquals(">= 380 公里", read("新改建農村公路380公裏"));
  }

  @Test
  void aFigureNotReadEntirelyIsNamed() {
    assertEquals("refused", read("公办园占比达到120%"));
    assertEquals(List.of("'公办园占比达到120%': 120% is a share above 100% that is neither a growth "
        + "rate nor a ceiling; not read"), notes("公办园占比达到120%"));
    assertEquals("refused", read("新建三个口袋公园"));
    assertEquals(List.of("'新建三个口袋公园' gives a figure in words (三个); write it in digits to be "
        + "read"), notes("新建三个口袋公园"));
    assertEquals("refused", read("城乡社区15分钟托育服务圈基本形成"));
    assertEquals(1, notes("城乡社区15分钟托育服务圈基本形成").size());
    assertEquals(">= 2 个", read("2个项目已完成1个"));
    assertEquals(">= 2 个", read("2个嵌入式养老机构建设已完成1个(50%)"));
    assertEquals(List.of("'2个嵌入式养老机构建设已完成1个(50%)': 1个 follows 已 and is read as "
        + "progress, not as a target"), notes("2个嵌入式养老机构建设已完成1个(50%)"));
  }

  @Test
  void aPlaceInARankingIsNoTarget() {
    assertEquals("refused", read("全市排名上升3个位次"));
    assertEquals(List.of("'全市排名上升3个位次': 3个 is a place in a ranking, which no ratio judges; "
        + "not read as a target"), notes("全市排名上升3个位次"));
    assertEquals("refused", read("综合考核位居全市第4位"));
    assertEquals(1, notes("综合考核位居全市第4位").size());
    assertEquals("refused", read("排名前移2位"));
    assertEquals(">= 10 位", read("培养乡村名师10位"));
  }

  @Test
  void worksThatNameThePlansOwnListCountTheList() {
    for (String s : List.of("实施12项惠民工程", "办好8件民心工程", "推进15项民生工程")) {
      assertEquals("refused", read(s), s);
      assertTrue(notes(s).get(0).contains("counts the items of the list itself"), s);
    }
  }

  @Test
  void chaoIsStrictlyMore() {
    assertEquals("> 50000000000 元", read("营业收入超500亿元"));
    assertEquals(read("营业收入超过500亿元"), read("营业收入超500亿元"));
  }

  @Test
  void figuresAfterFenbieShareTheirComparatorAndTakeTheirOwnIndicators() {
    String s = "城镇和农村居民人均可支配收入分别增长6.5%和7.5%左右";
    assertEquals("~ 6.5 % ; ~ 7.5 %", read(s));
    assertEquals("城镇居民人均可支配收入 ; 农村居民人均可支配收入", indicators(s));
    assertTrue(SentenceTargets.read(s).found().stream().allMatch(f -> f.target().growth()));
    String list = "规上工业增加值、固定资产投资分别增长9%、10%";
    assertEquals(">= 9 % ; >= 10 %", read(list));
    assertEquals("规上工业增加值 ; 固定资产投资", indicators(list));
    assertEquals("<= -3 % ; <= -4 %", read("能耗和碳排放强度分别下降3%和4%"));
  }

  @Test
  void aStandardRaisedPerPersonAndPeriodIsARate() {
    for (String s : List.of("高龄津贴从每人每年300元提高到360元", "护理补贴由每人每月150元提高至180元",
        "城乡低保标准由每人每月600元、500元分别提高到650元、560元")) {
      assertEquals("refused", read(s), s);
      assertTrue(notes(s).stream().allMatch(n -> n.contains("is a rate or a standard")), s);
    }
    assertEquals(">= 120000 元", read("村级集体经济年收入由8万元提高到12万元"));
    assertEquals("refused", read("残疾人护理补贴标准达到每月120元,比上年增加10元"));
    assertEquals(">= 20 个 ; >= 10 个", read("新增托育机构20个,比上年增加10个"));
  }

  @Test
  void aCountOfThePlansOwnProjectsIsNoTarget() {
    assertEquals("refused", read("全年安排86个重点项目"));
    assertEquals(">= 12 个", read("30个重大项目中,计划新开工项目12个"));
    assertEquals("计划新开工项目", indicators("30个重大项目中,计划新开工项目12个"));
    assertEquals("refused", read("8个项目集中开工,总投资20亿元"));
    assertEquals(2, notes("8个项目集中开工,总投资20亿元").size());
  }

  @Test
  void aFigureAloneAfterOthersIsAnItemOfTheirList() {
    assertEquals(">= 120 个 ; >= 48 个 ; >= 5200 户",
        read("改造老旧小区120个,涉及48个社区,5200户"));
    assertEquals(">= 36 公里", read("新建绿道共计36公里,总投资达到2亿元"));
    assertEquals("refused", read("30件，2023年重点民生事项出炉"));
  }

  /**
   * The size of a site or a building is no target: an area in a clause it opens, unless the
   * sentence before builds what it measures, and, beside the storeys of a building, its storeys
   * and classes.
   */
  @Test
  void theSizeOfASiteOrABuildingIsNoTarget() {
    String s = "用地面积为7165.96平方米,建筑面积4286.2平方米,主要建设内容为新建一幢食堂";
    assertEquals("refused", read(s));
    assertEquals(List.of("'用地面积为7165.96平方米': 7165.96平方米 is the size of a site or a "
        + "building (its area, storeys or classes), not a target; not read",
        "'建筑面积4286.2平方米': 4286.2平方米 is the size of a site or a building (its area, storeys or "
        + "classes), not a target; not read"), notes(s));
    assertEquals("refused", read("松岙中学旧教学楼进行原址拆除重建,共四层,12个教学班"));
    assertEquals("refused", read("共五层,一层为展厅、二层为专用教室、三至五层共9个教学班"));
    // what a sentence builds is measured by the area after it; classes without storeys are counted
    assertEquals(">= 1 栋 ; >= 3050 平方米", read("新建宿舍楼1栋,总建筑面积3050平方米"));
    assertEquals(">= 30 个", read("新增幼儿园教学班30个"));
    assertEquals("refused", read("总建筑面积20194平方米,其中教学楼地上建筑面积13854平方米"));
    assertEquals(">= 4000 平方米", read("新建食堂建筑面积4000平方米"));
  }

  /** A text that details a task states its targets with the task's, a repeated figure once. */
  @Test
  void aDetailOfATaskAddsItsTargetsAndARepeatedFigureIsOne() {
    SentenceTargets.Reading r = SentenceTargets.read("实施20所公办中小学清凉工程(一期)",
        "对20所学校的配电房及供电线路进行改造,为教室安装空调300台");
    assertEquals(">= 20 所 ; >= 300 台", SentenceTargetsTableTest.written(r));
    assertEquals(List.of("'对20所学校的配电房及供电线路进行改造,为教室安装空调300台': 20所 repeats the "
        + "task's figure and is read as that one target, not as another",
        "'实施20所公办中小学清凉工程(一期) / 对20所学校的配电房及供电线路进行改造,为教室安装空调300台' states "
        + "2 figures (20所, 300台); each is read as a target of its own"),
        r.notes().stream().map(Msg::en).toList());
  }

  /** Counts of the list's own items (15件大事, 20个大项、75个小项) are no targets. */
  @Test
  void theListsOwnMattersAndItemsAreNoTargets() {
    assertEquals("refused", read("县政府将继续优先保障民生投入,重点抓好15件大事和民生实事"));
    assertEquals("refused", read("2017年福州市委、市政府为民办实事项目共20个大项、75个小项,涉及我市13个大项、27个小项"));
    assertEquals(List.of("'重点抓好15件大事和民生实事': 15件 counts the items of the list itself; not read "
        + "as a target"), notes("重点抓好15件大事和民生实事"));
  }

  /** A count of indicators says how many share the figure after it: only that figure is read. */
  @Test
  void aCountOfIndicatorsIsNoTargetButTheFigureTheyShareIs() {
    String s = "4个结构性指标均实现10%以上增长";
    assertEquals(">= 10 %", read(s));
    assertEquals(List.of("'4个结构性指标均实现10%以上增长': 4个 counts the indicators that share the "
        + "figure after it; not read as a target"), notes(s));
    assertEquals(">= 8 个 ; >= 20 个", read("新增监测指标8个、考核点20个"));
  }

  /**
   * A report of what was done states no target: a share of the year's task and the figure of the
   * clause before it, work done on a date and the figure before it; a plan's own figure stays.
   */
  @Test
  void whatAReportSaysWasDoneIsNoTarget() {
    assertEquals("refused", read("河北建成城市公共停车位22.72万个,占年度任务的113.6%。"));
    assertEquals("refused", read("完成项目投资380万元,于202012月全面完工并投入使用。"));
    assertEquals(List.of("'完成项目投资380万元,于202012月全面完工并投入使用。': 3800000元 is reported as "
        + "done (于202012月全面完工): progress, not a target; not read"),
        notes("完成项目投资380万元,于202012月全面完工并投入使用。"));
    assertEquals(">= 30 个", read("新建公园30个,其中建成12个,占年度任务的40%"));
    // a due date says 前: 于6月底前建成 is a plan
    assertEquals(">= 300 张", read("新增床位300张,于2023年6月底前建成投用"));
  }

  /** Sizes in the names of a list of projects (…25万吨己二酸…等项目建设) are no targets. */
  @Test
  void sizesInTheNamesOfAListOfProjectsAreNoTargets() {
    assertEquals("refused", read("重点抓好平煤神马25万吨己二酸和20万吨己内酰胺、海星化工10万吨针状焦、"
        + "中加矿业300万吨铁精粉等项目建设"));
    assertEquals(">= 5 个", read("建设智慧社区5个、城市书房等项目"));
    // a capacity that names one project; a count of projects is a target
    assertEquals("refused", read("完成吉林昊融10万吨镍冶炼(一期)项目竣工生产"));
    assertEquals(">= 4 所", read("推进4所幼儿园项目建设"));
    assertEquals(">= 100000 吨", read("新增污水处理能力10万吨"));
  }

  /** A comparator keeps its sense across what it compares with (高于全省0.7个百分点 is more than). */
  @Test
  void aComparatorHoldsAcrossWhatItComparesWith() {
    assertEquals("> 0.7 个百分点", read("增速高于全省0.7个百分点"));
    assertEquals("< 2 个百分点", read("增幅低于上年2个百分点"));
    assertEquals(">= 0.7 个百分点", read("增速提高0.7个百分点"));
  }

  /** Any text: no exception, and every target read has a value and a unit. */
  @Test
  void anyTextIsReadOrNamed() {
    Random random = new Random(20261207);
    String alphabet = "0123456789.%-个人次万亿以上内达到不少于控制在压缩至“”()已的年月日时岁第，、；新增改造";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(30); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      SentenceTargets.Reading r = SentenceTargets.read(b.toString());
      for (SentenceTargets.Found f : r.found()) {
        assertTrue(f.target().value() != null && f.target().unit() != null, b.toString());
        assertTrue(b.toString().contains(f.target().text().substring(0, 1)), b.toString());
      }
    }
  }
}
