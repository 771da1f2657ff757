/**
 * Disclosures number their tables in more ways than "表 1": 表一, 附表1, a bare title with no
 * number at all, a title wrapped over two lines, and a table of contents that names every table
 * before any is printed. The same
 * tables must be read whichever way they are headed (the real texts, re-headed).
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import { checkReading } from "../../src/rules/check";
import { readDisclosureText } from "../shared-data";

const CHINESE = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"];
/** A line that is only a table's number: "表 1", " 表 2", "表 3:". */
const NUMBER_LINE = /^([ \t]*)表\s*(\d{1,2})\s*[:：]?[ \t]*$/gm;

/** "部门收支总体情况表" / "编制部门：… 单位：万元" → "部门收支总体情况表 单位：万元" / "编制部门：…". */
const unitOnTitle = (text: string) =>
  text.replace(/(情况表)[ \t]*\n+([ \t]*)编制(部门|单位)([:：][^\n]*?)[ \t]*单位[:：][ \t]*万元/g, "$1 单位：万元\n$2编制$3$4");

const STANDARD_TITLES = ["收支总体情况表", "收入总体情况表", "支出总体情况表", "财政拨款收支总体情况表", "一般公共预算支出情况表", "一般公共预算基本支出情况表", "一般公共预算项目支出情况表", "政府性基金预算支出情况表", "国有资本经营预算支出情况表", "财政拨款“三公”经费支出情况表", "上年结转结余情况明细表"];
/**
 * A table of contents before the text that lists all eleven tables, each with its page number (the
 * page written by `page`): a table the text lacks (库尔勒经开区's 表8) is still missing.
 */
const withContents = (text: string, page: (n: number) => string) =>
  ["目录", `第二部分 2024年单位预算公开表${page(4)}`, ...STANDARD_TITLES.map((title, i) => `表${i + 1} 单位${title}${page(5 + i)}`), `第三部分 2024年单位预算情况说明${page(16)}`, text].join("\n");

const reheadings: Record<string, (text: string) => string> = {
  "a table of contents of all eleven tables, with page numbers": (text) => withContents(text, (n) => ` ${n}`),
  "…as a word processor's field codes": (text) => withContents(text, (n) => ` PAGEREF _Toc${25800 + n} \\h ${n}`),
  "表一": (text) => text.replace(NUMBER_LINE, (_, indent, n) => `${indent}表${CHINESE[Number(n)]}`),
  "附表 1": (text) => text.replace(NUMBER_LINE, (_, indent, n) => `${indent}附表 ${n}`),
  "附件 1": (text) => text.replace(NUMBER_LINE, (_, indent, n) => `${indent}附件 ${n}`),
  "金额单位：万元": (text) => text.replace(/(^|[ \t])单位：万元/gm, "$1金额单位：万元"),
  "no number": (text) => text.replace(NUMBER_LINE, ""),
  // "表 2" / "部门收入" / "总体情况表": a long title wrapped on a narrow page.
  "a title wrapped": (text) => text.replace(/^([ \t]*表[ \t]*\d{1,2}[:：]?[ \t]*\n+)([^\n]{4})([^\n]*表)[ \t]*$/gm, "$1$2\n$3"),
  "the unit on the title line": (text) => unitOnTitle(text),
  "no number, the unit on the title line": (text) => unitOnTitle(text.replace(NUMBER_LINE, "")),
  "a table of contents first": (text) =>
    text.replace(/^[ \t]*表\s*1[ \t]*$/m, (first) =>
      ["目录", "表1 部门收支总体情况表", "表2 部门收入总体情况表", "表3 部门支出总体情况表", "表4 财政拨款收支总体情况表", "表5 一般公共预算支出情况表", "", first].join("\n"),
    ),
};

/** Each rewriting of each text reads into the unit name, tables (each in its unit) and findings of the text itself. */
function readsAlike(names: string[], title: string, rewritings: Record<string, (text: string) => string>): void {
  describe.each(names)(title, (name) => {
    const text = readDisclosureText(name);
    const original = readDisclosure(text);
    const originalFindings = checkReading(original);

    it.each(Object.keys(rewritings))("%s: the same unit name, tables and findings", (rewriting) => {
      const rewritten = rewritings[rewriting](text);
      expect(rewritten).not.toBe(text);
      const reading = readDisclosure(rewritten);
      expect(reading.unit).toBe(original.unit);
      expect(reading.tables).toEqual(original.tables);
      expect(checkReading(reading)).toEqual(originalFindings);
    });
  });
}

