/**
 * How a clause of the narrative becomes a claim: the amount opens it, the share and change figures
 * after it belong to it, and the word right before a figure (white space between allowed) says
 * whether that figure is a change and which way.
 */
import { assignShareBases, readNarrativeAmounts } from "../../src/reader/narrative-claims";
import { readDisclosure } from "../../src/reader/read-disclosure";
import { splitLines } from "../../src/reader/text-lines";
import type { Reading } from "../../src/reader/types";
import { checkReading } from "../../src/rules/check";
import { readDisclosureText } from "../shared-data";

const claimsOf = (...lines: string[]) => readNarrativeAmounts(splitLines(["第三部分 情况说明", ...lines].join("\n"))).claims;

describe("narrative claims", () => {
  it("reads amount, change and change % of a clause, with the words spaced from their figures", () => {
    const [claim] = claimsOf("一、收支预算总体情况", "2024 年支出预算 200.00 万元，比上年增加  20.00 万元，增长 11.11%。");
    expect(claim).toMatchObject({ section: "一", subject: "支出预算", amount: "200.00", change: "20.00", change_pct: "11.11" });
  });

  it("signs a decrease, takes the share, and lets a last-year figure open no claim", () => {
    const claims = claimsOf("二、支出预算情况", "其中：1、基本支出 150.00 万元，占 75.00%，较上年 140.00 万元减少 5.00 万元，下降 3.23%。");
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ section: "二", subject: "基本支出", amount: "150.00", share_pct: "75.00", change: "-5.00", change_pct: "-3.23" });
  });

  it("a change stated without its amount takes the amount an earlier sentence stated for the subject", () => {
    const claims = claimsOf("三、“三公”经费", "公务接待费 1.50 万元。", "公务接待费增加 0.30 万元。");
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ subject: "公务接待费", amount: "1.50", change: "0.30" });
  });

  it("a figure with no word right before it is no change", () => {
    const claims = claimsOf("四、项目支出", "增加的项目支出 8.00 万元，占 4.00%。");
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ amount: "8.00", share_pct: "4.00" });
    expect(claims[0].change).toBeUndefined();
  });

  it("an amount said to be unchanged (与上年预算持平) claims a change of nothing", () => {
    const claims = claimsOf(
      "三、“三公”经费",
      "（一）因公出国（境）费0万元，比2024年预算持平。",
      "（三）公务接待费 1.35 万元，与上年预算持平，主要原因是业务需要。",
      "（二）公务用车运行费 21.56 万元，比2024年预算无变化；公务用车购置费 15 万元，与上年相比没有变化。",
    );
    expect(claims.map((c) => [c.subject, c.amount, c.change])).toEqual([
      ["因公出国（境）费", "0", "0"],
      ["公务接待费", "1.35", "0"],
      ["公务用车运行费", "21.56", "0"],
      ["公务用车购置费", "15", "0"],
    ]);
    // An amount followed by other words states no change.
    expect(claimsOf("三、“三公”经费", "公务接待费 1.35 万元，主要用于接待上级检查。")).toEqual([]);
  });

  it("a change stated by its rate first opens a claim; the change in 万元 after it is its, unless a new subject comes between", () => {
    const claims = claimsOf(
      "十、“三公”经费",
      "“三公”经费 4.80 万元，其中：公务用车运行费 4.80 万元，公务接待费 0.00 万元。",
      "“三公”经费比上年下降 20.00%，减少 1.20 万元，其中：公务用车运行费下降 20.00%，减少 1.20 万元；公务接待费增加 0.00 万元，增长 0.00%。",
      "“三公”经费比上年下降 20.00%，其中：公务接待费增加 0.00 万元。",
    );
    expect(claims.map((c) => [c.subject, c.amount, c.change, c.change_pct])).toEqual([
      ["“三公”经费", "4.80", "-1.20", "-20.00"],
      ["公务用车运行费", "4.80", "-1.20", "-20.00"],
      ["公务接待费", "0.00", "0.00", "0.00"],
      ["“三公”经费", "4.80", undefined, "-20.00"],
      ["公务接待费", "0.00", "0.00", undefined],
    ]);
  });
});

