/**
 * A PDF may print the document's title atop every page ("阿图什市幸福街道办事处2024年单位预算公开"),
 * and text copied out of it carries that line at every page break: inside a table it would be taken
 * for the rest of a wrapped name, in the narrative for part of a sentence. The real texts with such a
 * header at their page breaks read as they do without it.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import { splitLines } from "../../src/reader/text-lines";
import { checkReading } from "../../src/rules/check";
import { disclosureNames, readDisclosureText } from "../shared-data";

/** The text with a page break (a page number, then the header) before a row or a paragraph every 45 lines or so, and the header on the cover. */
function withRunningHeader(text: string, header: string): { text: string; pages: number } {
  const lines = text.split("\n");
  const out = [header];
  let last = 0;
  let pages = 0;
  lines.forEach((line, i) => {
    if (i - last > 45 && (/^\s*\d{3}(\s|$)/.test(line) || /。\s*$/.test(lines[i - 1] ?? ""))) {
      out.push(`- ${++pages} -`, header);
      last = i;
    }
    out.push(line);
  });
  return { text: out.join("\n"), pages };
}

const located = (f: { rule: string; severity: string; table?: string; code?: string; column?: string; section?: string; message: string }) =>
  [f.rule, f.severity, f.table, f.code, f.column, f.section, f.message].join(" ");

describe("a header printed atop every page", () => {
  it.each(disclosureNames())("%s reads as without it", (name) => {
    const text = readDisclosureText(name);
    const original = readDisclosure(text);
    // (The headers name the document's own year: a cover naming another is a finding of its own, document-year's.)
    const year = original.year;
    for (const header of [`阿图什市幸福街道办事处${year}年单位预算公开`, `${year} 年部门预算`, "阿图什市幸福街道办事处单位预算公开", "某某局部门预算"]) {
      const headed = withRunningHeader(text, header);
      expect(headed.pages).toBeGreaterThan(5);
      const reading = readDisclosure(headed.text);
      expect(reading.tables).toEqual(original.tables);
      expect(reading.claims).toEqual(original.claims);
      expect(reading.subsidies).toEqual(original.subsidies);
      expect(reading.staff).toEqual(original.staff);
      expect([reading.year, reading.kind, reading.layout]).toEqual([original.year, original.kind, original.layout]);
      expect(checkReading(reading).map(located)).toEqual(checkReading(original).map(located));
    }
  });

  it("keeps a title printed on the cover, and lines repeated less often (a contents entry and its heading)", () => {
    const header = "某某街道办事处2024年部门预算公开";
    const lines = (text: string) => splitLines(text).map((l) => l.flat);
    const contents = ["目录", ...Array.from({ length: 10 }, (_, i) => `${"一二三四五六七八九十"[i]}、第 ${i + 1} 节`)];
    const cover = [header, ...contents].join("\n");
    const pages = ["正文 1。", header, "正文 2。", header, "正文 3。", header, "正文 4。"].join("\n");
    expect(lines(`${cover}\n${pages}`)).toEqual([header, ...contents.map((l) => l.replace(/\s/g, "")), "正文1。", "正文2。", "正文3。", "正文4。"]);
    // Twice only: a contents entry and its heading, or a title printed again on the page after.
    const twice = ["其他内容。", header, "正文。", header].join("\n");
    expect(lines(`${contents.join("\n")}\n${twice}`).filter((l) => l === header)).toHaveLength(2);
    // A column heading repeated at every page of a table is not a title, with or without a year.
    const headings = ["一般公共预算", "政府性基金预算", "2024年预算数"];
    const table = Array.from({ length: 4 }, (_, page) => [...headings, `201 一般公共服务支出 ${page + 1}.00`]).flat().join("\n");
    expect(lines(`${contents.join("\n")}\n${table}`).filter((l) => headings.includes(l))).toHaveLength(12);
  });
});
