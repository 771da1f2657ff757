/**
 * A converter that turns a PDF into Markdown writes its tables as pipe rows ("| 201 | 一般公共服务支出 |
 * 1735.42 |") with a rule under the header ("| --- | --- |"). Such a row has its cells as a TAB row
 * has: the TAB-separated real texts, rewritten as Markdown tables, read as they do; and any text's
 * headings written as Markdown headings ("## 一、…", "### 表1") read as the headings they are.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import { splitLines } from "../../src/reader/text-lines";
import { checkReading } from "../../src/rules/check";
import { readDisclosureText } from "../shared-data";

/** Each run of TAB rows as a Markdown table: pipe rows, a rule under the first. */
function asMarkdownTables(text: string): string {
  let inTable = false;
  return text
    .split("\n")
    .map((line) => {
      const row = line.includes("\t");
      const cells = line.split("\t").map((cell) => cell.trim());
      const out = row ? `| ${cells.join(" | ")} |${inTable ? "" : `\n|${cells.map(() => " --- ").join("|")}|`}` : line;
      inTable = row;
      return out;
    })
    .join("\n");
}

/** Parts, sections and table headings as Markdown headings: "# 第一部分", "## 一、", "### 表1". */
function withMarkdownHeadings(text: string): string {
  return text.replace(/^([ \t]*)(第[一二三四]部分|[一二三四五六七八九十]+、|表\s*\d{1,2}|（[一二三四五六七八九十]+）)/gm, (_, indent: string, heading: string) => {
    const level = heading.startsWith("第") ? "#" : heading.startsWith("表") ? "###" : "##";
    return `${indent}${level} ${heading}`;
  });
}

describe("Markdown headings", () => {
  it.each(["atushi-xingfu-street-2024", "korla-xiwang-street-2024", "korla-etdz-social-affairs-2024", "shanghai-putuo-wanli-2025"])(
    "%s: the same tables, claims and findings",
    (name) => {
      const text = readDisclosureText(name);
      const markdown = withMarkdownHeadings(text);
      expect(markdown).toMatch(/^\s*## [一二三四五六七八九十]+、/m);
      const original = readDisclosure(text);
      const reading = readDisclosure(markdown);
      expect(reading.tables).toEqual(original.tables);
      expect(reading.claims).toEqual(original.claims);
      expect(checkReading(reading)).toEqual(checkReading(original));
    },
  );
});

describe("Markdown tables", () => {
  it.each(["korla-etdz-social-affairs-2024", "shanghai-putuo-wanli-2025"])("%s: the same tables, claims and findings", (name) => {
    const text = readDisclosureText(name);
    const markdown = asMarkdownTables(text);
    expect(markdown).toMatch(/^\| --- \|/m);
    const original = readDisclosure(text);
    const reading = readDisclosure(markdown);
    expect(reading.tables).toEqual(original.tables);
    expect(reading.claims).toEqual(original.claims);
    expect(reading.problems).toEqual(original.problems);
    expect(checkReading(reading)).toEqual(checkReading(original));
  });

  it("splits a pipe row into its cells (blank ones kept), and drops the rule under the header", () => {
    const lines = splitLines(["| 科目编码 | 科目名称 | 合计 |", "|---|:---:|---:|", "| 201 | 一般公共服务支出 | 1,735.42 |", "| 20101 |  | 3.00 |", "a | b"].join("\n"));
    expect(lines.map((line) => line.cells)).toEqual([["科目编码", "科目名称", "合计"], ["201", "一般公共服务支出", "1,735.42"], ["20101", "", "3.00"], undefined]);
    expect(lines[1].text).toBe("201 一般公共服务支出 1,735.42");
    expect(lines[2].text).toBe("20101 3.00");
  });
});