describe("the same claims in other words", () => {
  const text = readDisclosureText("korla-xiwang-street-2024");
  const figures = (reading: Reading) => reading.claims.map((c) => [c.subject, c.amount, c.share_pct, c.change, c.change_pct]);
  const printed = figures(readDisclosure(text));

  it.each<[string, (text: string) => string]>([
    ["较上年", (t) => t.replace(/比上年预算(增加|减少)/g, "较上年预算$1")],
    ["比2023年预算", (t) => t.replace(/比上年预算/g, "比2023年预算")],
    ["比上年度预算", (t) => t.replace(/比上年预算/g, "比上年度预算")],
    ["较2023年度", (t) => t.replace(/比上年预算/g, "较2023年度")],
    ["与上年预算相比，增加 (the comparison a clause of its own)", (t) => t.replace(/比上年预算(增加|减少)/g, "与上年预算相比，$1")],
    ["同上年相比，增加", (t) => t.replace(/比上年预算(增加|减少)/g, "同上年相比，$1")],
    ["同比增加", (t) => t.replace(/比上年预算(增加|减少)/g, "同比$1")],
    ["增加了 / 减少了", (t) => t.replace(/(增加|减少)(\d)/g, "$1了$2")],
    ["增长了 / 下降了", (t) => t.replace(/(增长|下降)(\d)/g, "$1了$2")],
    ["增幅 / 降幅", (t) => t.replace(/增长(\d)/g, "增幅$1").replace(/下降(\d)/g, "降幅$1")],
    ["增幅为", (t) => t.replace(/增长(\d)/g, "增幅为$1")],
    ["增长率 / 下降率", (t) => t.replace(/(增长|下降)(\d)/g, "$1率$2")],
    ["增长幅度为 / 下降幅度为", (t) => t.replace(/(增长|下降)(\d)/g, "$1幅度为$2")],
    ["增加 X 万元；增长率为 Y%", (t) => t.replace(/万元[，,]\s*(增长|下降)/g, "万元；$1率为")],
    ["增加 X 万元；增长 Y%", (t) => t.replace(/万元[，,]\s*(增长|下降)/g, "万元；$1")],
    ["增加 X 万元；(line break) 增长 Y%", (t) => t.replace(/万元[，,]\s*(增长|下降)/g, "万元；\n$1")],
    ["占比 X%", (t) => t.replace(/，占 ?(\d)/g, "，占比$1")],
    ["所占比重为 X%", (t) => t.replace(/，占 ?(\d)/g, "，所占比重为 $1")],
    ["比重为 X%", (t) => t.replace(/，占 ?(\d)/g, "，比重为$1")],
    ["figures wrapped inside (1,255.4 / 1 万元, 93.2 / 2%, 1,2 / 55.41 万元)", (t) => t.replace("基本支出 1,255.41 万元，占 93.22%", "基本支出 1,255.4\n1 万元，占 93.2\n2%").replace("基本支出 1,255.41 万元，比上年", "基本支出 1,2\n55.41 万元，比上年")],
    // The "三公" items stated in other words than their changes are (十).
    ["“三公”经费财政拨款预算 (its change: 财政拨款“三公”经费预算)", (t) => t.replace("年财政拨款“三公”经费预算数为 5.60", "年“三公”经费财政拨款预算为 5.60")],
    ["因公出国(境)费 (its change: 因公出国（境）费)", (t) => t.replace("其中：因公出国（境）费 0 万元", "其中：因公出国(境)费 0 万元")],
    ["出国（境）费 (its change: 因公出国（境）费)", (t) => t.replace("其中：因公出国（境）费 0 万元", "其中：出国（境）费 0 万元")],
    ["出国经费 (its change: 因公出国（境）费)", (t) => t.replace("其中：因公出国（境）费 0 万元", "其中：出国经费 0 万元")],
    ["公务用车运行维护费 (its change: 公务用车运行费)", (t) => t.replace(/公务用车运行\s*费 5\.60 万元/, "公务用车运行维护费 5.60 万元")],
  ])("%s: the same claims", (_, reword) => {
    const reworded = reword(text);
    expect(reworded).not.toBe(text);
    expect(figures(readDisclosure(reworded))).toEqual(printed);
  });

  // "比上年预算增加 X 万元，增长 Y%" written rate first, or with the rate alone.
  const CHANGE_THEN_RATE = /(比上年(?:预算)?)(增加|减少)(\s*[\d,.]+\s*万元)\s*[，,]\s*(增长|下降)(\s*[\d.]+\s*%)/g;

  it("增长 Y%，增加 X 万元 (the rate first): the same claims", () => {
    const reworded = text.replace(CHANGE_THEN_RATE, "$1$4$5，$2$3");
    expect(reworded).not.toBe(text);
    expect(figures(readDisclosure(reworded))).toEqual(printed);
  });

  it("与上年预算相比，增长 Y%，增加 X 万元 (the comparison a clause of its own, the rate first): the same claims", () => {
    const reworded = text.replace(CHANGE_THEN_RATE, "与上年预算相比，$4$5，$2$3");
    expect(reworded).not.toBe(text);
    expect(figures(readDisclosure(reworded))).toEqual(printed);
  });

  it("the rate alone (比上年增长 Y%): the same claims, where the change in 万元 was not stated", () => {
    const reworded = text.replace(CHANGE_THEN_RATE, "$1$4$5");
    const withoutChange = (reading: Reading) => reading.claims.map((c) => [c.subject, c.amount, c.share_pct, c.change_pct]);
    expect(reworded).not.toBe(text);
    expect(withoutChange(readDisclosure(reworded))).toEqual(withoutChange(readDisclosure(text)));
  });
});

