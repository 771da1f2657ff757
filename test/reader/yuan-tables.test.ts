/**
 * Many disclosures print their tables in 元 (单位：元) while the narrative speaks in 万元, and text
 * flattened out of a PDF then carries whole numbers ("13,437,600" or "13437600.00") where the
 * Xinjiang texts carry 1,343.76. The real flattened texts, their tables rewritten in 元, must read
 * into the same tables (in 元) and give the same findings.
 */
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

/** The text with the amounts of 第三部分 (the narrative) stated in 元: "785.85 万元" → "7,858,500.00 元". */
function narrativeInYuan(text: string): string {
  const at = text.search(/^\s*第三部分/m);
  expect(at).toBeGreaterThan(0);
  const narrative = text.slice(at).replace(/(\d[\d,]*\.\d\d)(\s*)万元/g, (_, wan: string, space: string) => `${inYuan(wan, { separators: true, decimals: true })}${space}元`);
  return text.slice(0, at) + narrative;
}

describe("a narrative that states its amounts in 元", () => {
  const text = readDisclosureText("korla-xiwang-street-2024");

  it("is not read as checked: the reading says its amounts were not compared with the tables", () => {
    const original = readDisclosure(text);
    expect(original.problems).toEqual([]);
    expect(original.claims.filter((c) => c.section !== "第一部分").length).toBeGreaterThan(20);
    const reading = readDisclosure(narrativeInYuan(text));
    expect(reading.money_unit).toBe("元");
    expect(reading.tables).toEqual(original.tables);
    // Its amounts are not read as claims…
    expect(reading.claims.filter((c) => c.section !== "第一部分").length).toBeLessThan(5);
    // …and the reading says so, rather than passing for a narrative that agrees with its tables.
    expect(reading.problems).toEqual([expect.stringMatching(/^说明中的金额以元表述：.*未与表格核对.* \/ the narrative states its amounts in 元/)]);
  });
});

function byLocation(a: ReturnType<typeof located>, b: ReturnType<typeof located>): number {
  return JSON.stringify(a).localeCompare(JSON.stringify(b));
}
