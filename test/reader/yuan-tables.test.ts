/**
 * Many disclosures print their tables in 元 (单位：元) while the narrative speaks in 万元, and text
 * flattened out of a PDF then carries whole numbers ("13,437,600" or "13437600.00") where the
 * Xinjiang texts carry 1,343.76. The real flattened texts, their tables rewritten in 元, must read
 * into the same tables (in 元) and give the same findings. Some disclosures state the narrative's
 * amounts in 元 as well: the texts with their narrative rewritten so read into the same claims.
 */
import { Decimal } from "../../src/amount";
import { buildWorkbook } from "../../src/layout/build-workbook";
import { evaluateFormula } from "../../src/layout/formulas";
import type { SheetLayout } from "../../src/layout/types";
import { readDisclosure } from "../../src/reader/read-disclosure";
import { checkReading } from "../../src/rules/check";
import type { Finding } from "../../src/rules/types";
import { readDisclosureText } from "../shared-data";

interface YuanForm {
  separators: boolean;
  decimals: boolean;
}

/** 1,343.76 (万元) in 元, as the form prints it: 13,437,600 / 13437600.00 / … */
function inYuan(wan: string, form: YuanForm): string {
  const yuan = (BigInt(wan.replace(/[,.]/g, "")) * 100n).toString();
  return (form.separators ? yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : yuan) + (form.decimals ? ".00" : "");
}

/** The text with the tables of 第二部分 printed in 元 (a figure a line break cut is joined first). */
function tablesInYuan(text: string, form: YuanForm): string {
  const joined = text
    .replace(/(\d\.)\n(?:[ \t]*\n)*(\d\d)(?=[ \t]|$)/gm, "$1$2")
    .replace(/(\d\.\d)\n(?:[ \t]*\n)*(\d)(?=[ \t]|$)/gm, "$1$2");
  const lines = joined.split("\n");
  const start = lines.findIndex((line) => /^\s*第二部分/.test(line));
  const end = lines.findIndex((line) => /^\s*第三部分/.test(line));
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return lines
    .map((line, i) =>
      i <= start || i >= end
        ? line
        : line.replace(/单位[:：]\s*万元/g, "单位：元").replace(/(^|\s)(-?[\d,]+\.\d\d)(?=\s|$)/g, (_, space, wan) => space + inYuan(wan, form)),
    )
    .join("\n");
}

/** The reading's tables with every figure in 元, as the reader gives it (separators removed). */
function tablesConverted(tables: unknown, form: YuanForm): unknown {
  const convert = (value: unknown): unknown => {
    if (typeof value === "string") {
      if (value === "万元") return "元";
      return /^-?\d+\.\d\d$/.test(value) ? inYuan(value, { ...form, separators: false }) : value;
    }
    if (Array.isArray(value)) return value.map(convert);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    return value;
  };
  return convert(tables);
}

/** Where a finding points and what it is; its figures and wording follow the unit. */
const located = (f: Finding) => ({ rule: f.rule, severity: f.severity, table: f.table, code: f.code, row: f.row, column: f.column, section: f.section });

const forms: Record<string, YuanForm> = {
  "13,437,600": { separators: true, decimals: false },
  "13437600": { separators: false, decimals: false },
  "13,437,600.00": { separators: true, decimals: true },
};

describe.each(["korla-xiwang-street-2024", "atushi-xingfu-street-2024"])("%s, tables printed in 元", (name) => {
  const text = readDisclosureText(name);
  const original = readDisclosure(text);
  // A 0.01 万元 difference between rounded figures is 100 元 in a table printed in 元 to the 元:
  // no rounding there, an error.
  const expectedFindings = checkReading(original).map((f) => ({ ...located(f), severity: f.severity === "rounding" && f.table ? "error" : f.severity }));

  it.each(Object.keys(forms))("%s: the same tables and findings", (formName) => {
    const form = forms[formName];
    const reading = readDisclosure(tablesInYuan(text, form));
    expect(Object.values(reading.tables).map((t) => t?.unit)).toEqual(Object.values(original.tables).map(() => "元"));
    expect(reading.tables).toEqual(tablesConverted(original.tables, form));
    expect(reading.money_unit).toBe("万元");
    expect(reading.problems.filter((p) => p.includes("说明中的金额以元表述"))).toEqual([]);
    expect(checkReading(reading).map(located).sort(byLocation)).toEqual(expectedFindings.sort(byLocation));
  });
});