describe("the parts listed under an amount", () => {
  const read = (...lines: string[]) => readNarrativeAmounts(splitLines(["第三部分 情况说明", ...lines].join("\n")));

  it("其中：… lists parts of the amount just before: each part says what it is of", () => {
    const { stated } = read("五、一般公共预算当年拨款情况", "住房保障支出 104.33 万元，其中：基本支出 100.33 万元，项目支出 4.00 万元，主要用于缴纳住房公积金。");
    expect(stated.map((s) => [s.subject, s.amount, s.part_of])).toEqual([
      ["住房保障支出", "104.33", undefined],
      ["基本支出", "100.33", "住房保障支出"],
      ["项目支出", "4.00", "住房保障支出"],
    ]);
  });

  it("a sentence opening with 其中 lists parts of the amount its section stated last, or of the change stated on its own; after ； the list goes on", () => {
    const { stated } = read(
      "五、一般公共预算当年拨款情况",
      "住房保障支出 104.33 万元。主要用于缴纳住房公积金。其中：基本支出 100.33 万元；项目支出 4.00 万元。",
      "六、其他需要说明的情况",
      "其中：人员经费 1.00 万元。",
    );
    expect(stated.map((s) => [s.section, s.subject, s.part_of])).toEqual([
      ["五", "住房保障支出", undefined],
      ["五", "基本支出", "住房保障支出"],
      ["五", "项目支出", "住房保障支出"],
      ["六", "人员经费", undefined],
    ]);
    const { claims } = read("十、“三公”经费", "“三公”经费 5.60 万元，其中：公务接待费 1.00 万元。", "“三公”经费比上年增加 0.92 万元，其中：公务接待费增加 0.92 万元，增长 100%。");
    expect(claims.map((c) => [c.subject, c.change, c.part_of])).toEqual([
      ["“三公”经费", "0.92", undefined],
      ["公务接待费", "0.92", "“三公”经费"],
    ]);
  });

  it("a bracket's parts leave the share and change after the bracket to the amount before it", () => {
    const { claims, stated } = read(
      "三、支出预算情况",
      "项目支出 247.85 万元（其中：一般公共预算拨款 241.97 万元，国有资本经营预算拨款 5.88 万元），占 13.30%，比上年预算增加 247.85 万元，增长 100%。",
    );
    expect(claims).toEqual([expect.objectContaining({ subject: "项目支出", amount: "247.85", share_pct: "13.30", change: "247.85", change_pct: "100" })]);
    expect(stated.map((s) => [s.subject, s.amount, s.part_of])).toEqual([
      ["一般公共预算拨款", "241.97", "项目支出"],
      ["国有资本经营预算拨款", "5.88", "项目支出"],
    ]);
  });

  it("a bracket without 其中 lists parts too, and the list the sentence was in goes on after it", () => {
    const { claims, stated } = read(
      "三、支出预算情况",
      "支出预算 1863.61 万元，其中：基本支出 1615.76 万元（人员经费 1570.57 万元、公用经费 45.19 万元），占 86.70%，项目支出 247.85 万元，占 13.30%。",
    );
    expect(claims.map((c) => [c.subject, c.amount, c.share_pct, c.part_of])).toEqual([
      ["基本支出", "1615.76", "86.70", "支出预算"],
      ["项目支出", "247.85", "13.30", "支出预算"],
    ]);
    expect(stated.map((s) => [s.subject, s.amount, s.part_of])).toEqual([
      ["支出预算", "1863.61", undefined],
      ["人员经费", "1570.57", "基本支出"],
      ["公用经费", "45.19", "基本支出"],
    ]);
  });

  it("a share that names its base: the base as named, and of the amount so named in the section", () => {
    const { claims, stated } = read(
      "三、支出预算情况",
      "支出预算 200.00 万元。基本支出 150.00 万元，占 75.00%。其中：人员经费 120.00 万元，占基本支出的 80.00%；公用经费 30.00 万元，占基本支出的比重为 20.00%。",
      "四、政府采购情况",
      "政府采购预算 50.00 万元。面向中小企业预留政府采购项目预算金额 40.00 万元，占本部门政府采购项目预算总额的比例为 80%，其中，预留给小微企业 30.00 万元，占预留份额的 75%。",
    );
    assignShareBases(claims, ["200.00", "150.00"], stated);
    expect(claims.map((c) => [c.subject, c.share_pct, c.share_base, c.part_of, c.share_of])).toEqual([
      ["基本支出", "75.00", undefined, undefined, "200.00"],
      ["人员经费", "80.00", "基本支出", "基本支出", "150.00"],
      ["公用经费", "20.00", "基本支出", "基本支出", "150.00"],
      ["面向中小企业预留政府采购项目", "80", "本部门政府采购项目预算总额", undefined, "50.00"],
      ["预留给小微企业", "75", "预留份额", "面向中小企业预留政府采购项目", "40.00"],
    ]);
  });

  it("全部为 / 均为 …: the one part is the whole amount", () => {
    const { claims, stated } = read("十、财政拨款“三公”经费预算情况说明", "“三公”经费预算 0.92 万元，全部为公务接待费。", "公务接待费增加 0.92 万元，增长 100%。");
    expect(claims).toEqual([expect.objectContaining({ subject: "公务接待费", amount: "0.92", change: "0.92", change_pct: "100" })]);
    expect(stated.map((s) => [s.subject, s.amount])).toEqual([["“三公”经费预算", "0.92"]]);
    expect(read("三、支出预算情况", "支出预算 1863.61 万元，均为基本支出。").stated.map((s) => [s.subject, s.amount, s.part_of])).toEqual([
      ["支出预算", "1863.61", undefined],
      ["基本支出", "1863.61", "支出预算"],
    ]);
  });
});

