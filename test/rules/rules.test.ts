/**
 * Each rule on real fixtures: what it reports on the shared disclosures, and that it catches an
 * error planted in a copy of a clean reading, at the planted cell.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import type { ColumnTable, IncomeExpenseTable, KeyedRow, Reading } from "../../src/reader/types";
import { buildWorkbook } from "../../src/layout/build-workbook";
import { checkReading } from "../../src/rules/check";
import { RULES } from "../../src/rules/registry";
import { excerpt } from "../../src/rules/labels";
import type { Finding, Rule } from "../../src/rules/types";
import { readDisclosureText } from "../shared-data";

const readings = new Map<string, Reading>();
function reading(name: string): Reading {
  if (!readings.has(name)) readings.set(name, readDisclosure(readDisclosureText(name)));
  return structuredClone(readings.get(name)!);
}
/** A text read with one printed passage changed (the passage must be in it). */
function readPlanted(text: string, from: string | RegExp, to: string): Reading {
  const changed = text.replace(from, to);
  expect(changed, String(from)).not.toBe(text);
  return readDisclosure(changed);
}
const rule = (id: string): Rule => RULES.find((r) => r.meta.id === id)!;
const run = (id: string, r: Reading): Finding[] => rule(id).check(r);
const table = (r: Reading, id: "2" | "3" | "5" | "6" | "7" | "8" | "10" | "11") => r.tables[id] as ColumnTable;
const row = (r: Reading, id: "2" | "3" | "5" | "6", code: string) => table(r, id).rows.find((x) => x.code === code)!;