/** A figure in 万元 as a disclosure in 元 prints it: "785.85" → "7,858,500.00", or in whole 元 "7,858,500". */
const yuanFigure = (wan: string, places = 2) =>
  new Decimal(wan.replace(/,/g, "")).times(10000).toNumber().toLocaleString("en-US", { minimumFractionDigits: places, maximumFractionDigits: places });

/**
 * The text with the amounts of 第三部分 (the narrative) stated in 元, as a disclosure in 元 prints
 * them: "785.85 万元" → "7,858,500.00 元", "0 万元" → "0.00 元", a unit a line break cut ("1,175.15" /
 * "万元") included; and its 项目支出绩效目标表 in 元: "项目资金（万元） 年度预算总额：55.00" →
 * "项目资金（元） 年度预算总额：550,000.00", its header maybe cut over lines ("项目资金(万" / "元)").
 */
function narrativeInYuan(text: string, places = 2): string {
  const at = text.search(/^\s*第三部分/m);
  expect(at).toBeGreaterThan(0);
  const narrative = text
    .slice(at)
    .replace(/项目资金(\s*[（(]\s*)万(\s*元\s*[)）])([\s\S]*?)(?=项目总体)/g, (_, open: string, close: string, cells: string) =>
      `项目资金${open}${close}${cells.replace(/(?<![\d.])\d[\d,]*(?:\.\d+)?/g, (wan) => yuanFigure(wan, places))}`,
    )
    .replace(/(?<![\d.])(\d[\d,]*(?:\.\d+)?)(\s*)万(\s*)元/g, (_, wan: string, space: string, inside: string) => `${yuanFigure(wan, places)}${space}${inside}元`);
  return text.slice(0, at) + narrative;
}

/** A narrative figure in 元 (万元 × 10,000), compared as a number. */
const yuanOf = (wan: string | undefined) => (wan === undefined ? undefined : new Decimal(wan).times(10000).toString());
const plain = (figure: string | undefined) => (figure === undefined ? undefined : new Decimal(figure).toString());