describe("a classification subject before a comma", () => {
  const text = readDisclosureText("atushi-xingfu-street-2024");
  // 阿图什 states 行政单位离退休 over two lines: "4.社会保障和就业支出（类）…养老支出（款）" / "行政单位离退休（项）：2024 年预算数为 31.56 万元".
  const RETIRED = /社会保障和就业支出（类）行政事业单位养老支出（款）\s*行政单位离退休（项）：2024 年预算数为 31\.56 万元/;
  it.each([
    ["…（项）科目，2024 年预算数为 X 万元", "社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）科目，2024 年预算数为 31.56 万元"],
    ["…（项），2024 年预算数为 X 万元", "社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项），2024 年预算数为 31.56 万元"],
    ["“…（2080501）”科目，预算 X 万元", "“行政单位离退休（2080501）”科目，预算 31.56 万元"],
  ])("the subject before a comma (%s): its amount is checked against 表5", (_, wording) => {
    const reworded = text.replace(RETIRED, wording);
    expect(reworded).not.toBe(text);
    const claim = readDisclosure(reworded).claims.find((c) => c.amount === "31.56");
    expect(claim?.subject).toContain("行政单位离退休");
    const planted = readDisclosure(reworded.replace(wording, wording.replace("31.56", "31.65")));
    expect(checkReading(planted).filter((f) => f.rule === "narrative-amount" && f.claimed === "31.65")).toEqual([
      expect.objectContaining({ severity: "error", computed: "31.56", section: claim!.section }),
    ]);
  });
});