readsAlike(["korla-xiwang-street-2024", "atushi-xingfu-street-2024", "korla-etdz-social-affairs-2024"], "%s, re-headed", reheadings);

describe("a bare title", () => {
  const text = readDisclosureText("korla-xiwang-street-2024");

  it("is a table's title only where the table's unit follows it", () => {
    // A sentence of the narrative can wrap right after a title: "…，" / "政府性基金预算支出情况表" / "为空表。"
    const sentence = "库尔勒市希望街道办事处 2024 年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表";
    expect(text).toContain(sentence);
    const wrapped = text.replace(sentence, "库尔勒市希望街道办事处 2024 年没有使用政府性基金预算拨款安排的支出，\n政府性基金预算支出情况表");
    expect(readDisclosure(wrapped).tables).toEqual(readDisclosure(text).tables);
  });

  it("with a year in front is found too", () => {
    const yearTitled = text.replace(/^[ \t]*表\s*1[ \t]*\n+[ \t]*部门收支总体情况表/m, "2024年部门收支总体情况表");
    expect(yearTitled).not.toBe(text);
    expect(readDisclosure(yearTitled).tables).toEqual(readDisclosure(text).tables);
  });
});

describe("a table continued over a page break", () => {
  const text = readDisclosureText("korla-xiwang-street-2024");
  // 表2 runs over pages: its column headers are printed again from "编制部门：…" on the next page.
  const table2 = text.indexOf(" 表 2");
  const nextPage = text.indexOf(" 编制部门：", text.indexOf("205 08 03 培训支出", table2));
  const original = readDisclosure(text).tables;

  it.each([
    ["its heading and title printed again", " 表 2\n\n部门收入总体情况表\n\n"],
    ["its title printed again", "部门收入总体情况表\n\n"],
    ["续表", "续表\n\n"],
    ["表 2（续）", " 表 2（续）\n\n"],
  ])("%s: read as one table", (_, repeated) => {
    expect(table2).toBeGreaterThan(0);
    expect(nextPage).toBeGreaterThan(table2);
    const reading = readDisclosure(text.slice(0, nextPage) + repeated + text.slice(nextPage));
    expect(reading.tables).toEqual(original);
  });
});

/** "单位：万元" (and "单位：元") as disclosures also print it. */
const unitWordings: Record<string, (unit: string) => string> = {
  "金额单位：万元": (unit) => `金额单位：${unit}`,
  "单位：人民币万元": (unit) => `单位：人民币${unit}`,
  "金额单位：人民币万元": (unit) => `金额单位：人民币${unit}`,
  "（单位：万元）": (unit) => `（单位：${unit}）`,
};
const unitRewritings = Object.fromEntries(
  Object.entries(unitWordings).map(([wording, write]) => [wording, (text: string) => text.replace(/单位[:：][ \t]*(万元|元)/g, (_, unit: string) => write(unit))]),
);

readsAlike(["korla-xiwang-street-2024", "atushi-xingfu-street-2024", "korla-etdz-social-affairs-2024", "shanghai-putuo-wanli-2025"], "%s, the tables' unit written another way", unitRewritings);

/** The line under a table's title that names who compiled it, as disclosures also print it. */
const compilerLines: Record<string, (text: string) => string> = {
  "with the date it was compiled": (text) => text.replace(/^([ \t]*编制(?:部门|单位)[:：]\S+)[ \t]+(单位[:：])/gm, "$1 2024年1月10日 $2"),
  // The name is then read from 第一部分's title ("第一部分 2024 年某某办事处部门概况").
  "left out (only the unit is printed)": (text) => text.replace(/^[ \t]*编制(?:部门|单位)[:：]\S+[ \t]+(单位[:：])/gm, "$1"),
};

readsAlike(["korla-xiwang-street-2024", "korla-etdz-social-affairs-2024"], "%s, the 编制部门 line written another way", compilerLines);