describe.each(["korla-xiwang-street-2024", "atushi-xingfu-street-2024", "korla-etdz-social-affairs-2024"])("%s, the narrative stating its amounts in 元", (name) => {
  const text = readDisclosureText(name);
  const original = readDisclosure(text);
  const reading = readDisclosure(narrativeInYuan(text));

  it("reads the same claims, their amounts in 元, and leaves nothing unread for the unit", () => {
    expect(reading.money_unit).toBe("元");
    expect(reading.tables).toEqual(original.tables);
    const figures = (claims: typeof original.claims, inYuan: boolean) =>
      claims.map((c) => {
        const money = inYuan && c.section !== "第一部分" ? yuanOf : plain;
        return { ...c, text: undefined, amount: money(c.amount), change: money(c.change), last_year: money(c.last_year), share_of: money(c.share_of) };
      });
    expect(original.claims.filter((c) => c.section !== "第一部分").length).toBeGreaterThan(20);
    expect(figures(reading.claims, false)).toEqual(figures(original.claims, true));
    // (An amount the text already prints in 元, "补助 0.29 元", stays as printed.)
    const printedInYuan = (s: (typeof original.subsidies)[number]) => s.amount !== undefined && new RegExp(`(?<![\\d.])${s.amount}\\s*元`).test(s.text);
    expect(reading.subsidies.map((s) => ({ ...s, text: undefined, amount: plain(s.amount) }))).toEqual(
      original.subsidies.map((s) => ({ ...s, text: undefined, amount: printedInYuan(s) ? plain(s.amount) : yuanOf(s.amount) })),
    );
    // 政府采购 and its parts, in 元.
    const procurement = (p: typeof original.procurement, money: typeof plain) =>
      p && Object.fromEntries(Object.entries(p).map(([key, value]) => [key, key === "section" || key === "text" ? undefined : money(value)]));
    expect(original.procurement).toBeDefined();
    expect(procurement(reading.procurement, plain)).toEqual(procurement(original.procurement, yuanOf));
    // Nothing is left unread for the unit.
    expect(reading.problems).toEqual(original.problems);
  });

  it("reads the performance-target tables and the 预算绩效情况 statement in 元", () => {
    const targets = (list: typeof original.performance_targets, money: typeof plain) =>
      (list ?? []).map((t) => ({
        section: t.section,
        project: t.project,
        budget: money(t.budget),
        per_unit: t.per_unit?.map((p) => ({ ...p, amounts: p.amounts.map((a) => money(a)) })),
      }));
    expect(original.performance_targets?.every((t) => t.unit === "万元")).toBe(true);
    expect(reading.performance_targets?.every((t) => t.unit === "元")).toBe(true);
    expect(targets(reading.performance_targets, plain)).toEqual(targets(original.performance_targets, yuanOf));
    const statement = (s: typeof original.performance_statement, money: typeof plain) =>
      s && {
        ...s,
        text: undefined,
        amount: money(s.amount),
        withheld: s.withheld.map((w) => ({ ...w, text: undefined, amount: money(w.amount) })),
        overall: s.overall && { ...s.overall, amount: money(s.overall.amount) },
        nonfiscal: s.nonfiscal && { ...s.nonfiscal, amount: money(s.nonfiscal.amount) },
      };
    expect(original.performance_statement?.overall).toBeDefined();
    expect(statement(reading.performance_statement, plain)).toEqual(statement(original.performance_statement, yuanOf));
  });

  it("reads the project descriptions' budgets and allocations in 元", () => {
    expect(original.project_budgets?.length).toBeGreaterThan(0);
    // (An amount printed in 元 in a narrative in 万元, "0.29 元", is one of the 元 text's amounts as printed.)
    const amounts = (b: NonNullable<typeof original.project_budgets>[number], money: typeof plain) => ({
      project: b.project,
      budget: money(b.budget),
      total: money(b.allocation?.total),
      items: [...(b.allocation?.items ?? []).map((a) => money(a)), ...(b.allocation?.yuan_items ?? []).map(plain)].sort(),
      rates: b.allocation?.rates?.map((r) => ({ ...r, rate: money(r.rate) })),
    });
    expect(reading.project_budgets!.map((b) => amounts(b, plain))).toEqual(original.project_budgets!.map((b) => amounts(b, yuanOf)));
  });

  it("gives the same findings, in 元", () => {
    const findings = checkReading(reading);
    // What the 元 text changes: sums of narrative figures printed to the 分 may not differ by 100 元
    // (0.01 万元 was rounding); and an amount the text prints in 元 where it means 万元 ("补助 0.29
    // 元", a unit slip in a narrative in 万元) is 0.29 元 here, and fails persons × standard. A
    // performance-target table's "0.4 元" of its budget of 0.40 万元 (4,000.00 元 here) is still a slip.
    const originalFindings = checkReading(original);
    const slipped = new Set(originalFindings.filter((f) => f.rule === "figure-format" && reading.subsidies.some((s) => s.project === f.row)).map((f) => f.row));
    const expected = originalFindings
      .filter((f) => !slipped.has(f.row))
      .map((f) => (f.rule === "narrative-totals" && f.severity === "rounding" ? { ...located(f), severity: "error" as const } : located(f)));
    expect(findings.filter((f) => !slipped.has(f.row)).map(located).sort(byLocation)).toEqual(expected.sort(byLocation));
    for (const row of slipped) expect(findings).toContainEqual(expect.objectContaining({ rule: "subsidy-total", severity: "error", row }));
    const narrative = findings.filter((f) => ["narrative-amount", "narrative-change", "narrative-share", "narrative-totals", "subsidy-total", "project-budget", "project-allocation", "performance-targets"].includes(f.rule));
    expect(narrative.length).toBeGreaterThan(0);
    for (const finding of narrative) expect(finding.message).not.toMatch(/万元/);
  });

  it("reports an amount in 元 its table contradicts, and one within the table's rounding as rounding", () => {
    // A class or item of 五, its amount printed right after its name ("…事业运行(项): 2024年预算数为14,934,500.00元").
    const yuanText = narrativeInYuan(text);
    const amountAt = (c: (typeof reading.claims)[number]) => {
      const name = yuanText.indexOf(c.subject.slice(-8));
      const at = name < 0 ? -1 : yuanText.indexOf(printed(c.amount), name);
      return at >= 0 && at - name < 60 ? at : -1;
    };
    const item = reading.claims.find((c) => /[（(][类项][）)]$/.test(c.subject) && c.section.startsWith("五") && amountAt(c) >= 0);
    expect(item).toBeDefined();
    const at = amountAt(item!);
    const changedBy = (yuan: number) => {
      const mutated = yuanText.slice(0, at) + printed(new Decimal(item!.amount).plus(yuan).toString()) + yuanText.slice(at + printed(item!.amount).length);
      return checkReading(readDisclosure(mutated)).filter((f) => f.rule === "narrative-amount" && f.row === item!.subject);
    };
    const expected = (yuan: number, severity: string) => [
      expect.objectContaining({ severity, section: item!.section, claimed: new Decimal(item!.amount).plus(yuan).toFixed(2), computed: new Decimal(item!.amount).toFixed(2) }),
    ];
    // The table prints 万元 to 0.01 万元 (100 元): 1 元 off may be the table's rounding, 1,000 元 is not.
    expect(changedBy(1)).toEqual(expected(1, "rounding"));
    expect(changedBy(1000)).toEqual(expected(1000, "error"));
  });
});