describe("an item named by its codes (希望街道 五(三) 1: 代表工作 2.77 万元)", () => {
  const text = readDisclosureText("korla-xiwang-street-2024");
  const PRINTED = "1、一般公共服务支出（类）人大事务（款）代表工作（项）：2024 年预\n\n算数为 2.77 万元";
  it.each([
    ["1、201一般公共服务支出-20101人大事务-2010108代表工作：", "201一般公共服务支出-20101人大事务-2010108代表工作"],
    ["1、201 01 08 代表工作：", "201 01 08 代表工作"],
    ["1.201 01 08 代表工作：", "201 01 08 代表工作"],
  ])("“%s”: checked against 表5 2010108, not its class, and its list number left off", (subject, read) => {
    expect(text).toContain(PRINTED);
    const reworded = text.replace(PRINTED, `${subject}2024 年预算数为 2.77 万元`);
    expect(readDisclosure(reworded).claims.find((c) => c.amount === "2.77")?.subject).toBe(read);
    const messages = (t: string) => checkReading(readDisclosure(t)).map((f) => f.message);
    expect(messages(reworded)).toEqual(messages(text));
    const wrong = checkReading(readDisclosure(reworded.replace("2024 年预算数为 2.77 万元", "2024 年预算数为 2.78 万元"))).filter((f) => f.claimed === "2.78");
    expect(wrong).toEqual([expect.objectContaining({ rule: "narrative-amount", severity: "error", computed: "2.77", message: expect.stringContaining("表5 2010108 代表工作为 2.77 万元") })]);
  });
});