describe("the registry", () => {
  it("lists every rule once, each with its meta in Chinese and English", () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.meta.description.zh).toMatch(/\p{Script=Han}/u);
      expect(r.meta.description.en).toMatch(/[a-z]/);
      expect(["error", "warning", "rounding", "info"]).toContain(r.meta.severity);
    }
  });
  it("checkReading puts errors first", () => {
    const findings = checkReading(reading("korla-etdz-social-affairs-2024"));
    const order = findings.map((f) => ["error", "warning", "rounding", "info"].indexOf(f.severity));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe("table-row-total", () => {
  it("is quiet where rows add up (阿图什)", () => {
    expect(run("table-row-total", reading("atushi-xingfu-street-2024"))).toEqual([]);
  });
  it("finds a row whose total is not the sum of its parts, at that cell", () => {
    const r = reading("atushi-xingfu-street-2024");
    row(r, "3", "2010301").basic = "1010.25";
    const [finding] = run("table-row-total", r);
    expect(finding).toMatchObject({ severity: "error", table: "3", code: "2010301", column: "total", claimed: "1175.15", computed: "1175.25" });
  });
  it("points at a part whose decimal point moved (库尔勒经开区 表2 173.542)", () => {
    const findings = run("table-row-total", reading("korla-etdz-social-affairs-2024"));
    expect(findings).toContainEqual(expect.objectContaining({ kind: "format", table: "2", code: "201", column: "fiscal_subtotal", claimed: "173.542", computed: "1735.42" }));
  });
  it("says a total stands over blank parts where none of them is printed (库尔勒经开区 表7 fills only 项目支出合计)", () => {
    const findings = run("table-row-total", reading("korla-etdz-social-affairs-2024")).filter((f) => f.table === "7");
    const projects = table(reading("korla-etdz-social-affairs-2024"), "7").rows.filter((x) => x.project).map((x) => `${x.code} ${x.project}`);
    expect(projects).toHaveLength(6);
    expect(findings.map((f) => f.row)).toEqual([...projects, "合计"]);
    expect(findings[0]).toMatchObject({ column: "total", claimed: "6", computed: "0" });
    expect(findings[0].message).toBe("表7 2013999 情报信息费：合计 6，但各分项（工资福利支出、商品和服务支出、对个人和家庭的补助、债务利息及费用支出、资本性支出（基本建设）、资本性支出、对企业补助（基本建设）、对企业补助、对社会保障基金补助、其他支出）均未填列");
    // Where some parts are printed, the sum is spelt out as before.
    const r = reading("atushi-xingfu-street-2024");
    row(r, "3", "2010301").basic = "1010.25";
    expect(run("table-row-total", r)[0].message).toBe("表3 2010301：合计 1175.15 应等于 基本支出 + 项目支出 = 1175.25，相差 -0.10");
  });
});

describe("table-tree-sum", () => {
  it("reports 希望街道 表6 302 as rounding: 40.24 printed, its rows add up to 40.25", () => {
    const findings = run("table-tree-sum", reading("korla-xiwang-street-2024"));
    expect(findings).toContainEqual(expect.objectContaining({ severity: "rounding", table: "6", code: "302", column: "total", claimed: "40.24", computed: "40.25" }));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });
  it("finds a 款 that is not the sum of its 项", () => {
    const r = reading("atushi-xingfu-street-2024");
    row(r, "5", "2081901").total = "291.41";
    row(r, "5", "2081901").basic = undefined;
    row(r, "5", "2081901").project = "291.41";
    const findings = run("table-tree-sum", r).filter((f) => f.code === "20819");
    expect(findings.map((f) => f.column).sort()).toEqual(["project", "total"]);
    expect(findings[0].severity).toBe("error");
  });
  it("finds the total row that is not the sum of the classes", () => {
    const r = reading("atushi-xingfu-street-2024");
    table(r, "6").total_row!.personnel = "3155.78";
    expect(run("table-tree-sum", r)).toContainEqual(expect.objectContaining({ table: "6", code: "合计", column: "personnel", claimed: "3155.78", computed: "3154.78" }));
  });
  it("表11 (希望街道): its unit's row heads the projects under it, also where it prints the unit's name shorter than the title does", () => {
    const text = readDisclosureText("korla-xiwang-street-2024");
    const unitRow = /^库尔勒市希望街道办事处 3\.00 3\.00 3\.00$/m;
    expect(run("table-tree-sum", reading("korla-xiwang-street-2024")).filter((f) => f.table === "11")).toEqual([]);
    const shorter = readPlanted(text, unitRow, "希望街道办事处 3.00 3.00 3.00");
    expect(run("table-tree-sum", shorter).filter((f) => f.table === "11")).toEqual([]);
    // …and a unit row that is not the sum of its projects is still found.
    const wrong = readPlanted(text, unitRow, "希望街道办事处 4.00 4.00 4.00");
    expect(run("table-tree-sum", wrong).filter((f) => f.table === "11").map((f) => [f.row, f.claimed, f.computed])).toContainEqual(["希望街道办事处", "4.00", "3.00"]);
  });
  const threePublic = (r: Reading, key: string) => (table(r, "10").rows as KeyedRow[]).find((x) => x.key === key)!;
  it("is quiet on 表10 where its rows add up (every shared disclosure)", () => {
    for (const name of ["atushi-xingfu-street-2024", "korla-etdz-social-affairs-2024", "korla-xiwang-street-2024", "shanghai-putuo-wanli-2025"]) {
      expect(run("table-tree-sum", reading(name)).filter((f) => f.table === "10")).toEqual([]);
    }
  });
  it("finds 表10 公务用车购置及运行费 that is not 购置费 + 运行费, in every column (希望街道)", () => {
    const r = reading("korla-xiwang-street-2024");
    threePublic(r, "vehicle_operation").total = "5.50";
    threePublic(r, "vehicle_operation").general = "5.50";
    const findings = run("table-tree-sum", r).filter((f) => f.table === "10");
    expect(findings.map((f) => [f.row, f.column, f.claimed, f.computed, f.severity])).toEqual([
      ["公务用车购置及运行费（小计）", "total", "5.60", "5.50", "error"],
      ["公务用车购置及运行费（小计）", "general", "5.60", "5.50", "error"],
    ]);
    expect(findings[0].message).toContain("应等于公务用车购置费、公务用车运行费之和 5.50");
  });
  it("finds 表10 合计 that is not 因公出国 + 公务接待 + 公务用车, in the Shanghai one-row table (万里街道)", () => {
    const r = reading("shanghai-putuo-wanli-2025");
    threePublic(r, "reception").total = "1.45";
    const findings = run("table-tree-sum", r).filter((f) => f.table === "10");
    expect(findings).toEqual([expect.objectContaining({ row: "合计", column: "total", claimed: "37.91", computed: "38.01", severity: "error" })]);
  });
});

describe("income-expense-balance", () => {
  it("is quiet on a balanced 表1 and 表4", () => {
    expect(run("income-expense-balance", reading("atushi-xingfu-street-2024"))).toEqual([]);
  });
  it("finds 库尔勒经开区 表4's blank 收入总计", () => {
    expect(run("income-expense-balance", reading("korla-etdz-social-affairs-2024"))).toContainEqual(
      expect.objectContaining({ severity: "error", table: "4", claimed: "", computed: "1863.61" }),
    );
  });
  it("finds an income block that does not add up", () => {
    const r = reading("atushi-xingfu-street-2024");
    (r.tables["1"] as IncomeExpenseTable).income.find((l) => l.key === "general_own")!.amount = "3632.39";
    expect(run("income-expense-balance", r)).toContainEqual(expect.objectContaining({ table: "1", row: "1.一般公共预算拨款", claimed: "4015.30", computed: "4024.30" }));
  });
});

describe("cross-table", () => {
  it("is quiet where the tables agree (阿图什, 希望街道)", () => {
    expect(run("cross-table", reading("atushi-xingfu-street-2024"))).toEqual([]);
    expect(run("cross-table", reading("korla-xiwang-street-2024"))).toEqual([]);
  });
  it("finds 表5 基本支出 missing against 表6 (库尔勒经开区)", () => {
    expect(run("cross-table", reading("korla-etdz-social-affairs-2024"))).toContainEqual(
      expect.objectContaining({ table: "5", column: "basic", claimed: "", computed: "1615.76" }),
    );
  });
  it("finds a class that differs between 表1 and 表3", () => {
    const r = reading("atushi-xingfu-street-2024");
    (r.tables["1"] as IncomeExpenseTable).expense.find((e) => e.code === "210")!.amount = "1661.39";
    expect(run("cross-table", r)).toContainEqual(expect.objectContaining({ table: "1", code: "210", claimed: "1661.39", computed: "1616.39" }));
  });
  it("flags the table whose own sums fail: a misprinted 表1 income line, not 表2's total (阿图什, read from the text)", () => {
    // 表1 其中：一般财力 misprinted: 表1's block 1.一般公共预算拨款 no longer adds up, 表2's 合计 still does.
    const ownLine = readPlanted(readDisclosureText("atushi-xingfu-street-2024"), "其中：一般财力 3,623.39", "其中：一般财力 3,263.39");
    expect(run("cross-table", ownLine)).toEqual([
      expect.objectContaining({ table: "1", code: "general_own", claimed: "3263.39", computed: "3623.39" }),
    ]);
    // 表2's 合计 misprinted instead: its classes no longer add up to it, and the finding stays at 表2.
    const r = reading("atushi-xingfu-street-2024");
    table(r, "2").total_row!.general = "3263.39";
    expect(run("cross-table", r)).toContainEqual(expect.objectContaining({ table: "2", code: "合计", column: "general", claimed: "3263.39", computed: "3623.39" }));
  });
  const table10Findings = (r: Reading) => run("cross-table", r).filter((f) => f.table === "10");
  it("finds 表10's 三公 rows agreeing with 表6's lines for them in every shared disclosure", () => {
    for (const name of ["atushi-xingfu-street-2024", "korla-etdz-social-affairs-2024", "korla-xiwang-street-2024", "shanghai-putuo-wanli-2025"]) {
      expect(table10Findings(reading(name)), name).toEqual([]);
    }
  });
  it("calls 表10 公务接待费 below 表6 30217 an error, above it a question (库尔勒经开区)", () => {
    const less = reading("korla-etdz-social-affairs-2024");
    (table(less, "10").rows as KeyedRow[]).find((x) => x.key === "reception")!.total = "0.50";
    expect(table10Findings(less)).toEqual([expect.objectContaining({ severity: "error", row: "公务接待费", column: "total", claimed: "0.50", computed: "0.92" })]);
    const more = reading("korla-etdz-social-affairs-2024");
    (table(more, "10").rows as KeyedRow[]).find((x) => x.key === "reception")!.total = "1.50";
    const [finding] = table10Findings(more);
    expect(finding).toMatchObject({ severity: "warning", row: "公务接待费", claimed: "1.50", computed: "0.92" });
    expect(finding.message).toContain("其余 0.58 应在项目支出中");
  });
  it("compares 表6 in 元 with 表10 in 万元 exactly, telling rounding apart (万里街道)", () => {
    const r = reading("shanghai-putuo-wanli-2025");
    row(r, "6", "30217").total = "13456";
    expect(table10Findings(r)).toEqual([expect.objectContaining({ severity: "rounding", row: "公务接待费", claimed: "1.35" })]);
    row(r, "6", "30231").total = "315600";
    expect(table10Findings(r)).toContainEqual(expect.objectContaining({ severity: "error", row: "公务用车运行费", claimed: "21.56", computed: "31.56" }));
  });
});

describe("narrative-share and narrative-change", () => {
  it("tell rounding from error (阿图什 二: 4.22% balancing, 40.62% half-cent)", () => {
    const r = reading("atushi-xingfu-street-2024");
    expect(run("narrative-share", r)).toEqual([expect.objectContaining({ severity: "rounding", section: "二", claimed: "4.22", computed: "4.21" })]);
    expect(run("narrative-change", r)).toEqual([expect.objectContaining({ severity: "rounding", section: "二", claimed: "40.62", computed: "40.63" })]);
  });
  it("find 库尔勒经开区's share of 100% that is 0.32%", () => {
    expect(run("narrative-share", reading("korla-etdz-social-affairs-2024"))).toContainEqual(
      expect.objectContaining({ severity: "error", section: "二", claimed: "100", computed: "0.32" }),
    );
  });
  describe("a share that names its base is of that base (希望街道 三: 基本支出 1,255.41 of 支出预算 1,346.76)", () => {
    const text = readDisclosureText("korla-xiwang-street-2024");
    const AFTER_BASIC = "所以 2024 年基本支出预算较上年增加。";
    // 表6: 人员经费 1,215.17 and 公用经费 40.24 of 基本支出 1,255.41, 96.79% and 3.21%.
    const shares = (changed: string) =>
      run("narrative-share", readDisclosure(changed)).map((f) => [f.severity, f.section, f.row, f.claimed, f.computed, f.message]);

    it("in a sentence of its own or in a bracket after the base: of the section's 基本支出, not of its total", () => {
      expect(text).toContain(AFTER_BASIC);
      const parts = (personnel: string) =>
        text.replace(AFTER_BASIC, `${AFTER_BASIC}其中：人员经费 1,215.17 万元，占基本支出的 ${personnel}%；公用经费 40.24 万元，占基本支出的比重为 3.21%。`);
      expect(shares(parts("96.79"))).toEqual([]);
      expect(shares(parts("95.79"))).toEqual([
        ["error", "三", "人员经费", "95.79", "96.79", "第三部分 三：人员经费 1215.17 万元占 95.79%，按 1215.17 ÷ 1255.41（基本支出） 应为 96.79%"],
      ]);
      const bracket = text.replace("基本支出 1,255.41 万元，占 93.22%，", "基本支出 1,255.41 万元，占 93.22%（其中人员经费 1,215.17 万元，占基本支出的 96.79%），");
      expect(shares(bracket)).toEqual([]);
      // The shares of the section's total are still of it.
      expect(shares(bracket.replace("占 93.22%", "占 92.32%"))).toEqual([
        ["error", "三", "基本支出", "92.32", "93.22", "第三部分 三：基本支出 1255.41 万元占 92.32%，按 1255.41 ÷ 1346.76 应为 93.22%"],
      ]);
    });

    it("a base the section states no amount for and no total fits: the table figure it names (五(二): 表5 合计 1,343.76)", () => {
      const CLASS = "1、一般公共服务支出（类）937.04 万元，占 69.73%。";
      expect(text).toContain(CLASS);
      // (Where the name gives no one figure, "一般公共预算拨款" being two income lines of 表1, the section's other shares' total.)
      for (const base of ["一般公共预算支出", "当年一般公共预算拨款支出总额", "一般公共预算拨款"]) {
        const named = (pct: string) => text.replace(CLASS, `1、一般公共服务支出（类）937.04 万元，占${base}的 ${pct}%。`);
        expect(shares(named("69.73")), base).toEqual([]);
        expect(shares(named("69.37")), base).toEqual([
          ["error", "五(二)", "一般公共服务支出（类）", "69.37", "69.73", `第三部分 五(二)：一般公共服务支出（类） 937.04 万元占 69.37%，按 937.04 ÷ 1343.76（${base}） 应为 69.73%`],
        ]);
      }
    });

    it("the reserve's share of 政府采购 and 小微企业's of the reserve (十二(二): 48.05 of 48.05)", () => {
      const RESERVE = "额 48.05 万元，小微企业预留政府采购项目预算金额 48.05 万元。";
      expect(text).toContain(RESERVE);
      const reserve = (pct: string, small: string, smallPct: string) =>
        text.replace(RESERVE, `额 48.05 万元，占政府采购项目预算总额的 ${pct}%，其中，预留给小微企业 ${small} 万元，占预留份额的 ${smallPct}%。`);
      expect(shares(reserve("100", "48.05", "100"))).toEqual([]);
      expect(shares(reserve("90", "40.05", "83.35"))).toEqual([
        ["error", "十二(二)", "库尔勒市希望街道办事处面向中小企业预留政府采购项目", "90", "100.00", expect.stringContaining("按 48.05 ÷ 48.05（政府采购项目预算总额） 应为 100.00%")],
      ]);
      expect(shares(reserve("100", "40.05", "73"))).toEqual([
        ["error", "十二(二)", "预留给小微企业", "73", "83.35", expect.stringContaining("按 40.05 ÷ 48.05（预留份额） 应为 83.35%")],
      ]);
    });
  });
  it("accept 增长 100% for new items, and find a wrong change %", () => {
    const r = reading("atushi-xingfu-street-2024");
    expect(r.claims.some((c) => c.change_pct === "100.00" && c.change === c.amount)).toBe(true);
    const claim = r.claims.find((c) => c.change_pct === "-12.59")!;
    claim.change_pct = "-11.59";
    expect(run("narrative-change", r)).toContainEqual(expect.objectContaining({ severity: "error", section: claim.section, claimed: "-11.59", computed: "-12.59" }));
  });
  it("a rate that fits the table's amount is right where the amount printed beside it is wrong (希望街道 机关运行经费 40.24, 减少 10.34, 下降 20.44%)", () => {
    const text = readDisclosureText("korla-xiwang-street-2024");
    const PRINTED = /机关运行经费财政拨款预算 40\.24 万\s*元，比上年预算减少 10\.34 万元，下降 20\.44%/;
    const planted = (amount: string, pct: string) => checkReading(readPlanted(text, PRINTED, `机关运行经费财政拨款预算 ${amount} 万元，比上年预算减少 10.34 万元，下降 ${pct}%`)).filter((f) => f.section === "十二(一)");
    // 40.42 + 10.34 = 50.76 would give −20.37%: the amount is what is wrong, and said once.
    expect(planted("40.42", "20.44").map((f) => [f.rule, f.claimed, f.computed])).toEqual([["narrative-amount", "40.42", "40.24"]]);
    expect(planted("40.24", "21.44").map((f) => [f.rule, f.claimed, f.computed])).toEqual([["narrative-change", "-21.44", "-20.44"]]);
  });
  it("a figure of last year stated beside the amount is its last year (希望街道 五(三) 1: 代表工作 2.77, 上年 2.00, 增加 0.77, 38.50%)", () => {
    const text = readDisclosureText("korla-xiwang-street-2024");
    const PRINTED = /2024 年预\s*算数为 2\.77 万元，比上年预算增加 0\.77 万元，增长 38\.50%。/;
    const planted = (words: string) => {
      const r = readPlanted(text, PRINTED, `2024年预算数为2.77万元，${words}。`);
      const findings = checkReading(r).filter((f) => f.section === "五(三)" && f.rule !== "narrative-totals");
      return { claim: r.claims.find((c) => c.subject.endsWith("代表工作（项）")), found: findings.map((f) => [f.rule, f.row, f.claimed, f.computed]) };
    };
    for (const words of ["上年预算数为2.00万元，比上年增加0.77万元，增长38.50%", "2023年预算数2.00万元，增加0.77万元，同比增长38.5%", "较上年预算数2.00万元增加0.77万元，增长38.50%"]) {
      const { claim, found } = planted(words);
      expect(claim, words).toMatchObject({ amount: "2.77", last_year: "2.00", change: "0.77" });
      expect(found, words).toEqual([]);
    }
    // Last year's figure first, this year's next: one claim, of the item.
    const first = (lastYear: string, thisYear: string, amount: string) => {
      const read = readPlanted(text, PRINTED, `${lastYear}2.00万元，${thisYear}${amount}万元，增加0.77万元，增长38.50%。`);
      return {
        claim: read.claims.find((c) => c.subject.endsWith("代表工作（项）")),
        found: checkReading(read).filter((f) => f.section === "五(三)" && f.rule !== "narrative-totals").map((f) => [f.rule, f.claimed, f.computed]),
        // The sum of the items' changes (195.99 against 196.00, rounding) takes this item's.
        totals: run("narrative-totals", read).map((f) => [f.severity, f.claimed, f.computed]),
      };
    };
    const totalsAsPrinted = run("narrative-totals", reading("korla-xiwang-street-2024")).map((f) => [f.severity, f.claimed, f.computed]);
    for (const [lastYear, thisYear] of [["上年预算数为", "本年预算数为"], ["2023年预算数为", "2024年预算数为"]]) {
      expect(first(lastYear, thisYear, "2.77").claim, lastYear).toMatchObject({ amount: "2.77", last_year: "2.00", change: "0.77", change_pct: "38.50" });
      expect(first(lastYear, thisYear, "2.77").found, lastYear).toEqual([]);
      expect(first(lastYear, thisYear, "2.77").totals, lastYear).toEqual(totalsAsPrinted);
      // This year's amount misprinted: the amount's error (the change fits the table's 2.77), said once.
      expect(first(lastYear, thisYear, "2.87").found, lastYear).toEqual([["narrative-amount", "2.87", "2.77"]]);
    }
    // Last year's figure misprinted: the change does not follow from it.
    expect(planted("2023年预算数为2.10万元，比上年增加0.77万元，增长38.50%").found).toEqual([["narrative-change", expect.stringContaining("代表工作"), "0.77", "0.67"]]);
    // The change misprinted: said once, as the change (the rate is right for last year's 2.00).
    expect(planted("较上年预算数2.00万元增加0.87万元，增长38.50%").found).toEqual([["narrative-change", expect.stringContaining("代表工作"), "0.87", "0.77"]]);
    // Only last year's figure and the rate: the change is this year's less last year's.
    expect(planted("上年预算数为2.00万元，增长36.50%").found).toEqual([["narrative-change", expect.stringContaining("代表工作"), "36.50", "38.50"]]);
  });
  it("warns when the direction word contradicts the change", () => {
    const r = reading("atushi-xingfu-street-2024");
    const claim = r.claims.find((c) => c.change_pct === "-12.59")!;
    claim.change_pct = "12.59";
    expect(run("narrative-change", r)).toContainEqual(expect.objectContaining({ severity: "warning", claimed: "12.59" }));
  });
});

describe("subsidy-total", () => {
  it("finds 阿图什's 城市低保 and 农村低保 totals, saying which months it assumed", () => {
    const findings = run("subsidy-total", reading("atushi-xingfu-street-2024"));
    expect(findings.map((f) => [f.claimed, f.computed])).toEqual([["291.14", "290.46"], ["34.85", "34.31"]]);
    expect(findings[0].message).toContain("未写明月数，按 12 个月计");
  });
  it("accepts subsidies that add up (保安 3 × 1000 × 14 = 4.20)", () => {
    const findings = run("subsidy-total", reading("atushi-xingfu-street-2024"));
    expect(findings.some((f) => f.claimed === "4.20")).toBe(false);
  });
  it("states a yearly standard without months, and tries no months instead (175 人，每人每年 1320 元)", () => {
    const DISABLED = "辖区内残疾人 175 人，110 元/人，发放\n\n12 个月，共计 23.10 万元";
    const text = readDisclosureText("atushi-xingfu-street-2024");
    expect(text).toContain(DISABLED);
    const yearly = (total: string) => run("subsidy-total", readDisclosure(text.replace(DISABLED, `辖区内残疾人 175 人，每人每年 1320 元，共计 ${total} 万元`)));
    expect(yearly("23.10").some((f) => f.claimed === "23.10")).toBe(false);
    const wrong = yearly("23.01").filter((f) => f.claimed === "23.01");
    expect(wrong).toEqual([expect.objectContaining({ severity: "error", computed: "23.10" })]);
    expect(wrong[0].message).toMatch(/：175 人 × 1320 元\/年 = 23\.10 万元，印 23\.01 万元，相差 -0\.09 万元$/);
    expect(wrong[0].message_en).toMatch(/175 × 1320 元 a year = 23\.10 万元, printed 23\.01$/);
  });
});

describe("staff-total", () => {
  it("is quiet when 实有 = 在职 + 退休 + 离休, and finds the sum that is off", () => {
    const r = reading("atushi-xingfu-street-2024");
    expect(run("staff-total", r)).toEqual([]);
    r.staff.retired = 56;
    expect(run("staff-total", r)).toEqual([expect.objectContaining({ claimed: "254", computed: "255" })]);
  });
});

describe("table-completeness", () => {
  it("finds 库尔勒经开区's missing 表8 and no other", () => {
    expect(run("table-completeness", reading("korla-etdz-social-affairs-2024"))).toEqual([expect.objectContaining({ severity: "error", table: "8" })]);
  });
  describe("an empty table's note in other words (希望街道 表8: “…政府性基金预算支出情况表为空表。”)", () => {
    const xiwang = readDisclosureText("korla-xiwang-street-2024");
    const printed = /库尔勒市希望街道办事处 2024 年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表\s*为空表。/;
    it.each(["注：本表无数据。", "此表为空。", "说明：本单位无政府性基金预算拨款安排的支出，该表没有数据。"])("%s: the note, and no finding", (note) => {
      const planted = readPlanted(xiwang, printed, note);
      expect(planted.tables["8"]).toEqual({ ...reading("korla-xiwang-street-2024").tables["8"], note });
      expect(run("table-completeness", planted)).toEqual([]);
    });
    it("without any note: said so", () => {
      expect(run("table-completeness", readPlanted(xiwang, printed, ""))).toEqual([expect.objectContaining({ severity: "info", table: "8" })]);
    });
  });
});

describe("code-consistency", () => {
  it("reports 阿图什 表4 234 named differently from 表1", () => {
    expect(run("code-consistency", reading("atushi-xingfu-street-2024"))).toEqual([
      expect.objectContaining({ severity: "warning", table: "4", code: "234", claimed: "抗疫特别国债还本支出" }),
    ]);
  });
  it("reports garbled codes as errors and lost leading zeros as warnings (库尔勒经开区)", () => {
    const findings = run("code-consistency", reading("korla-etdz-social-affairs-2024"));
    expect(findings).toContainEqual(expect.objectContaining({ severity: "error", table: "2", code: "2013950", claimed: "20 3 5" }));
    expect(findings).toContainEqual(expect.objectContaining({ severity: "warning", table: "6", code: "30101", claimed: "301 1" }));
    expect(findings).toContainEqual(expect.objectContaining({ severity: "warning", table: "2", code: "2230105", claimed: "国有企业退休人员社会化管理支出" }));
  });
  it("names the project of each 表7 row whose code is garbled, and flags each on its own row (库尔勒经开区 prints “201 3 9” six times)", () => {
    const r = reading("korla-etdz-social-affairs-2024");
    const projects = table(r, "7").rows.filter((x) => x.code === "2013999" && x.project).map((x) => x.project);
    expect(projects).toHaveLength(6);
    const findings = run("code-consistency", r).filter((f) => f.table === "7");
    // Each is named as the arithmetic findings name a 表7 row: its code and project.
    expect(findings.map((f) => f.row)).toEqual(projects.map((p) => `2013999 ${p}`));
    for (const f of findings) expect(f.message.startsWith(`表7 ${f.row}：科目编码印作“201 3 9”（其他社会工作事务支出）`), f.message).toBe(true);
    expect(table(r, "7").notes?.filter((n) => n.includes("201 3 9")).map((n) => n.match(/项目“(.+?)”）/)?.[1])).toEqual(projects);
    const sheet = buildWorkbook(r, findings).sheets.find((s) => s.key === "table-7")!;
    const flaggedRows = sheet.rows.filter((cells) => cells.some((cell) => cell.flag?.note?.includes("201 3 9")));
    expect(flaggedRows.map((cells) => projects.find((p) => cells.some((cell) => cell.value === p)))).toEqual(projects);
  });
});

describe("figure-format", () => {
  it("finds 希望街道's 人大代表履职补助 0.29 元 (万元 meant)", () => {
    expect(run("figure-format", reading("korla-xiwang-street-2024"))).toEqual([expect.objectContaining({ severity: "warning", claimed: "0.29 元", computed: "0.29 万元" })]);
  });
  it("finds three-decimal figures in a 万元 table, and a table printed without its name column", () => {
    const findings = run("figure-format", reading("korla-etdz-social-affairs-2024"));
    expect(findings.filter((f) => f.column).map((f) => f.claimed)).toEqual(["173.542", "173.542", "149.345"]);
    expect(findings).toContainEqual(expect.objectContaining({ table: "5", claimed: "没有科目名称列" }));
  });
  it("finds a table whose head states no money unit, and only that one (希望街道 表1 without its 单位：万元)", () => {
    const planted = readPlanted(readDisclosureText("korla-xiwang-street-2024"), /^(编制部门：\S+) 单位：万元$/m, "$1");
    expect(planted.tables["1"]!.unit).toBeUndefined();
    const unstated = run("figure-format", planted).filter((f) => f.claimed === "未注明金额单位");
    expect(unstated).toEqual([expect.objectContaining({ severity: "warning", table: "1" })]);
    expect(unstated[0].message).toContain("表1 的表头没有注明金额单位");
    // With no table stating its unit, every table with figures is found; the empty 表8 and 表9 have no amounts in doubt.
    const none = readPlanted(readDisclosureText("korla-xiwang-street-2024"), /^(\s*编制部门：\S+) 单位：万元$/gm, "$1");
    const tables = run("figure-format", none).filter((f) => f.claimed === "未注明金额单位").map((f) => f.table);
    expect(tables).toEqual(["1", "2", "3", "4", "5", "6", "7", "10", "11"]);
  });
  it("checks a table whose head states no unit in the unit the others state, losing none of its findings (经开区 表2 without its 单位：万元)", () => {
    const text = readDisclosureText("korla-etdz-social-affairs-2024");
    const planted = readPlanted(text, /(单位收入总体情况表\n\n编制单位：\S+\n\n)单位：万元\n/, "$1");
    expect(planted.tables["2"]!.unit).toBeUndefined();
    const original = checkReading(reading("korla-etdz-social-affairs-2024"));
    const found = checkReading(planted);
    // 表2's three-decimal 财政拨款小计 and its 一般公共预算 against 表4 (201, 208, 210) are still found, said as assumed.
    const of2 = (findings: Finding[]) => findings.filter((f) => f.table === "2" || f.message.includes("表2")).map((f) => [f.rule, f.code, f.column, f.claimed]);
    expect(of2(found).filter((f) => !(f[0] === "figure-format" && f[3] === "未注明金额单位"))).toEqual(of2(original));
    expect(of2(original).filter(([rule]) => rule === "cross-table").length).toBeGreaterThanOrEqual(4);
    const unstated = found.find((f) => f.claimed === "未注明金额单位")!;
    expect(unstated.message).toContain("已按其他各表注明的万元与各表核对");
    expect(found.find((f) => f.rule === "figure-format" && f.claimed === "173.542")!.message).toContain("（表头未注明单位，按其他各表的万元计）");
    // With no unit stated anywhere, nothing is assumed.
    const none = readPlanted(readDisclosureText("korla-xiwang-street-2024"), /^(\s*编制部门：\S+) 单位：万元$/gm, "$1");
    expect(run("figure-format", none).find((f) => f.claimed === "未注明金额单位")!.message).not.toContain("已按");
  });
  it("names a 表7 row by its project, several projects sharing a code", () => {
    const text = readDisclosureText("korla-etdz-social-affairs-2024");
    const planted = readPlanted(text, /(东湖社区租赁费\t)60\.97\t/, "$160.975\t");
    const findings = run("figure-format", planted).filter((f) => f.table === "7");
    expect(findings).toEqual([expect.objectContaining({ code: "2013999", row: "2013999 东湖社区租赁费", column: "total", claimed: "60.975" })]);
    expect(findings[0].message).toMatch(/^表7 2013999 东湖社区租赁费：合计 印作 60\.975/);
    const sheet = buildWorkbook(planted, findings).sheets.find((s) => s.key === "table-7")!;
    const flagged = sheet.rows.filter((cells) => cells.some((cell) => cell.flag));
    expect(flagged).toHaveLength(1);
    expect(flagged[0].some((cell) => cell.value === "东湖社区租赁费")).toBe(true);
  });
});

describe("narrative-amount", () => {
  describe("an item marked by its code after the class's and 款's marks or codes (万里 四 12: 行政单位离退休, 25.93 万元)", () => {
    const PRINTED = "“社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）”科目25.93万元";
    it.each([
      ["社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（2080501）"],
      ["社会保障和就业支出（208）行政事业单位养老支出（20805）行政单位离退休（2080501）"],
      ["“社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）（2080501）”科目"],
    ])("%s: checked against the item, not its 款 (表5 20805 has five items)", (subject) => {
      const text = readDisclosureText("shanghai-putuo-wanli-2025");
      expect(text).toContain(PRINTED);
      const reworded = text.replace(PRINTED, `${subject}25.93万元`);
      expect(run("narrative-amount", readDisclosure(reworded))).toEqual([]);
      const planted = run("narrative-amount", readDisclosure(reworded.replace(`${subject}25.93万元`, `${subject}25.39万元`)));
      expect(planted).toEqual([
        expect.objectContaining({ severity: "error", claimed: "25.39", computed: "25.93", message: expect.stringMatching(/，表5 2080501 行政单位离退休为 25\.93 万元$/) }),
      ]);
      const misprinted = run("narrative-amount", readDisclosure(reworded.replace(`${subject}25.93万元`, `${subject.replace("2080501", "2080509")}25.93万元`)));
      expect(misprinted).toEqual([expect.objectContaining({ severity: "warning", claimed: "2080509", computed: "2080501" })]);
    });
  });

  describe("a part listed under an amount is checked as a part of it (经开区)", () => {
    const text = readDisclosureText("korla-etdz-social-affairs-2024");
    const HOUSING = "住房保障支出 104.33 万元，主要用于缴纳在职人员住房公积金。";
    const PROJECTS = "项目支出 247.85 万元，占 13.30%，";
    const THREE_PUBLIC = /财政拨款“三公”经费数为 0\.92 万元，其中：[^。]+。/;
    const amounts = (changed: string) => run("narrative-amount", readDisclosure(changed)).map((f) => [f.severity, f.row, f.claimed, f.computed, f.message]);

    it("基本支出 and 项目支出 of a class: the class's row in 表5 (221: 104.33 basic, no project), not the tables' totals", () => {
      expect(text).toContain(HOUSING);
      const parts = (basic: string, project: string) => text.replace(HOUSING, `住房保障支出 104.33 万元，其中：基本支出 ${basic} 万元，项目支出 ${project} 万元，主要用于缴纳在职人员住房公积金。`);
      expect(amounts(parts("104.33", "0"))).toEqual([]);
      expect(amounts(text.replace(HOUSING, "住房保障支出 104.33 万元，全部为基本支出，主要用于缴纳在职人员住房公积金。"))).toEqual([]);
      expect(amounts(parts("100.33", "4.00"))).toEqual([
        ["error", "基本支出", "100.33", "104.33", "第三部分 四：基本支出 100.33 万元，表5 221 住房保障支出 基本支出为 104.33 万元"],
        ["error", "项目支出", "4.00", "0.00", "第三部分 四：项目支出 4.00 万元，表5 221 住房保障支出 项目支出为 0.00 万元"],
      ]);
      // …also where the parts follow in a sentence of their own, or are parted by ；.
      for (const words of ["住房保障支出 104.33 万元。其中：基本支出 BASIC 万元，项目支出 PROJECT 万元。", "住房保障支出 104.33 万元，其中：基本支出 BASIC 万元；项目支出 PROJECT 万元。"]) {
        const apart = (basic: string, project: string) => text.replace(HOUSING, words.replace("BASIC", basic).replace("PROJECT", project));
        expect(amounts(apart("104.33", "0")), words).toEqual([]);
        expect(amounts(apart("100.33", "4.00")).map(([severity, row, claimed, computed]) => [severity, row, claimed, computed]), words).toEqual([
          ["error", "基本支出", "100.33", "104.33"],
          ["error", "项目支出", "4.00", "0.00"],
        ]);
      }
      // Parts no table prints for a class are not compared with the budget's (表6 合计 人员经费 is 1570.57).
      expect(amounts(text.replace(HOUSING, "住房保障支出 104.33 万元，其中：人员经费 104.33 万元，公用经费 0 万元。"))).toEqual([]);
    });

    it("spending parted by its sources, in a bracket: no source's line of 表1 is compared, and the share after it stays 项目支出's", () => {
      expect(text).toContain(PROJECTS);
      const sources = text.replace(PROJECTS, "项目支出 247.85 万元（其中：一般公共预算拨款 241.97 万元，国有资本经营预算拨款 5.88 万元），占 13.30%，");
      expect(checkReading(readDisclosure(sources)).filter((f) => f.section === "三")).toEqual([]);
      expect(checkReading(readDisclosure(sources.replace("占 13.30%", "占 13.03%"))).filter((f) => f.section === "三")).toEqual([
        expect.objectContaining({ rule: "narrative-share", severity: "error", row: "项目支出", claimed: "13.03" }),
      ]);
    });

    it("“三公”经费 X 万元，全部为公务接待费: 公务接待费 is X, checked against 表10", () => {
      expect(text).toMatch(THREE_PUBLIC);
      const all = (amount: string) => text.replace(THREE_PUBLIC, `财政拨款“三公”经费预算 ${amount} 万元，全部为公务接待费。`);
      expect(amounts(all("0.92"))).toEqual([]);
      expect(amounts(all("0.29")).map(([severity, row, claimed, computed]) => [severity, row, claimed, computed])).toEqual([
        ["error", "财政拨款“三公”经费", "0.29", "0.92"],
        ["error", "公务接待费", "0.29", "0.92"],
      ]);
      // The income said to be all of one line, where 表1 has two: a contradiction the check reports.
      const income = text.replace("社会事务管理中心收入预算 1863.61 万元，其中：", "社会事务管理中心收入预算 1863.61 万元，全部为一般公共预算拨款收入。其中：");
      expect(amounts(income)).toEqual([
        ["error", "一般公共预算拨款收入", "1863.61", "1857.73", "第三部分 二：一般公共预算拨款收入 1863.61 万元，表1 1.一般公共预算拨款为 1857.73 万元"],
      ]);
    });
  });

  it("is quiet on the shared disclosures, whose stated amounts match their tables", () => {
    for (const name of ["atushi-xingfu-street-2024", "korla-xiwang-street-2024", "korla-etdz-social-affairs-2024", "shanghai-putuo-wanli-2025"]) {
      expect(run("narrative-amount", reading(name)), name).toEqual([]);
    }
  });
  it("checks 表1's other income lines the narrative states (万里 2025: 事业收入, 事业单位经营收入, 其他收入 0.00)", () => {
    const text = readDisclosureText("shanghai-putuo-wanli-2025");
    const PRINTED = "事业收入0.00万元；事业单位经营收入0.00万元；其他收入0.00万元。";
    expect(text).toContain(PRINTED);
    for (const [line, label] of [["事业收入", "二、事业收入"], ["事业单位经营收入", "三、事业单位经营收入"], ["其他收入", "四、其他收入"]]) {
      const planted = readPlanted(text, PRINTED, PRINTED.replace(`；${line}0.00万元`, `；${line}5.00万元`).replace(new RegExp(`^${line}0\\.00万元`), `${line}5.00万元`));
      expect(run("narrative-amount", planted), line).toEqual([
        expect.objectContaining({ severity: "error", row: line, claimed: "5.00", computed: "0.00", message: `四：${line} 5.00 万元，表1 ${label}为 0.00 万元` }),
      ]);
    }
  });
  it("checks a class named without （类） against its row, as one named with it (阿图什 五(二))", () => {
    const text = readDisclosureText("atushi-xingfu-street-2024");
    const unmarked = text.replace(/(\d、\S+?)（类）(\s*[\d,.]+ 万元，占)/g, "$1$2");
    expect(unmarked.match(/、社会保障和就业支出757\.24 万元/g)).toHaveLength(1);
    expect(run("narrative-amount", readDisclosure(unmarked))).toEqual([]);
    // A class's code in brackets after its name is no list marker ("（1）").
    for (const name of ["社会保障和就业支出", "社会保障和就业", "社会保障和就业支出（208）"]) {
      const planted = readPlanted(unmarked, "、社会保障和就业支出757.24 万元", `、${name}775.24 万元`);
      expect(run("narrative-amount", planted), name).toEqual([
        expect.objectContaining({ severity: "error", section: "五(二)", row: name, claimed: "775.24", computed: "757.24" }),
      ]);
    }
  });
  describe("an item named in other words (阿图什 五(三) 1: 行政运行, 1,175.15 万元, 比上年减少 721.72 万元)", () => {
    const text = readDisclosureText("atushi-xingfu-street-2024");
    const printed = /1\.一般公共服务支出（类）政府办公厅（室）及相关机\s*构事务（款）行政运行（项）：2024 年预算数为 1,175\.15/;
    const totals = run("narrative-totals", reading("atushi-xingfu-street-2024"));
    it.each([
      ["（项）支出", "1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）支出 "],
      ["（项）预算安排", "1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）预算安排 "],
      ["（项）：2024 年预算安排", "1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：2024 年预算安排 "],
      ["（项）：本年预算数", "1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：本年预算数 "],
      ["行政运行（2010301）", "1.行政运行（2010301）：2024 年预算数为 "],
      ["2010301 行政运行", "1.2010301 行政运行：2024 年预算数为 "],
      ["类-款-项", "1.一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行：2024 年预算数为 "],
      ["类/款/项", "1.一般公共服务支出/政府办公厅（室）及相关机构事务/行政运行：2024 年预算数为 "],
      ["“…”（类）“…”（款）“…”（项）", "1.“一般公共服务支出”（类）“政府办公厅（室）及相关机构事务”（款）“行政运行”（项）：2024 年预算数为 "],
      ["…（类）-…（款）-…（项）", "1.一般公共服务支出（类）-政府办公厅（室）及相关机构事务（款）-行政运行（项）：2024 年预算数为 "],
    ])("%s: its change still counts among the items', and its amount is checked against 表5 2010301", (_, words) => {
      const reworded = readPlanted(text, printed, `${words}1,175.15`);
      expect(run("narrative-totals", reworded)).toEqual(totals);
      expect(run("narrative-amount", reworded)).toEqual([]);
      const planted = readPlanted(text, printed, `${words}1,715.15`);
      expect(run("narrative-amount", planted)).toEqual([
        expect.objectContaining({ severity: "error", section: "五(三)", claimed: "1715.15", computed: "1175.15", message: expect.stringContaining("表5 2010301 行政运行") }),
      ]);
    });
  });
  it("checks an item whose printed code no table has by its name, and warns of the code (阿图什 五(三) 1 as “行政运行（2010310）”)", () => {
    const text = readDisclosureText("atushi-xingfu-street-2024");
    const printed = /1\.一般公共服务支出（类）政府办公厅（室）及相关机\s*构事务（款）行政运行（项）：2024 年预算数为 1,175\.15/;
    const misprinted = (amount: string) => run("narrative-amount", readPlanted(text, printed, `1.行政运行（2010310）：2024 年预算数为 ${amount}`));
    const warning = expect.objectContaining({ severity: "warning", section: "五(三)", claimed: "2010310", computed: "2010301", message: expect.stringContaining("表5 2010301 行政运行") });
    expect(misprinted("1,175.15")).toEqual([warning]);
    expect(misprinted("1,715.15")).toEqual([warning, expect.objectContaining({ severity: "error", claimed: "1715.15", computed: "1175.15" })]);
    // The code a table has names its row, whatever the name.
    expect(run("narrative-amount", readPlanted(text, printed, "1.行政运行（2010301）：2024 年预算数为 1,175.15"))).toEqual([]);
  });
  it.each(["“2010507专项普查活动”科目", "“专项普查活动（2010507）”科目"])("checks an item the Shanghai narrative names by its code in quotes, %s (万里街道 2025 四 1)", (words) => {
    const text = readDisclosureText("shanghai-putuo-wanli-2025");
    const printed = "“一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”科目43.83万元";
    expect(run("narrative-amount", readPlanted(text, printed, `${words}43.83万元`))).toEqual([]);
    expect(run("narrative-amount", readPlanted(text, printed, `${words}34.83万元`))).toEqual([
      expect.objectContaining({ severity: "error", section: "四", claimed: "34.83", computed: "43.83", message: expect.stringContaining("表5 2010507 专项普查活动") }),
    ]);
  });
  it.each([
    ["阿图什市幸福街道办事处收入预算 4,686.81 万元", "阿图什市幸福街道办事处 2024 年收入预算总额 4,686.81 万元", "表1 收入总计"],
    ["阿图什市幸福街道办事处收入预算 4,686.81 万元", "本单位预算总收入 4,686.81 万元", "表1 收入总计"],
    ["阿图什市幸福街道办事处收入预算 4,686.81 万元", "阿图什市幸福街道办事处收入预算 4,686.81 万元", "表1 收入总计"],
    ["阿图什市幸福街道办事处 2024 年支出预算 4,686.81 万", "阿图什市幸福街道办事处 2024 年预算总支出 4,686.81 万", "表1 支出总计"],
    ["阿图什市幸福街道办事处 2024 年支出预算 4,686.81 万", "阿图什市幸福街道办事处 2024 年支出预算 4,686.81 万", "表1 支出总计"],
    ["一般公共预算 3,623.39 万元", "一般公共预算拨款收入 3,623.39 万元", "表1 1.一般公共预算拨款"],
    ["单位资金 450.00 万元", "单位资金收入 450.00 万元", "表1 5.单位资金"],
    ["财政拨款结转 197.49 万元", "上年财政拨款结转 197.49 万元", "表1 1.财政拨款结转"],
    ["基本支出 3,253.79 万元", "基本支出预算 3,253.79 万元", "表3 合计 基本支出"],
  ])("checks %s, worded as %s, against %s (阿图什 二、三)", (printed, reworded, where) => {
    const text = readDisclosureText("atushi-xingfu-street-2024");
    expect(text).toContain(printed);
    const overview = (findings: Finding[]) => findings.filter((f) => f.section === "二" || f.section === "三");
    expect(overview(run("narrative-amount", readDisclosure(text.replace(printed, reworded))))).toEqual([]);
    // The figure's first two digits swapped.
    const planted = reworded.replace(/(\d)(,?)(\d)(?=[\d,]*\.\d\d)/, "$3$2$1");
    expect(planted).not.toBe(reworded);
    expect(overview(run("narrative-amount", readPlanted(text, printed, planted)))).toEqual([
      expect.objectContaining({ severity: "error", message: expect.stringContaining(`${where}为`) }),
    ]);
  });
  it("checks a fund's class against the fund's table, not the class's total over all funds (阿图什 八: 其他支出（类）24.02 in 表8, 206.44 in 表3)", () => {
    const planted = readPlanted(readDisclosureText("atushi-xingfu-street-2024"), /其他支出（类）彩票公益金安排的支出（款）用于社\s*会福利的彩票公益金支出（项）/, "其他支出（类）");
    expect(planted.claims).toContainEqual(expect.objectContaining({ section: "八", subject: "其他支出（类）", amount: "24.02" }));
    expect(run("narrative-amount", planted)).toEqual([]);
  });
  it("checks an amount the narrative says is unchanged (万里街道: 因公出国（境）费0万元，比2024年预算持平)", () => {
    const text = readDisclosureText("shanghai-putuo-wanli-2025");
    expect(text).toContain("（一）因公出国（境）费0万元，比2024年预算持平");
    const changed = readDisclosure(text.replace("（一）因公出国（境）费0万元", "（一）因公出国（境）费2万元"));
    expect(run("narrative-amount", changed)).toEqual([expect.objectContaining({ severity: "error", section: "六、一(一)", claimed: "2" })]);
  });
  it("checks an amount stated with no share or change (经开区: 公务用车运行费 0 万元 in the “三公” sentence), and flags it on its own row of 说明核对", () => {
    const planted = readPlanted(readDisclosureText("korla-etdz-social-affairs-2024"), "公务用车运行费 0 万元", "公务用车运行费 0.50 万元");
    const findings = run("narrative-amount", planted);
    expect(findings).toEqual([expect.objectContaining({ severity: "error", section: "十", row: "公务用车运行费", claimed: "0.50", computed: "0.00" })]);
    const sheet = buildWorkbook(planted, findings).sheets.find((s) => s.key === "claims")!;
    const flaggedRows = sheet.rows.filter((cells) => cells.some((c) => c?.flag));
    expect(flaggedRows).toHaveLength(1);
    expect(flaggedRows[0].slice(0, 3).map((c) => c?.value)).toEqual(["十", "公务用车运行费", 0.5]);
    expect(flaggedRows[0][2]?.flag?.severity).toBe("error");
  });
  it("checks 人员经费 and 公用经费 against 表6's 合计 (希望街道 六: 人员经费 1215.17 万元，公用经费 40.24 万元)", () => {
    const text = readDisclosureText("korla-xiwang-street-2024");
    for (const [from, to, subject, computed] of [
      [/人员经费\s*1,?215\.17/, "人员经费 1,251.17", "人员经费", "1215.17"],
      [/公用经费\s*40\.24/, "公用经费 42.04", "公用经费", "40.24"],
      [/公用经费\s*40\.24/, "日常公用经费 42.04", "日常公用经费", "40.24"],
      [/人员经费\s*1,?215\.17/, "人员经费支出 1,251.17", "人员经费支出", "1215.17"],
      [/人员经费\s*1,?215\.17/, "用于人员经费 1,251.17", "用于人员经费", "1215.17"],
    ] as const) {
      const findings = run("narrative-amount", readPlanted(text, from, to));
      expect(findings, subject).toEqual([expect.objectContaining({ severity: "error", section: "六", row: subject, computed })]);
      expect(findings[0].message).toContain(`表6 合计 ${subject.replace(/^用于|^日常|支出$/g, "")}`);
    }
  });
  it("checks 上年结转结余 against 表1 and 表11 (希望街道 十一: “2024 年上年结转结余 3.00 万元”)", () => {
    const findings = run("narrative-amount", readPlanted(readDisclosureText("korla-xiwang-street-2024"), /年上年结转结余\s*3\.00\s*万元/, "年上年结转结余 30.00 万元"));
    expect(findings).toEqual([expect.objectContaining({ severity: "error", section: "十一", row: "上年结转结余", claimed: "30.00", computed: "3.00" })]);
  });
  it.each(["上年结转结余预算", "使用上年结转结余", "上年结转结余共计"])("checks 上年结转结余 worded as %s (希望街道 十一)", (words) => {
    const findings = run("narrative-amount", readPlanted(readDisclosureText("korla-xiwang-street-2024"), /年上年结转结余\s*3\.00\s*万元/, `年${words} 30.00 万元`));
    expect(findings).toEqual([expect.objectContaining({ severity: "error", section: "十一", row: words, claimed: "30.00", computed: "3.00" })]);
  });
  it("checks the parts of 上年结转结余 its sentence lists against 表1's lines (阿图什, 希望街道 十一: “包括：财政拨款 3.00 万元，非财政拨款 0.00 万元”)", () => {
    const xiwang = readDisclosureText("korla-xiwang-street-2024");
    const fiscal = /包括：财政拨\s*款 3\.00 万元/;
    expect(run("narrative-amount", readPlanted(xiwang, fiscal, "包括：财政拨款 30.00 万元"))).toEqual([
      expect.objectContaining({ severity: "error", section: "十一", claimed: "30.00", computed: "3.00", message: expect.stringContaining("表1 1、财政拨款结转为 3.00") }),
    ]);
    expect(run("narrative-amount", readPlanted(xiwang, "非财政拨款 0.00 万元", "非财政拨款 1.00 万元"))).toEqual([
      expect.objectContaining({ severity: "error", section: "十一", claimed: "1.00", computed: "0.00" }),
    ]);
    // …and that they add up to it.
    expect(run("narrative-lists", reading("korla-xiwang-street-2024"))).toEqual([]);
    expect(run("narrative-lists", reading("atushi-xingfu-street-2024"))).toEqual([]);
    expect(run("narrative-lists", readPlanted(xiwang, fiscal, "包括：财政拨款 30.00 万元"))).toEqual([
      expect.objectContaining({ severity: "error", section: "十一", row: "上年结转结余", claimed: "3.00", computed: "30.00" }),
    ]);
  });
  it("does not add up the parts a 其中 list names under 上年结转结余: it may name only some of them", () => {
    const xiwang = readDisclosureText("korla-xiwang-street-2024");
    const some = readPlanted(xiwang, /包括：财政拨\s*款 3\.00 万元，非财政拨款 0\.00 万元，其中：/, "其中：社区工作经费 1.00 万元，为民服务经费 1.00 万元，");
    expect(some.stated_amounts?.filter((s) => s.part_of === "上年结转结余").map((s) => s.amount)).toEqual(["1.00", "1.00", "3.00", "3"]);
    expect(run("narrative-lists", some)).toEqual([]);
  });
  it("leaves last year's amounts alone (“2023 年执行数 0.50 万元” is no figure of this year's tables)", () => {
    const planted = readPlanted(readDisclosureText("korla-etdz-social-affairs-2024"), "公务用车运行费 0 万元", "公务用车运行费 0 万元（2023 年公务用车运行费 0.50 万元）");
    expect(run("narrative-amount", planted)).toEqual([]);
  });
  it("checks fiscal income, fiscal spending and general-budget spending against 表1, 表4 and 表5 in 元 (万里街道 四、部门预算编制说明)", () => {
    const text = readDisclosureText("shanghai-putuo-wanli-2025");
    const sentences: [string, string, string][] = [
      ["财政拨款收入18,976.76万元", "财政拨款收入", "1"],
      ["财政拨款支出预算18,976.76万元", "财政拨款支出预算", "4"],
      ["共预算拨款支出预算18,976.76万元", "一般公共预算拨款支出预算", "5"],
    ];
    for (const [printed, subject, table] of sentences) {
      const findings = run("narrative-amount", readPlanted(text, printed, printed.replace("18,976.76", "18,967.76")));
      expect(findings, subject).toEqual([expect.objectContaining({ severity: "error", section: "四", row: subject, claimed: "18967.76", computed: "18976.76" })]);
      expect(findings[0].message, subject).toContain(`表${table}`);
    }
  });
  it("knows 公务用车运行费 by its misspellings too (财政局 2025 prints “公务车用车运行费”)", () => {
    const text = readDisclosureText("shanghai-putuo-wanli-2025");
    expect(text).toContain("公务用车运行费21.56万元");
    for (const wording of ["公务车用车运行费", "公务车运行费"]) {
      const changed = readDisclosure(text.replace("公务用车运行费21.56万元", `${wording}25.56万元`));
      expect(run("narrative-amount", changed), wording).toEqual([
        expect.objectContaining({ severity: "error", section: "六、一(二)", claimed: "25.56", computed: "21.56" }),
      ]);
    }
  });
  it("takes 机关运行经费 from 表10 where it prints one (万里街道: 464.64, while 表6's 公用经费 covers more units)", () => {
    const r = reading("shanghai-putuo-wanli-2025");
    const claim = { section: "二", subject: "机关运行经费", amount: "464.64", change: "21.46", text: "机关运行经费预算464.64万元，比2024年预算增加21.46万元" };
    r.claims.push(claim);
    expect(run("narrative-amount", r)).toEqual([]);
    claim.amount = "1082.77";
    expect(run("narrative-amount", r)).toEqual([expect.objectContaining({ severity: "error", claimed: "1082.77", computed: "464.64" })]);
  });
  it("checks every amount 阿图什 states against its table figure", () => {
    const r = reading("atushi-xingfu-street-2024");
    const stated = r.claims.filter((c) => c.section !== "第一部分");
    let caught = 0;
    for (let i = 0; i < r.claims.length; i++) {
      if (r.claims[i].section === "第一部分") continue;
      const copy = structuredClone(r);
      copy.claims[i].amount = (Number(copy.claims[i].amount) + 1).toFixed(2);
      const findings = run("narrative-amount", copy);
      if (findings.some((f) => f.section === copy.claims[i].section && f.claimed === copy.claims[i].amount)) caught++;
    }
    expect(caught).toBe(stated.length);
  });
  it("names the table figure: 行政运行（项） against 表5 2010301", () => {
    const r = reading("atushi-xingfu-street-2024");
    r.claims.find((c) => c.subject.endsWith("行政运行（项）"))!.amount = "1175.51";
    expect(run("narrative-amount", r)).toEqual([expect.objectContaining({ severity: "error", claimed: "1175.51", computed: "1175.15" })]);
  });

  describe("an amount in a section on one budget is that budget's table's (阿图什 五: 一般公共预算, 表5; 三: 支出预算, 表3)", () => {
    const text = readDisclosureText("atushi-xingfu-street-2024");
    // 201 is 1,375.55 in 表5 (一般公共预算) and 1,825.90 in 表3 (every source of money).
    const PRINTED = "1、一般公共服务支出（类）1,375.55 万元，占 34.26%。";

    it("reads the sections' titles, a title wrapped over two lines joined", () => {
      expect(readDisclosure(text).section_titles).toMatchObject({
        五: "五、关于阿图什市幸福街道办事处2024年一般公共预算当年拨款情况说明",
        "五(二)": "（二）一般公共预算当年拨款结构情况",
        八: "八、关于阿图什市幸福街道办事处2024年政府性基金预算拨款情况说明",
      });
    });

    it("表3's figure stated in 五(二) is an error that says whose figure it is", () => {
      expect(text).toContain(PRINTED);
      expect(run("narrative-amount", readDisclosure(text))).toEqual([]);
      const stated = run("narrative-amount", readDisclosure(text.replace(PRINTED, "1、一般公共服务支出（类）1,825.90 万元，占 34.26%。")));
      expect(stated).toEqual([
        expect.objectContaining({
          severity: "error",
          section: "五(二)",
          claimed: "1825.90",
          computed: "1375.55",
          message: expect.stringContaining("（1825.90 万元是表3 201 一般公共服务支出的数，本节说明的是一般公共预算，应为表5 的数）"),
        }),
      ]);
    });

    it("基本支出 and 项目支出 are 表5's in 五 and 表3's in 三 (支出预算): 项目支出 761.51 and 1,433.02", () => {
      const PROJECTS_IN_THREE = "\n项目支出 1,433.02 万元，占 30.58%";
      const PROJECTS_IN_FIVE = "项目支出 761.51 万元，比上年预算增加 392.91 万元";
      expect(text).toContain(PROJECTS_IN_THREE);
      expect(text).toContain(PROJECTS_IN_FIVE);
      const swapped = text.replace(PROJECTS_IN_THREE, "\n项目支出 761.51 万元，占 30.58%").replace(PROJECTS_IN_FIVE, "项目支出 1,433.02 万元，比上年预算增加 392.91 万元");
      expect(run("narrative-amount", readDisclosure(swapped)).map((f) => [f.section, f.claimed, f.computed, f.message.replace(/^.*（/, "（")])).toEqual([
        ["三", "761.51", "1433.02", "（761.51 万元是表5 合计 项目支出的数，本节说明的是全部资金的支出预算，应为表3 的数）"],
        ["五(一)", "1433.02", "761.51", "（1433.02 万元是表3 合计 项目支出的数，本节说明的是一般公共预算，应为表5 的数）"],
      ]);
    });

    it("a subsection whose title names no budget is its section's (五); where neither title names one, any table's figure of the row is its figure", () => {
      const untitled = text.replace(PRINTED, "1、一般公共服务支出（类）1,825.90 万元，占 34.26%。").replace("（二）一般公共预算当年拨款结构情况", "（二）当年拨款结构情况");
      expect(run("narrative-amount", readDisclosure(untitled))).toEqual([expect.objectContaining({ section: "五(二)", claimed: "1825.90", computed: "1375.55" })]);
      const retitled = untitled.replace(/五、关于阿图什市幸福街道办事处 2024 年一般公共预\s*算当年拨款情况说明/, "五、关于阿图什市幸福街道办事处 2024 年财政拨款情况说明");
      expect(retitled).not.toBe(untitled);
      expect(run("narrative-amount", readDisclosure(retitled))).toEqual([]);
    });
  });
});

describe("narrative-totals", () => {
  it("reports 希望街道's implied prior-year totals and item changes as rounding", () => {
    const findings = run("narrative-totals", reading("korla-xiwang-street-2024"));
    expect(findings.map((f) => [f.severity, f.claimed, f.computed])).toEqual([
      ["rounding", "1148.09", "1148.08"],
      ["rounding", "195.99", "196.00"],
    ]);
  });
  it("finds the overall and the 一般公共预算 statements by what they state, not by their numbers", () => {
    // Another template: a section inserted after 一, so income is stated in 三, spending in 四, the
    // 一般公共预算 spending in 六. The same identities are checked, at the sections as numbered.
    const numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三"];
    const text = readDisclosureText("korla-xiwang-street-2024");
    const start = text.search(/^ *第三部分/m);
    const end = text.search(/^ *第四部分/m);
    const renumbered = text
      .slice(start, end)
      .replace(/^( *)(十[一二]|[二三四五六七八九十])、/gm, (_, space: string, numeral: string) => `${space}${numerals[numerals.indexOf(numeral) + 1]}、`)
      .replace(/^( *)三、/m, "二、 关于预算编制的依据\n本单位依据有关规定编制 2024 年预算。\n$1三、");
    const r = readDisclosure(text.slice(0, start) + renumbered + text.slice(end));
    expect(r.claims.filter((c) => c.subject === "基本支出").map((c) => c.section)).toEqual(["四", "六(一)"]);
    const findings = run("narrative-totals", r);
    expect(findings.map((f) => [f.severity, f.section, f.claimed, f.computed])).toEqual([
      ["rounding", "四", "1148.09", "1148.08"],
      ["rounding", "六(三)", "195.99", "196.00"],
    ]);
    expect(findings[0].message).toMatch(/^第三部分 四（基本支出 \+ 项目支出）推算的上年支出与 三（各收入来源）推算的上年收入应相等/);
    expect(findings[1].message).toMatch(/^第三部分 六 基本支出与项目支出的增减额之和/);
  });
  it("finds an item change that breaks the sum as an error", () => {
    const r = reading("atushi-xingfu-street-2024");
    expect(run("narrative-totals", r)).toEqual([]);
    const item = r.claims.find((c) => c.subject.endsWith("行政运行（项）"))!;
    item.change = "-712.72";
    expect(run("narrative-totals", r)).toEqual([expect.objectContaining({ severity: "error" })]);
  });
  it("checks a fund's section total against the items it lists (希望街道 九, 阿图什 八)", () => {
    // "国有资本经营预算拨款 0.00 万元。与上年预算相比减少 0.05 万元，减少 100.00%": with 0.00 left,
    // any decrease is 100%; only the item below it (减少 0.05 万元) can tell.
    const planted = readPlanted(readDisclosureText("korla-xiwang-street-2024"), /(国有资本经营预算拨款 0\.00 万元。与上\s*年预算相比减少 )0\.05/, "$10.50");
    expect(run("narrative-totals", planted)).toContainEqual(
      expect.objectContaining({ severity: "error", section: "九", claimed: "-0.50", computed: "-0.05" }),
    );
    const item = readPlanted(readDisclosureText("atushi-xingfu-street-2024"), "彩票公益金支出（项）支出 24.02", "彩票公益金支出（项）支出 42.02");
    expect(run("narrative-totals", item)).toEqual([
      expect.objectContaining({ severity: "error", section: "八", claimed: "24.02", computed: "42.02" }),
    ]);
  });
  it("checks the “三公” change against its parts' changes, read from the text (阿图什 十)", () => {
    // "“三公”经费比上年预算减少 4.80 万元 … 其中：… 公务用车运行费减少 4.80 万元": the total misprinted.
    const planted = readPlanted(readDisclosureText("atushi-xingfu-street-2024"), /(“三公”经费比上年预算减少 )4\.80/, "$14.08");
    expect(run("narrative-totals", planted)).toEqual([
      expect.objectContaining({ severity: "error", section: "十", claimed: "-4.08", computed: "-4.80" }),
    ]);
  });
  it("checks 公务用车购置及运行费 against 购置费 + 运行费 and the “三公” total against its parts (万里街道)", () => {
    const text = readDisclosureText("shanghai-putuo-wanli-2025");
    const planted = readPlanted(text, "公务用车购置费15万元", "公务用车购置费16万元");
    expect(run("narrative-totals", planted)).toEqual([
      expect.objectContaining({ severity: "error", section: "六、一(二)", claimed: "36.56", computed: "37.56" }),
    ]);
    // Its 公务接待费 states its amount in a sentence of its own (a stated amount, no claim): the
    // whole “三公” sum is checked with it, as where amount and change are in one sentence.
    const [twoSentences, oneSentence] = ["公务接待费1.35万元。比2024年预算持平", "公务接待费1.35万元，比2024年预算持平"];
    expect(run("narrative-totals", readPlanted(text, twoSentences, oneSentence))).toEqual([]);
    for (const printed of [text, text.replace(twoSentences, oneSentence)]) {
      expect(run("narrative-totals", readPlanted(printed, "预算数为37.91万元", "预算数为37.19万元"))).toEqual([
        expect.objectContaining({ severity: "error", section: "六、一", claimed: "37.19", computed: "37.91" }),
      ]);
    }
  });
  it("checks the “三公” total against parts stated with no change (经开区 十: 因公出国（境）费 0 万元 …)", () => {
    const text = readDisclosureText("korla-etdz-social-affairs-2024");
    expect(run("narrative-totals", reading("korla-etdz-social-affairs-2024"))).toEqual([]);
    const planted = readPlanted(text, "公务用车运行费 0 万元，公务接待费 0.92", "公务用车运行费 0.50 万元，公务接待费 0.92");
    expect(run("narrative-totals", planted)).toEqual([
      expect.objectContaining({ severity: "error", section: "十", claimed: "0.92", computed: "1.42" }),
    ]);
  });
});

describe("narrative-lists", () => {
  it("is quiet where procurement adds up and the tables called empty are", () => {
    for (const name of ["atushi-xingfu-street-2024", "korla-xiwang-street-2024", "korla-etdz-social-affairs-2024", "shanghai-putuo-wanli-2025"]) {
      const r = reading(name);
      expect(r.procurement, name).toBeDefined();
      expect(run("narrative-lists", r), name).toEqual([]);
    }
    expect(reading("atushi-xingfu-street-2024").empty_statements?.map((s) => s.table)).toEqual(["9", "10"]);
  });
  it("finds a procurement total that is not the sum of its parts, and a reserve over the total", () => {
    const r = reading("atushi-xingfu-street-2024");
    r.procurement!.goods = "436.89";
    r.procurement!.sme_reserve = "800.00";
    const findings = run("narrative-lists", r);
    expect(findings).toContainEqual(expect.objectContaining({ severity: "error", claimed: "733.52", computed: "706.52" }));
    expect(findings).toContainEqual(expect.objectContaining({ severity: "error", claimed: "800.00", computed: "≤ 733.52" }));
  });
  it("reads the kinds of purchase however the sentence words them (希望街道 十二(二): 21.03 + 0 + 27.02 = 48.05)", () => {
    const text = readDisclosureText("korla-xiwang-street-2024");
    const PRINTED = /政府采购预算 48\.05 万元，其中：政府\s+采购货物预算 21\.03 万元，政府采购工程预算 0万元，政府采购服务预算 27\.02\s+万元。/;
    for (const words of [
      "政府采购预算共 48.05 万元，具体是：货物类政府采购预算 21.03 万元，工程类政府采购预算 0 万元，服务类政府采购预算 SERVICES 万元。",
      "政府采购预算总额 48.05 万元，其中：货物类 21.03 万元，工程类 0 万元，服务类 SERVICES 万元。",
      "政府采购预算总额为 48.05 万元（货物 21.03 万元，工程 0 万元，服务 SERVICES 万元）。",
      "政府采购预算金额 48.05 万元，其中：货物采购项目预算金额 21.03 万元、工程采购项目预算金额 0 万元、服务采购项目预算金额 SERVICES 万元。",
    ]) {
      const clean = readPlanted(text, PRINTED, words.replace("SERVICES", "27.02"));
      expect(clean.procurement, words).toMatchObject({ total: "48.05", goods: "21.03", works: "0", services: "27.02" });
      expect(run("narrative-lists", clean), words).toEqual([]);
      const planted = readPlanted(text, PRINTED, words.replace("SERVICES", "26.02"));
      expect(run("narrative-lists", planted), words).toEqual([expect.objectContaining({ severity: "error", section: "十二(二)", claimed: "48.05", computed: "47.05" })]);
    }
  });
  it("reads a note under a table as the sentence it is, not with the tables printed above it", () => {
    for (const name of ["atushi-xingfu-street-2024", "korla-xiwang-street-2024", "korla-etdz-social-affairs-2024"]) {
      const statements = reading(name).empty_statements ?? [];
      expect(statements.length, name).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(statement.text, name).toMatch(/空表。$/);
        expect(statement.text, name).not.toMatch(/编制(单位|部门)|单位[:：]万元|※/);
      }
    }
    // 表8 of 希望街道 is empty and says so under its headers; were it printed with figures, the
    // finding must quote that note.
    const r = reading("korla-xiwang-street-2024");
    const table8 = r.tables["8"] as ColumnTable;
    table8.status = "present";
    table8.total_row = { total: "1.00", project: "1.00" };
    const [finding] = run("narrative-lists", r);
    expect(finding).toMatchObject({ table: "8", claimed: "空表" });
    expect(finding.message).toContain("“库尔勒市希望街道办事处 2024 年没有使用政府性基金预算");
  });
  it("finds a table called empty that has figures", () => {
    const r = reading("korla-xiwang-street-2024");
    r.empty_statements!.push({ section: "六", table: "6", text: "一般公共预算基本支出情况表为空表。" });
    expect(run("narrative-lists", r)).toEqual([expect.objectContaining({ table: "6", claimed: "空表" })]);
  });
  it.each(["为空", "是空表", "无数据", "以空表列示", "公开空表"])("reads a table said empty in other words (…表%s) and still finds one with figures", (words) => {
    const printed = readDisclosureText("atushi-xingfu-street-2024");
    const reworded = printed.replace(/(支出情况)表为空表。/g, `$1表${words}。`);
    expect(reworded).not.toBe(printed);
    const r = readDisclosure(reworded);
    expect(r.empty_statements?.map((s) => s.table)).toEqual(["9", "10"]);
    const calledEmpty = readDisclosure(reworded.replace(`国有资本经营预算支出情况表${words}。`, `国有资本经营预算支出情况表${words}。一般公共预算基本支出情况表${words}。`));
    expect(run("narrative-lists", calledEmpty)).toEqual([expect.objectContaining({ table: "6", claimed: "空表" })]);
  });
});

describe("vehicles", () => {
  it("reads the vehicles each disclosure says the unit holds, with their kinds", () => {
    const held = (name: string) => {
      const v = reading(name).vehicles!;
      return [v.count, v.parts!.reduce((s, p) => s + p.count, 0), v.parts!.length, v.no_purchase ?? false];
    };
    expect(held("atushi-xingfu-street-2024")).toEqual([3, 3, 3, true]);
    expect(held("korla-etdz-social-affairs-2024")).toEqual([0, 0, 3, true]);
    expect(held("korla-xiwang-street-2024")).toEqual([0, 0, 3, true]);
    // Shanghai lists eight kinds (部级领导干部用车 … 其他用车) and budgets one purchase.
    expect(held("shanghai-putuo-wanli-2025")).toEqual([8, 8, 8, false]);
  });
  it("is quiet where the vehicles agree with 表10, and queries running costs for no vehicles", () => {
    for (const name of ["atushi-xingfu-street-2024", "korla-etdz-social-affairs-2024", "shanghai-putuo-wanli-2025"]) {
      expect(run("vehicles", reading(name)), name).toEqual([]);
    }
    expect(run("vehicles", reading("korla-xiwang-street-2024"))).toEqual([
      expect.objectContaining({ severity: "warning", table: "10", row: "公务用车运行费", claimed: "0 辆", computed: "5.60" }),
    ]);
  });
  it("runs no query on running costs where vehicles are held", () => {
    const r = reading("korla-xiwang-street-2024");
    r.vehicles!.count = 2;
    r.vehicles!.parts![2].count = 2;
    expect(run("vehicles", r)).toEqual([]);
  });
  it("finds kinds that do not add up to the count, read from the text", () => {
    const text = readDisclosureText("atushi-xingfu-street-2024").replace("其他车辆 3 辆", "其他车辆 2 辆");
    expect(run("vehicles", readDisclosure(text))).toEqual([
      expect.objectContaining({ severity: "error", section: "十二(三)", claimed: "3 辆", computed: "2 辆" }),
    ]);
  });
  it("finds a purchase in 表10 the narrative says is not budgeted", () => {
    const r = reading("korla-xiwang-street-2024");
    const purchase = table(r, "10").rows.find((x) => (x as { key?: string }).key === "vehicle_purchase")!;
    purchase.total = "25.00";
    expect(run("vehicles", r)).toContainEqual(expect.objectContaining({ severity: "error", claimed: "未安排购置车辆经费", computed: "25.00" }));
  });
});

describe("project-budget", () => {
  it("reads each project description's 预算安排规模 and is quiet where 表7 agrees (every shared disclosure)", () => {
    const counts = ["atushi-xingfu-street-2024", "korla-etdz-social-affairs-2024", "korla-xiwang-street-2024"].map((name) => reading(name).project_budgets?.length);
    expect(counts).toEqual([13, 7, 9]);
    for (const name of ["atushi-xingfu-street-2024", "korla-etdz-social-affairs-2024", "korla-xiwang-street-2024", "shanghai-putuo-wanli-2025"]) {
      expect(run("project-budget", reading(name)), name).toEqual([]);
    }
  });
  it("finds a description whose budget differs from 表7, at the project's row (阿图什, read from the text)", () => {
    const planted = readPlanted(readDisclosureText("atushi-xingfu-street-2024"), "预算安排规模：165.00 万元", "预算安排规模：156.00 万元");
    expect(run("project-budget", planted)).toEqual([
      expect.objectContaining({ severity: "error", table: "7", code: "2010301", row: "社区运转经费", column: "total", claimed: "156.00", computed: "165.00" }),
    ]);
  });
  it("finds the project 表7 names at more length (库尔勒经开区: 社区阵地装修改造费(新苑社区四季城阵地、科达社区阵地))", () => {
    const planted = readPlanted(readDisclosureText("korla-etdz-social-affairs-2024"), "预算安排规模：130万元", "预算安排规模：103万元");
    expect(run("project-budget", planted)).toEqual([
      expect.objectContaining({ severity: "error", table: "7", row: "社区阵地装修改造费(新苑社区四季城阵地、科达社区阵地)", claimed: "103", computed: "130.00" }),
    ]);
  });
});

describe("project-allocation", () => {
  const atushi = () => readDisclosureText("atushi-xingfu-street-2024");
  const xiwang = () => readDisclosureText("korla-xiwang-street-2024");
  const allocationOf = (r: Reading, project: string) => r.project_budgets?.find((p) => p.project.startsWith(project))?.allocation;
  it("reads each 资金分配情况's parts, stated total and rates, and is quiet where they add up (every shared disclosure)", () => {
    expect(allocationOf(reading("atushi-xingfu-street-2024"), "社区运转经费")).toMatchObject({
      items: ["20.00", "30.00", "20.00", "15.00", "30.00", "50.00"],
      total: "165.00",
      total_closes: true,
    });
    expect(allocationOf(reading("atushi-xingfu-street-2024"), "社区运转经费")?.unsummed).toBeUndefined();
    // Rates times the units they are paid for: "管辖 13个网格，每个网格 0.5 万元"; "2 个中社区每个社区 15万元，1 个小社区
    // 10万元"; "0.35 万元*2 次活动=0.7 万元" and its result. "3 个保安 1000 元/人/月" is persons × standard, not summed.
    const xiwangReading = reading("korla-xiwang-street-2024");
    expect(allocationOf(xiwangReading, "部门专项-网格工作经费")).toMatchObject({ items: [], rates: [{ rate: "0.5", count: "13" }] });
    expect(allocationOf(xiwangReading, "部门专项-社区党建工作经费")).toMatchObject({ items: ["10"], rates: [{ rate: "15", count: "2" }] });
    expect(allocationOf(xiwangReading, "巴财教〔2023〕51 号")).toMatchObject({ items: [], rates: [{ rate: "0.35", count: "2" }], total: "0.7" });
    expect(allocationOf(xiwangReading, "部门专项-网格工作经费")?.unsummed).toBeUndefined();
    expect(allocationOf(reading("atushi-xingfu-street-2024"), "2024 年村级人员保安工资")).toMatchObject({ items: [], total: "4.20", unsummed: "rate" });
    // "6名人大代表履职补助 0.29 元，人大代表调研活动费 0.48 万元": the unit slip figure-format reports, not a sum that fails.
    expect(allocationOf(reading("korla-xiwang-street-2024"), "部门专项-十一届市级人大代表活动经费")).toMatchObject({ items: ["0.48"], yuan_items: ["0.29"] });
    for (const name of ["atushi-xingfu-street-2024", "korla-etdz-social-affairs-2024", "korla-xiwang-street-2024", "shanghai-putuo-wanli-2025"]) {
      expect(run("project-allocation", reading(name)), name).toEqual([]);
    }
  });
  it("ends the last description at the next heading: an allocation printed last does not take in the sections after it (希望街道)", () => {
    const planted = readPlanted(xiwang(), /资金执行时间：2024 年 1月 1 日-2024 年 12 月 31 日(?=\s*八、)/, "");
    expect(allocationOf(planted, "部门专项-综合文化站免费开放经费")).toMatchObject({ items: ["0.15", "0.15"], text: "0.15 万元用于文化场所打造成本，0.15 万元用于广告宣传制作成本" });
    expect(run("project-allocation", planted)).toEqual([]);
  });
  it("does not sum an amount with the parts that break it down (其中 after an amount), but still compares the total", () => {
    const withBreakdown = atushi().replace("开展各类活动次数 12 次 30.00 万元，", "开展各类活动次数 12 次 30.00 万元，其中宣传 5.00 万元，");
    expect(withBreakdown).not.toBe(atushi());
    const planted = readDisclosure(withBreakdown);
    expect(allocationOf(planted, "社区运转经费")).toMatchObject({ items: ["20.00", "30.00", "20.00", "15.00", "30.00", "5.00", "50.00"], total: "165.00", unsummed: "breakdown" });
    expect(run("project-allocation", planted)).toEqual([]);
    const total = readPlanted(withBreakdown, "共计 165.00 万元", "共计 166.00 万元");
    expect(run("project-allocation", total)).toEqual([expect.objectContaining({ severity: "error", claimed: "166.00", computed: "165.00" })]);
  });
  it("finds a part misprinted in a list closed by its total (阿图什 社区运转经费)", () => {
    const planted = readPlanted(atushi(), "开展各类活动次数 12 次 30.00 万元", "开展各类活动次数 12 次 3.00 万元");
    expect(run("project-allocation", planted)).toEqual([
      expect.objectContaining({ severity: "error", row: "社区运转经费", claimed: "138.00", computed: "165.00" }),
    ]);
  });
  it("finds a misprinted total once, at the total, where the parts add up to the budget", () => {
    const planted = readPlanted(atushi(), "共计 165.00 万元", "共计 156.00 万元");
    expect(run("project-allocation", planted)).toEqual([
      expect.objectContaining({ severity: "error", row: "社区运转经费", claimed: "156.00", computed: "165.00", message: expect.stringContaining("所列各项之和与预算安排规模相符") }),
    ]);
  });
  it("finds the result of a product that is not the budget (希望街道: 0.35 万元*2 次活动=0.8 万元)", () => {
    const planted = readPlanted(xiwang(), "=0.7 万元", "=0.8 万元");
    expect(run("project-allocation", planted)).toEqual([expect.objectContaining({ severity: "error", claimed: "0.8", computed: "0.70" })]);
  });
  it("finds a rate or a number of units misprinted (希望街道 网格工作经费: 13 × 0.5 万元 = 6.50)", () => {
    const rate = readPlanted(xiwang(), "每个网格 0.5 万元", "每个网格 0.6 万元");
    expect(run("project-allocation", rate)).toEqual([
      expect.objectContaining({ severity: "error", row: "部门专项-网格工作经费", claimed: "7.80", computed: "6.50", message: expect.stringContaining("13 × 0.6 万元") }),
    ]);
    const units = readPlanted(xiwang(), "管辖 13个网格", "管辖 18个网格");
    expect(run("project-allocation", units)).toEqual([expect.objectContaining({ severity: "error", claimed: "9.00", computed: "6.50" })]);
  });
  it("calls parts that exceed the budget an error, and parts that stop short of it, with no total, a warning (希望街道)", () => {
    const over = readPlanted(xiwang(), "文化传承活动 2 万元", "文化传承活动 3 万元");
    expect(run("project-allocation", over)).toEqual([expect.objectContaining({ severity: "error", claimed: "4.60", computed: "3.60" })]);
    const short = readPlanted(xiwang(), "文化传承活动 2 万元", "文化传承活动 1 万元");
    expect(run("project-allocation", short)).toEqual([
      expect.objectContaining({ severity: "warning", claimed: "2.60", computed: "3.60", message: expect.stringContaining("未说明其余部分的用途") }),
    ]);
  });
  it("leaves an amount in 元 that makes the list add up as 万元 to figure-format, which reports it where no subsidy is read (阿图什 街道工作经费)", () => {
    const planted = readPlanted(atushi(), "旅费 1.00 万元", "旅费 1.00 元");
    expect(planted.project_budgets?.find((p) => p.project === "街道工作经费")?.allocation?.yuan_items).toEqual(["1.00"]);
    expect(run("project-allocation", planted)).toEqual([]);
    expect(run("figure-format", planted)).toContainEqual(
      expect.objectContaining({ severity: "warning", row: "街道工作经费", claimed: "1.00 元", computed: "1.00 万元", message: expect.stringContaining("共计 10.00 万元") }),
    );
    // 希望街道's 0.29 元 is in a subsidy's text too: reported once.
    expect(run("figure-format", reading("korla-xiwang-street-2024")).filter((f) => f.claimed === "0.29 元")).toHaveLength(1);
  });
  it("reports a list with an amount in 元 that does not add up read either way (希望街道 人大代表活动经费)", () => {
    const planted = readPlanted(xiwang(), "人大代表调研活动费 0.48", "人大代表调研活动费 0.58");
    expect(run("project-allocation", planted)).toEqual([
      expect.objectContaining({ severity: "warning", row: "部门专项-十一届市级人大代表活动经费", claimed: "0.58", computed: "0.77", message: expect.stringContaining("按万元计则为 0.87 万元，也不相符") }),
    ]);
  });
});

describe("narrative-conclusion", () => {
  const xiwang = () => readDisclosureText("korla-xiwang-street-2024");
  it("is quiet where each sentence concludes about its own fund", () => {
    for (const name of ["atushi-xingfu-street-2024", "korla-etdz-social-affairs-2024", "shanghai-putuo-wanli-2025"]) {
      expect(run("narrative-conclusion", reading(name)), name).toEqual([]);
    }
    // 希望街道 with its 国有资本经营预算 sentence corrected.
    const corrected = xiwang().replace(/所以 2024 年政府性基金(\s*)预算比上年减少/, "所以 2024 年国有资本经营$1预算比上年减少");
    expect(corrected).not.toBe(xiwang());
    expect(run("narrative-conclusion", readDisclosure(corrected))).toEqual([]);
  });
  it("finds a sentence about one fund concluding about another, read from the text", () => {
    expect(run("narrative-conclusion", reading("korla-xiwang-street-2024"))).toEqual([
      expect.objectContaining({ severity: "warning", section: "二", row: "国有资本经营预算", computed: "国有资本经营预算" }),
    ]);
    const planted = xiwang().replace("所以 2024 年政府性基金预算", "所以 2024 年一般公共预算");
    expect(planted).not.toBe(xiwang());
    expect(run("narrative-conclusion", readDisclosure(planted)).map((f) => f.row)).toEqual(["政府性基金预算", "国有资本经营预算"]);
  });
});

describe("figure-format in the performance-target tables", () => {
  it("reads each 项目支出绩效目标表 with its budget and the amounts it gives in 元", () => {
    const targets = reading("atushi-xingfu-street-2024").performance_targets!;
    expect(targets.map((t) => t.budget)).toEqual(["450.00", "4.20", "0.40", "55.00", "120.00", "10.00", "5.00", "165.00", "10.00"]);
    expect(targets.find((t) => t.project === "2024年QZS水电费")).toMatchObject({ section: "十二(四)", unit: "万元", yuan_amounts: ["0.4 元", "0.4 元"] });
    expect(reading("korla-xiwang-street-2024").performance_targets).toHaveLength(7);
    expect(reading("shanghai-putuo-wanli-2025").performance_targets).toBeUndefined();
  });
  it("finds a table giving its 万元 budget in 元, at the project's row in 表7, and is quiet once it says 万元", () => {
    const atushi = readDisclosureText("atushi-xingfu-street-2024");
    expect(run("figure-format", reading("atushi-xingfu-street-2024"))).toEqual([
      expect.objectContaining({ table: "7", code: "2010399", row: "2024年QZS水电费", claimed: "0.4 元", computed: "0.40 万元" }),
    ]);
    const corrected = atushi.replace("本项目共投资 0.4 元", "本项目共投资 0.4 万元").replace(/\n0\.4 元 计划标准/, "\n0.4 万元 计划标准");
    expect(corrected).not.toBe(atushi);
    expect(run("figure-format", readDisclosure(corrected))).toEqual([]);
  });
  it("stands at the project's row in 表7 where 表7 names it longer (“2024 年 QZS 水电费（幸福街道）”)", () => {
    const atushi = readDisclosureText("atushi-xingfu-street-2024");
    const longer = readPlanted(atushi, /^2024 年 QZS 水电费 0\.40 0\.40$/m, "2024 年 QZS 水电费（幸福街道） 0.40 0.40");
    expect(run("figure-format", longer)).toEqual([expect.objectContaining({ table: "7", code: "2010399", row: "2024年QZS水电费", claimed: "0.4 元" })]);
  });
  it("finds it in another disclosure's tables", () => {
    const r = reading("korla-xiwang-street-2024");
    const target = r.performance_targets!.find((t) => t.budget === "6.50")!;
    target.yuan_amounts.push("6.5 元");
    expect(run("figure-format", r)).toContainEqual(expect.objectContaining({ row: target.project, claimed: "6.5 元", computed: "6.50 万元" }));
  });
  it("reads an amount in 元 with its thousands separator (1,200.00 元 of a 1200.00 万元 budget)", () => {
    const r = reading("korla-xiwang-street-2024");
    const target = r.performance_targets!.find((t) => t.budget === "6.50")!;
    target.budget = "1200.00";
    target.yuan_amounts.push("1,200.00 元", "1,2,00 元");
    expect(run("figure-format", r).filter((f) => f.row === target.project)).toEqual([
      expect.objectContaining({ claimed: "1,200.00 元", computed: "1200.00 万元", message: expect.stringContaining("写作“1,200.00 元”") }),
    ]);
  });
});

describe("performance-targets", () => {
  it("reads what 预算绩效情况 says of the year's projects and which tables are withheld", () => {
    const s = reading("korla-etdz-social-affairs-2024").performance_statement!;
    expect([s.projects, s.amount, s.withheld.map((w) => [w.projects, w.amount])]).toEqual([7, "247.85", [[1, "5.88"], [1, "6"]]]);
    expect(reading("shanghai-putuo-wanli-2025").performance_statement).toBeUndefined();
  });
  it("is quiet where the tables shown and the ones withheld account for the projects", () => {
    expect(run("performance-targets", reading("korla-etdz-social-affairs-2024"))).toEqual([]);
    // 希望街道: 7 tables (84.05) + 2 withheld transfer projects (4.30) = 9 projects, 88.35; the withheld carry-over project is not among them.
    expect(run("performance-targets", reading("korla-xiwang-street-2024"))).toEqual([]);
  });
  it("finds projects without a table and without a word why (阿图什), and is quiet once the text withholds them", () => {
    const count = (r: Reading) => run("performance-targets", r).filter((f) => f.kind === "completeness");
    expect(count(reading("atushi-xingfu-street-2024"))).toEqual([
      expect.objectContaining({ severity: "warning", claimed: "15 个项目，1235.53 万元", computed: "9 张绩效目标表，819.60 万元" }),
    ]);
    const text = readDisclosureText("atushi-xingfu-street-2024");
    const withheld = text.replace(/(本单位上级转移支付项目 6 个，涉及预算金额 415\.93\s*万元)。/, "$1，项目绩效目标表完全不予公开。");
    expect(withheld).not.toBe(text);
    expect(count(readDisclosure(withheld))).toEqual([]);
  });
  it("finds an overall target that does not cover the budget (经开区: 1863.61, 表1 支出总计), and accepts one of the fiscal money (希望街道: 表4 1343.76)", () => {
    const OVERALL = "整体预算绩效目标 1 个，涉及金额 1863.61 万元";
    const text = readDisclosureText("korla-etdz-social-affairs-2024");
    const overall = (amount: string) => run("performance-targets", readPlanted(text, OVERALL, OVERALL.replace("1863.61", amount)));
    expect(reading("korla-etdz-social-affairs-2024").performance_statement?.overall).toEqual({ targets: 1, amount: "1863.61" });
    expect(overall("1836.61")).toEqual([
      expect.objectContaining({
        severity: "warning",
        section: "十二(四)",
        row: "涉及金额",
        claimed: "1836.61",
        computed: "1863.61",
        message: "第三部分 十二(四)：整体预算绩效目标涉及金额 1836.61 万元，与表1 支出总计 1863.61 万元不符：整体绩效目标应覆盖全部预算",
      }),
    ]);
    // Flagged where the claims sheet lists the amount.
    const planted = readPlanted(text, OVERALL, OVERALL.replace("1863.61", "1836.61"));
    const claims = buildWorkbook(planted, checkReading(planted)).sheets.find((sheet) => sheet.key === "claims")!;
    const flagged = claims.rows.flatMap((cells) => cells.filter((cell) => cell.flag?.note?.includes("整体预算绩效目标")));
    expect(flagged.map((cell) => cell.value)).toEqual([1836.61]);
    const xiwang = readDisclosureText("korla-xiwang-street-2024");
    expect(run("performance-targets", readPlanted(xiwang, /涉及金额 1,346\.76/, "涉及金额 1,343.76"))).toEqual([]);
  });
  it("finds the year's projects stated apart from 表3 项目支出 less 表11's carried-over projects (阿图什 1433.02 − 197.49 = 785.53 + 450.00)", () => {
    expect(reading("atushi-xingfu-street-2024").performance_statement).toMatchObject({ amount: "1235.53", nonfiscal: { projects: 1, amount: "450.00" } });
    const text = readDisclosureText("atushi-xingfu-street-2024");
    const planted = readPlanted(text, "算金额 785.53 万元；当年非财政拨款项目 1 个", "算金额 758.53 万元；当年非财政拨款项目 1 个");
    expect(run("performance-targets", planted).filter((f) => f.message.includes("表11"))).toEqual([
      expect.objectContaining({
        severity: "warning",
        section: "十二(四)",
        claimed: "1208.53",
        computed: "1235.53",
        message: "第三部分 十二(四)：说明当年项目（财政拨款与非财政拨款）涉及 1208.53 万元，而表3 项目支出 1433.02 减表11 上年结转项目支出 197.49 为 1235.53 万元",
      }),
    ]);
    // Without the 当年非财政拨款项目 clause the statement may leave projects out: not compared.
    const fiscalOnly = readPlanted(text, /；当年非财政拨款项目 1 个，涉及预算\s*金额 450\.00 万元/, "");
    expect(fiscalOnly.performance_statement?.nonfiscal).toBeUndefined();
    expect(run("performance-targets", fiscalOnly).filter((f) => f.message.includes("表11"))).toEqual([]);
  });
  it("finds a table missing where the text withholds none of the rest", () => {
    const text = readDisclosureText("korla-xiwang-street-2024").replace(/项目绩效目标表完全不予公开。/, "。");
    expect(run("performance-targets", readDisclosure(text))).toEqual([expect.objectContaining({ claimed: "9 个项目，88.35 万元", computed: "7 张绩效目标表，84.05 万元" })]);
  });
});

describe("document-year", () => {
  const text = readDisclosureText("korla-xiwang-street-2024");
  const found = (r: Reading) => run("document-year", r).map((f) => [f.section, f.row, f.claimed, f.computed]);
  it("is quiet where the narrative names its budget by the document's year (last year's in comparisons, dates and names only)", () => {
    for (const name of ["atushi-xingfu-street-2024", "korla-etdz-social-affairs-2024", "korla-xiwang-street-2024", "shanghai-putuo-wanli-2025"]) {
      expect(reading(name).other_budget_years, name).toBeUndefined();
      expect(found(reading(name)), name).toEqual([]);
    }
  });
  it("finds a heading or a sentence carried over from last year's disclosure (希望街道 二、三 saying 2023), once per section", () => {
    const heading = text.replace("二、 关于库尔勒市希望街道办事处 2024 年收入预算情况说明", "二、 关于库尔勒市希望街道办事处 2023 年收入预算情况说明");
    expect(heading).not.toBe(text);
    const carried = readPlanted(heading, /库尔勒市希望街道办事处部门收入预算 1,346\.76 万元/, "库尔勒市希望街道办事处 2023 年部门收入预算 1,346.76 万元");
    expect(found(carried)).toEqual([["二", "年度", "2023", "2024"]]);
    expect(run("document-year", carried)[0].message).toContain("（本节共 2 处）");
    // Flagged on the overview's 年度.
    const overview = buildWorkbook(carried, checkReading(carried)).sheets.find((sheet) => sheet.key === "overview")!;
    expect(overview.rows.flatMap((cells) => cells.filter((cell) => cell.flag?.note?.includes("说明却称 2023 年"))).map((cell) => cell.value)).toEqual([2024]);
    expect(found(readPlanted(text, "库尔勒市希望街道办事处 2024 年支出预算 1,346.76 万元", "库尔勒市希望街道办事处 2023 年支出预算 1,346.76 万元"))).toEqual([["三", "年度", "2023", "2024"]]);
    // Last year named as such is no slip: a comparison, last year's figure, a date.
    const lastYear = text
      .replace("比上年预算增加 191.69 万元", "比 2023 年预算增加 191.69 万元")
      .replace(/2024 年预\s*算数为 2\.77 万元，/, "2024 年预算数为 2.77 万元，2023 年预算数为 2.00 万元，");
    expect(lastYear).not.toBe(text);
    expect(found(readDisclosure(lastYear))).toEqual([]);
  });
  it("finds a cover left at last year's (经开区's “2024 年单位预算公开” printed 2023 over pages that say 2024)", () => {
    const etdz = readDisclosureText("korla-etdz-social-affairs-2024");
    const cover = etdz.replace("2024 年单位预算公开", "2023 年单位预算公开");
    expect(cover).not.toBe(etdz);
    const read = readDisclosure(cover);
    // The document's year is still the one its pages name, and the cover is what disagrees.
    expect(read.year).toBe(2024);
    expect(found(read)).toEqual([[undefined, "年度", "2023", "2024"]]);
    const [finding] = run("document-year", read);
    expect(finding.message).toMatch(/^封面（标题）：本文件为 2024 年预算，封面却称 2023 年：“库尔勒经济技术开发区社会事务管理中心2023 年单位预算公开/);
    expect(finding.message_en).toContain("the cover names the budget by 2023");
  });
});

describe("unit-name", () => {
  const found = (r: Reading) => run("unit-name", r).map((f) => [f.section, f.row, f.claimed, f.computed]);
  it("is quiet where the narrative names its own unit, its budget units, or either written short", () => {
    for (const name of ["atushi-xingfu-street-2024", "korla-etdz-social-affairs-2024", "korla-xiwang-street-2024", "shanghai-putuo-wanli-2025"]) {
      expect(reading(name).other_unit_names, name).toBeUndefined();
      expect(found(reading(name)), name).toEqual([]);
    }
    // 万里: "上海市普陀区万里街道办事处" for "上海市普陀区人民政府万里街道办事处".
    const wanli = readDisclosureText("shanghai-putuo-wanli-2025");
    expect(found(readPlanted(wanli, "上海市普陀区人民政府万里街道办事处是", "上海市普陀区万里街道办事处是"))).toEqual([]);
  });
  it("finds another body of the unit's kind and place (a sentence copied from another unit's disclosure), once per name", () => {
    const xiwang = readDisclosureText("korla-xiwang-street-2024");
    const copied = readPlanted(xiwang, /库尔勒市希望街道办事处 2024 年(支出预算|一般公共预算基本支出)/g, "库尔勒市新城街道办事处 2024 年$1");
    expect(found(copied)).toEqual([["三", "单位", "库尔勒市新城街道办事处", "库尔勒市希望街道办事处"]]);
    const etdz = readDisclosureText("korla-etdz-social-affairs-2024");
    expect(found(readPlanted(etdz, "库尔勒经济技术开发区社会事务管理中心 2024 年无上年结转结余", "库尔勒经济技术开发区党群工作管理中心 2024 年无上年结转结余"))).toEqual([
      ["十一", "单位", "库尔勒经济技术开发区党群工作管理中心", "库尔勒经济技术开发区社会事务管理中心"],
    ]);
  });
});

describe("performance-tables", () => {
  const found = (r: Reading) => run("performance-tables", r).map((f) => [f.severity, f.table, f.row, f.claimed, f.computed]);
  it("reads each table's 财政拨款 and 其他资金 and the 整体绩效目标表's sources, and is quiet on the three texts where they all agree", () => {
    const etdz = reading("korla-etdz-social-affairs-2024");
    expect(etdz.performance_targets?.map((t) => [t.budget, t.fiscal, t.other])).toEqual([["20", "20", "0"], ["15", "15", "0"], ["10", "10", "0"], ["60.97", "60.97", "0"], ["130", "130", "0"]]);
    expect(etdz.overall_target_table).toEqual({ section: "十二(四)", sources: [{ name: "上级安排", amount: "5.88" }, { name: "本级安排", amount: "1857.73" }, { name: "其他", amount: "0" }], unit: "万元" });
    // 阿图什: 613.42 + 3,623.39 + 450.00 = 4,686.81; 希望街道: 7.30 + 1,339.46 + 0.00 = 1,346.76.
    expect(reading("atushi-xingfu-street-2024").overall_target_table?.sources.map((s) => s.amount)).toEqual(["613.42", "3623.39", "450.00"]);
    for (const name of ["atushi-xingfu-street-2024", "korla-etdz-social-affairs-2024", "korla-xiwang-street-2024", "shanghai-putuo-wanli-2025"]) expect(found(reading(name)), name).toEqual([]);
  });
  it("finds a budget that is not its 财政拨款 + 其他资金 (经开区 新苑社区…: 20 of 21 + 0)", () => {
    const text = readDisclosureText("korla-etdz-social-affairs-2024");
    const planted = readPlanted(text, "年度预算总额：\t20\t其中：财政拨款\t20", "年度预算总额：\t20\t其中：财政拨款\t21");
    expect(found(planted)).toEqual([["error", undefined, "新苑社区工作经费及为民服务费", "20", "21.00"]]);
  });
  it("finds a budget that is not the project's total in 表7, and takes a table whose 财政拨款 is 表7's (希望街道 网格党支部书记岗位补贴 0.72)", () => {
    const text = readDisclosureText("korla-xiwang-street-2024");
    const BUDGET = /年度预算总额 0\.72(\s*其中：财政拨\s*款\s*)0\.72 其他资金 0\.00/;
    expect(found(readPlanted(text, BUDGET, "年度预算总额 0.27$10.27 其他资金 0.00"))).toEqual([["error", "7", "部门专项-居民身份网格党支部书记岗位补贴", "0.27", "0.72"]]);
    // 0.72 of 表7 is the fiscal money of a 1.72 budget: only the table's own sum is wrong, not its budget against 表7.
    expect(found(readPlanted(text, BUDGET, "年度预算总额 1.72$10.72 其他资金 0.00"))).toEqual([["error", undefined, "部门专项-居民身份网格党支部书记岗位补贴", "1.72", "0.72"]]);
    expect(found(readPlanted(text, BUDGET, "年度预算总额 1.72$10.72 其他资金 1.00"))).toEqual([]);
  });
  it("finds 整体绩效目标表's sources that do not add up to the overall target's amount, or to its own 资金总额 (经开区, 希望街道)", () => {
    const etdz = readDisclosureText("korla-etdz-social-affairs-2024");
    expect(found(readPlanted(etdz, "本级安排\t1857.73", "本级安排\t1857.37"))).toEqual([["error", undefined, "整体绩效目标表", "1863.61", "1863.25"]]);
    const xiwang = readDisclosureText("korla-xiwang-street-2024");
    expect(found(readPlanted(xiwang, "资金来源 资金总额（万元）", "资金来源 资金总额（万元） 1,346.67"))).toEqual([["error", undefined, "整体绩效目标表", "1346.67", "1346.76"]]);
    // Where 预算绩效情况 states no amount, the sources cover the budget: 表1 支出总计 (or 表4's, the fiscal money's).
    const unstatedText = xiwang.replace(/整体预算绩效目标 1 个，涉及金额 1,346\.76\s*万元；/, "");
    const unstated = (source: string) => readPlanted(unstatedText, "本级安排 1,339.46", `本级安排 ${source}`);
    expect(readDisclosure(unstatedText).performance_statement?.overall).toBeUndefined();
    expect(found(readDisclosure(unstatedText))).toEqual([]);
    expect(found(unstated("1,336.46"))).toEqual([]);
    expect(found(unstated("1,393.46"))).toEqual([["warning", undefined, "整体绩效目标表", "1400.76", "1346.76"]]);
  });
});

describe("narrative-projects", () => {
  const atushi = () => readDisclosureText("atushi-xingfu-street-2024");
  it("is quiet where sentences name only projects booked under their classification", () => {
    for (const name of ["korla-etdz-social-affairs-2024", "korla-xiwang-street-2024", "shanghai-putuo-wanli-2025"]) {
      expect(run("narrative-projects", reading(name)), name).toEqual([]);
    }
  });
  it("finds a class description and an item's reason naming projects 表7 books elsewhere (阿图什 F6, F5)", () => {
    expect(run("narrative-projects", reading("atushi-xingfu-street-2024")).map((f) => [f.section, f.code, f.computed])).toEqual([
      ["四", "201", "2081901"],
      ["五(三)", "2081901", "2081107"],
    ]);
    // Without the 城市低保 transfer in the description of 201, only the copied reason remains.
    const corrected = atushi().replace(/及 2024 年中央财政困难群众救助补助资金（城市低保）、\s*/, "及");
    expect(corrected).not.toBe(atushi());
    expect(run("narrative-projects", readDisclosure(corrected)).map((f) => f.code)).toEqual(["2081901"]);
  });
  it.each([
    ["2081901 城市最低生活保障金支出", "8.2081901 城市最低生活保障金支出："],
    ["城市最低生活保障金支出（2081901）", "8.城市最低生活保障金支出（2081901）："],
    ["类-款-项", "8.社会保障和就业支出-最低生活保障-城市最低生活保障金支出："],
  ])("finds the copied reason of an item named as %s", (_, words) => {
    const reworded = atushi().replace(/8\.社会保障和就业支出（类）最低生活保障（款）城市\s*最低生活保障金支出（项）：/, words);
    expect(reworded).not.toBe(atushi());
    expect(run("narrative-projects", readDisclosure(reworded)).map((f) => [f.section, f.code, f.computed])).toContainEqual(["五(三)", "2081901", "2081107"]);
  });
  it("finds a project planted in another item's reason", () => {
    const planted = atushi().replace(/本年增加 2024\s*年中央财政困难群众救助补助资金（临时救助）/, "本年增加社区运转经费");
    expect(planted).not.toBe(atushi());
    expect(run("narrative-projects", readDisclosure(planted))).toContainEqual(
      expect.objectContaining({ code: "2082001", claimed: "社区运转经费", computed: "2010301" }),
    );
  });
});

describe("performance-targets: costs per unit", () => {
  it("finds costs written per 社区 that add up to the budget only as lump sums (阿图什 党建工作经费)", () => {
    const target = reading("atushi-xingfu-street-2024").performance_targets!.find((t) => t.project === "党建工作经费")!;
    expect(target.per_unit).toEqual([{ per: "社区", amounts: ["1", "5", "10", "20", "19"], count: 11 }]);
    expect(run("performance-targets", reading("atushi-xingfu-street-2024"))).toContainEqual(
      expect.objectContaining({ kind: "narrative", row: "党建工作经费", computed: "605.00 万元（11 个社区）" }),
    );
  });
  it("is quiet where the per-unit costs times the units make the budget", () => {
    const r = reading("atushi-xingfu-street-2024");
    const target = r.performance_targets!.find((t) => t.project === "党建工作经费")!;
    target.per_unit = [{ per: "社区", amounts: ["1", "4"], count: 11 }];
    expect(run("performance-targets", r).filter((f) => f.row === "党建工作经费")).toEqual([]);
  });
});

describe("excerpt (a sentence quoted in a message)", () => {
  it("cuts at the length given, with …, and never inside a figure", () => {
    expect(excerpt("涉及金额 1863.61 万元", 40)).toBe("涉及金额 1863.61 万元");
    expect(excerpt("涉及金额 1863.61 万元", 4)).toBe("涉及金额…");
    expect(excerpt("涉及金额 1863.61 万元", 7)).toBe("涉及金额 1863.61…");
    expect(excerpt("涉及金额 1863.61 万元", 10)).toBe("涉及金额 1863.61…");
    expect(excerpt("共 1,863.61 万元，下降 5.0%", 4)).toBe("共 1,863.61…");
  });
});

describe("self-reference", () => {
  it("is quiet where the narrative calls itself as its title does", () => {
    for (const name of ["atushi-xingfu-street-2024", "korla-xiwang-street-2024", "shanghai-putuo-wanli-2025"]) {
      expect(run("self-reference", reading(name)), name).toEqual([]);
    }
  });
  it("notes a 单位预算 that once says 本部门 (开发区社会事务管理中心, 十二(四))", () => {
    expect(run("self-reference", reading("korla-etdz-social-affairs-2024"))).toEqual([
      expect.objectContaining({ severity: "info", section: "十二(四)", claimed: "本部门 × 1" }),
    ]);
  });
  it("quotes the sentence without cutting a figure short (1863.61, not 1863.6)", () => {
    const [finding] = run("self-reference", reading("korla-etdz-social-affairs-2024"));
    expect(finding.message).toMatch(/如“2024 年，本部门预算绩效管理整体预算绩效目标 1 个，涉及金额 1863\.61…”$/);
  });
  it("warns where a 单位预算 calls itself only 本部门, read from the text", () => {
    const text = readDisclosureText("atushi-xingfu-street-2024").replace(/([本我])单位/g, "$1部门");
    expect(run("self-reference", readDisclosure(text))).toEqual([expect.objectContaining({ severity: "warning", claimed: "本部门 × 6" })]);
  });
});