describe("a narrative stating whole 元", () => {
  it("sums the 预算绩效情况 statement's fiscal and non-fiscal projects at whole 元, as it prints them", () => {
    // 阿图什: 14 fiscal projects, 785.53 万元, and 1 non-fiscal, 450.00 万元: "7,855,300 元" + "4,500,000 元".
    const reading = readDisclosure(narrativeInYuan(readDisclosureText("atushi-xingfu-street-2024"), 0));
    expect(reading.money_unit).toBe("元");
    expect(reading.performance_statement?.amount).toBe("12355300");
    expect(checkReading(reading).filter((f) => f.rule === "performance-targets" && f.kind === "completeness")).toEqual([
      expect.objectContaining({ severity: "warning", claimed: "15 个项目，12355300 元", computed: "9 张绩效目标表，8196000 元" }),
    ]);
  });
});

describe("the workbook of a narrative in 元 (希望街道 rewritten)", () => {
  const reading = readDisclosure(narrativeInYuan(readDisclosureText("korla-xiwang-street-2024")));
  const sheets = buildWorkbook(reading, checkReading(reading)).sheets;
  const sheet = (key: string) => sheets.find((s) => s.key === key)!;
  /** The value of an A1 reference on the sheet ("G3"). */
  const valueAt = (rows: SheetLayout["rows"]) => (reference: string) => {
    const [, column, row] = reference.match(/^([A-Z])(\d+)$/)!;
    return rows[Number(row) - 1][column.charCodeAt(0) - 65]?.value;
  };

  it("heads the amounts of 说明核对 and 补贴核对 in 元, and computes the subsidies in 元", () => {
    expect(sheet("claims").rows[0][2].value).toBe("金额（元）");
    const subsidies = sheet("subsidies").rows;
    expect([subsidies[0][6].value, subsidies[0][7].value]).toEqual(["金额（印，元）", "金额（算，元）"]);
    // 居民身份网格党支部书记岗位补贴: 1 人 × 600 元/人/月 × 12 个月 = 7,200 元, as its 预算安排规模 says.
    const computed = reading.subsidies.flatMap((s, i) => {
      const formula = subsidies[i + 1][7].formula;
      return formula ? [{ project: s.project, printed: s.amount, computed: evaluateFormula(formula, valueAt(subsidies)), unit: formula.unit }] : [];
    });
    expect(computed.length).toBeGreaterThan(0);
    for (const row of computed) expect(row.unit).toBe("元");
    expect(computed.some((row) => row.printed !== undefined && Number(row.printed) === row.computed && row.computed >= 1000)).toBe(true);
  });
});

/** A figure in 元 as narrativeInYuan prints it. */
function printed(figure: string): string {
  return new Decimal(figure).toNumber().toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function byLocation(a: ReturnType<typeof located>, b: ReturnType<typeof located>): number {
  return JSON.stringify(a).localeCompare(JSON.stringify(b));
}