describe("the same subsidies in other words", () => {
  const text = readDisclosureText("atushi-xingfu-street-2024");
  const figures = (reading: Reading) => reading.subsidies.map((s) => [s.persons, s.standard_yuan, s.per, s.months, s.months_stated, s.amount]);
  const printed = figures(readDisclosure(text));
  /** The allocation of 重度残疾人护理补贴: persons, standard, months and total. */
  const DISABLED = "辖区内残疾人 175 人，110 元/人，发放\n\n12 个月，共计 23.10 万元";

  it.each<[string, (text: string) => string]>([
    ["每人每月 1000 元", (t) => t.replace(/(\d[\d,.]*)\s*元\s*\/\s*人\s*\/\s*月/g, "每人每月 $1 元")],
    ["1000元/月/人", (t) => t.replace(/(\d[\d,.]*)\s*元\s*\/\s*人\s*\/\s*月/g, "$1元/月/人")],
    ["1000元/人·月", (t) => t.replace(/(\d[\d,.]*)\s*元\s*\/\s*人\s*\/\s*月/g, "$1元/人·月")],
    ["3 名", (t) => t.replace(/(\d+)\s*人/g, "$1名")],
    ["1000 元每人每月", (t) => t.replace(/(\d[\d,.]*)\s*元\s*\/\s*人\s*\/\s*月/g, "$1 元每人每月")],
    ["1000 元/人.月", (t) => t.replace(/(\d[\d,.]*)\s*元\s*\/\s*人\s*\/\s*月/g, "$1 元/人.月")],
    ["3 名保安 (a noun after 名)", (t) => t.replace(/(\d+)\s*个保安/g, "$1 名保安")],
    ["按 14 个月发放", (t) => t.replace(/发放\s*(\d+)\s*个月/g, "按 $1 个月发放")],
    ["the standard before the persons (1000 元/人/月，保安 3 人)", (t) => t.replace(/(\d+) 个保安 (\d+ 元\/人\/月)，/, "$2，保安 $1 人，")],
    ["a product (175 人×110 元×12 个月=23.10 万元)", (t) => t.replace(DISABLED, "175 人×110 元×12 个月=23.10 万元")],
    ["a product with its units (175 人*110 元/人*12 个月=23.10 万元)", (t) => t.replace(DISABLED, "175 人*110 元/人*12 个月=23.10 万元")],
    ["12 个月 with no 发放", (t) => t.replace(DISABLED, "辖区内残疾人 175 人，110 元/人，12 个月，共计 23.10 万元")],
    ["a product with 月 for 个月 (175 人*110 元*12 月=23.10 万元)", (t) => t.replace(DISABLED, "175 人*110 元*12 月=23.10 万元")],
    // A span of months that is who qualifies, not how long they are paid.
    ["a condition before the months paid (1000 元/人/月，在岗满 6 个月的发放 14 个月)", (t) => t.replace(/(\d+ 个保安 \d+ 元\/人\/月，)/, "$1在岗满 6 个月的")],
    ["a condition before the persons (在岗满 6 个月的 3 个保安)", (t) => t.replace(/(\d+) 个保安 (\d+ 元\/人\/月)，/, "在岗满 6 个月的 $1 个保安 $2，")],
    ["a condition before 12 个月 with no 发放 (残疾 6 个月以上 … 12 个月)", (t) => t.replace(DISABLED, "辖区内残疾 6 个月以上的残疾人 175 人，110 元/人，12 个月，共计 23.10 万元")],
  ])("%s: the same subsidies", (_, reword) => {
    const reworded = reword(text);
    expect(reworded).not.toBe(text);
    expect(printed.length).toBeGreaterThan(0);
    expect(figures(readDisclosure(reworded))).toEqual(printed);
  });

  it.each([
    ["175 人×110 元×12 个月=23.10 万元"],
    ["175 人*110 元*12 月=23.10 万元"],
  ])("a product (%s) where no 补贴人数 / 补贴标准 field states them: the same subsidies, and a wrong total found", (product) => {
    const withoutFields = text.replace("补贴人数：175 人", "").replace("补贴标准：110 元/人\n", "\n");
    expect(withoutFields.length).toBe(text.length - "补贴人数：175 人".length - "补贴标准：110 元/人".length);
    const reworded = withoutFields.replace(DISABLED, product);
    expect(figures(readDisclosure(reworded))).toEqual(figures(readDisclosure(withoutFields)));
    const wrong = checkReading(readDisclosure(reworded.replace("=23.10", "=23.01"))).filter((f) => f.rule === "subsidy-total" && f.claimed === "23.01");
    expect(wrong).toEqual([expect.objectContaining({ severity: "error", computed: "23.10" })]);
  });

  it.each([
    ["人均 110 元", "辖区内残疾人 175 人，人均 110 元，发放\n\n12 个月，共计 23.10 万元"],
    ["a total in 元 (共计 231000 元)", "辖区内残疾人 175 人，110 元/人，发放\n\n12 个月，共计 231000 元"],
  ])("%s: the same findings (no standard taken for an amount, no total in 元 read as 万元)", (_, to) => {
    const reworded = text.replace(DISABLED, to);
    expect(reworded).not.toBe(text);
    const messages = (t: string) => checkReading(readDisclosure(t)).map((f) => f.message);
    expect(messages(reworded)).toEqual(messages(text));
  });

  it("a total in 元 that is not the budget is found, in 元 as printed", () => {
    const messages = checkReading(readDisclosure(text.replace(DISABLED, "辖区内残疾人 175 人，110 元/人，发放\n\n12 个月，共计 241000 元"))).map((f) => f.message);
    expect(messages).toContainEqual(expect.stringMatching(/资金分配情况共计 241000 元，预算安排规模为 23\.10 万元$/));
  });

  it("补助人数, 补助标准 where only the fields state the standard (希望街道): the same subsidies", () => {
    const xiwang = readDisclosureText("korla-xiwang-street-2024");
    const stated = figures(readDisclosure(xiwang));
    expect(stated.length).toBeGreaterThan(0);
    expect(figures(readDisclosure(xiwang.replace(/补贴(人数|标准)：/g, "补助$1：")))).toEqual(stated);
  });
});

describe("the same staff figures in other words", () => {
  const text = readDisclosureText("korla-xiwang-street-2024");
  const staffClaims = (reading: Reading) => reading.claims.filter((c) => c.section === "第一部分").map((c) => [c.subject, c.amount, c.change]);
  const printed = readDisclosure(text);

  it.each<[string, (text: string) => string]>([
    ["105 名", (t) => t.replace(/(在职|退休|离休|实有人数)(\s*\d+\s*)人/g, "$1$2名").replace(/(增加|减少)(\s*\d+\s*)人/g, "$1$2名")],
    ["在职人员 / 实有人员", (t) => t.replace(/(在职|退休|离休)(\s*\d)/g, "$1人员$2").replace(/实有人数/g, "实有人员")],
    ["比上年减少", (t) => t.replace(/(人[，,]\s*)(增加|减少)/g, "$1比上年$2")],
    ["现有人员", (t) => t.replace(/实有人数/g, "现有人员")],
    ["a breakdown in brackets before the change", (t) => t.replace(/在职\s*(\d+)\s*人，/, "在职人员 $1 人（其中行政 30 人、事业 75 人），")],
    ["编制2024年部门预算 said before the 编制数", (t) => t.replace(/(\S+编制数)/, "按要求编制2024年部门预算。$1")],
  ])("%s: the same staff and staff claims", (_, reword) => {
    const reworded = reword(text);
    expect(reworded).not.toBe(text);
    const reading = readDisclosure(reworded);
    expect(reading.staff).toEqual(printed.staff);
    expect(staffClaims(reading)).toEqual(staffClaims(printed));
    expect(staffClaims(printed).length).toBeGreaterThan(0);
  });

  it("无离休人员: none retired as cadres", () => {
    const reworded = text.replace(/离休\s*0\s*人，增加\s*0\s*人/, "无离休人员");
    expect(reworded).not.toBe(text);
    const { retired_cadre_change, ...others } = printed.staff;
    expect(retired_cadre_change).toBe(0);
    expect(readDisclosure(reworded).staff).toEqual({ ...others, retired_cadre: 0 });
  });

  it("105 名 in a text without part headings: the same staff claims, under 二、机构设置及人员情况", () => {
    const reworded = text.replace(/^[ \t]*第[一二三四]部分.*$/gm, "").replace(/(在职|退休|离休|实有人数)(\s*\d+\s*)人/g, "$1$2名").replace(/(增加|减少)(\s*\d+\s*)人/g, "$1$2名");
    const claims = readDisclosure(reworded).claims.filter((c) => c.subject.endsWith("（人）"));
    expect(claims.map((c) => c.section)).toEqual(staffClaims(printed).map(() => "二"));
    expect(claims.map((c) => [c.subject, c.amount, c.change])).toEqual(staffClaims(printed));
  });
});

/** What a statement of the reading states, without the text it was read from (which the rewording changes). */
function withoutText<T extends { text?: string }>(statement: T | undefined): Omit<T, "text"> | undefined {
  if (!statement) return undefined;
  const { text: _printed, ...stated } = statement;
  return stated;
}

describe("the same 政府采购 statement in other words", () => {
  const text = readDisclosureText("atushi-xingfu-street-2024");
  const figures = (reading: Reading) => withoutText(reading.procurement);
  const printed = figures(readDisclosure(text));

  it.each<[string, (text: string) => string]>([
    ["政府采购预算总额", (t) => t.replace(/政府采购预算\s*(\d)/, "政府采购预算总额 $1")],
    ["政府采购预算金额共计", (t) => t.replace(/政府采购预算\s*(\d)/, "政府采购预算金额共计 $1")],
    ["货物类、工程类、服务类", (t) => t.replace(/政府采购(货物|工\s*程|服务)预算/g, (_, kind: string) => `${kind}类`)],
    ["货物采购预算", (t) => t.replace(/政府采购(货物|工\s*程|服务)预算/g, "$1采购预算")],
    ["政府采购货物类预算", (t) => t.replace(/政府采购(货物|工\s*程|服务)预算/g, "政府采购$1类预算")],
    ["货物类政府采购预算", (t) => t.replace(/政府采购(货物|工\s*程|服务)预算/g, "$1类政府采购预算")],
    ["货物采购项目预算金额", (t) => t.replace(/政府采购(货物|工\s*程|服务)预算/g, "$1采购项目预算金额")],
    ["预留给中小企业的", (t) => t.replace(/面向中小企业预留政\s*府采购/, "预留给中小企业的政府采购")],
    ["其中预留给小微企业 X 万元", (t) => t.replace(/小微企业预留政府采购\s*项目预算金额/, "其中预留给小微企业")],
    ["其中，面向小微企业预留 X 万元", (t) => t.replace(/小微企业预留政府采购\s*项目预算金额/, "其中，面向小微企业预留")],
    ["其中预留小微企业份额 X 万元", (t) => t.replace(/小微企业预留政府采购\s*项目预算金额/, "其中预留小微企业份额")],
  ])("%s: the same figures", (_, reword) => {
    const reworded = reword(text);
    expect(reworded).not.toBe(text);
    expect(printed).toMatchObject({ total: "733.52", goods: "463.89", works: "97.18", services: "172.45", sme_reserve: "733.52", small_micro_reserve: "733.52" });
    expect(figures(readDisclosure(reworded))).toEqual(printed);
  });
});

describe("the same 预算绩效情况 statement in other words", () => {
  const text = readDisclosureText("atushi-xingfu-street-2024");
  const statement = (reading: Reading) => withoutText(reading.performance_statement);
  const printed = statement(readDisclosure(text));

  it.each<[string, (text: string) => string]>([
    ["纳入绩效目标管理的项目", (t) => t.replace(/当年财政拨款项目\s*(\d+)\s*个/, "纳入绩效目标管理的项目 $1 个")],
    ["实行绩效目标管理的项目…涉及一般公共预算当年财政拨款", (t) => t.replace(/当年财政拨款项目\s*(\d+)\s*个，涉及预\s*算金额/, "实行绩效目标管理的项目 $1 个，涉及一般公共预算当年财政拨款")],
    ["涉及资金", (t) => t.replace(/当年财政拨款项目\s*(\d+)\s*个，涉及预\s*算金额/, "当年财政拨款项目 $1 个，共涉及资金")],
    ["单位整体绩效目标…涉及资金", (t) => t.replace(/整体预算绩效目标 1 个，\s*涉及金额/, "单位整体绩效目标 1 个，涉及资金")],
  ])("%s: the same projects and amount", (_, reword) => {
    const reworded = reword(text);
    expect(reworded).not.toBe(text);
    expect(printed).toMatchObject({ projects: 15, amount: "1235.53", overall: { targets: 1, amount: "4686.81" } });
    expect(statement(readDisclosure(reworded))).toEqual(printed);
  });

  it("projects counted in 项 (“当年财政拨款项目 9 项”, “…项目 2 项，涉及金额 4.30 万元，…不予公开”): the same statement (希望街道)", () => {
    const xiwang = readDisclosureText("korla-xiwang-street-2024");
    const figures = (reading: Reading) => {
      const { section, projects, amount, withheld } = reading.performance_statement!;
      return { section, projects, amount, withheld: withheld.map((w) => [w.projects, w.amount]) };
    };
    const counted = figures(readDisclosure(xiwang));
    expect(counted).toEqual({ section: "十二(四)", projects: 9, amount: "88.35", withheld: [[1, "3"], [2, "4.30"]] });
    const reworded = xiwang.replace(/(项\s*目\s*\d+\s*)个/g, "$1项");
    expect(reworded.match(/项\s*目\s*\d+\s*项/g)).toHaveLength(4);
    expect(figures(readDisclosure(reworded))).toEqual(counted);
  });
});

describe("the vehicles held, in other words", () => {
  const text = readDisclosureText("atushi-xingfu-street-2024");
  const printed = readDisclosure(text).vehicles;

  it.each<[string, (text: string) => string]>([
    ["车辆共 3 辆", (t) => t.replace(/车辆\s*(\d+)\s*辆，价值/, "车辆共 $1 辆，价值")],
    ["车辆合计 3 辆", (t) => t.replace(/车辆\s*(\d+)\s*辆，价值/, "车辆合计 $1 辆，价值")],
  ])("%s: the same count and parts", (_, reword) => {
    const reworded = reword(text);
    expect(reworded).not.toBe(text);
    expect(printed).toMatchObject({ section: "十二(三)", count: 3, parts: [{ count: 0 }, { count: 0 }, { count: 3 }] });
    expect(withoutText(readDisclosure(reworded).vehicles)).toEqual(withoutText(printed));
  });
});
