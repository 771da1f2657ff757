/**
 * Text copied out of a PDF viewer may come column by column: a table's codes and names first, its
 * figures after them. Such a table cannot be read in order, and the arithmetic findings on it would
 * be the reader's, not the document's: the reading says so among its problems, ahead of them. A
 * disclosure prints a figure (if only 0) on every row it lists, so real tables never raise it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pdfLayout } from "../../src/pdf/pdf-text";
import { readDisclosure } from "../../src/reader/read-disclosure";
import { formatReport } from "../../src/cli/report";
import { checkReading } from "../../src/rules/check";
import { SHARED_DIR, disclosureNames, readDisclosureText } from "../shared-data";

const LOST_ORDER = /只有编码和名称、没有数字/;

/** 表2 of 阿图什 as a viewer copies it by column: each row's code and name, then all the figures. */
function copiedByColumn(text: string): string {
  const lines = text.split("\n");
  const start = lines.indexOf(" 表 2");
  const end = lines.indexOf(" 表 3");
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  const figures: string[] = [];
  for (let i = start; i < end; i++) {
    const row = lines[i].match(/^(\d{3}(?: \d{2}){0,2} \S+?)((?: -?[\d,]+\.\d+)+)$/);
    if (!row) continue;
    lines[i] = row[1];
    figures.push(row[2].trim());
  }
  expect(figures.length).toBeGreaterThan(10);
  lines.splice(end, 0, ...figures);
  return lines.join("\n");
}

describe("a table whose text lost its order", () => {
  it("is named among the reading's problems, with how many of its rows carry no figure", () => {
    const reading = readDisclosure(copiedByColumn(readDisclosureText("atushi-xingfu-street-2024")));
    const problem = reading.problems.find((p) => LOST_ORDER.test(p));
    expect(problem).toMatch(/^表2（\d+ 行中 \d+ 行）只有编码和名称/);
    expect(problem).not.toMatch(/表[13-9]（/);
    // The report puts it ahead of the findings it casts doubt on.
    const report = formatReport({ ...reading, findings: checkReading(reading) }, "copied.txt");
    expect(report.indexOf("只有编码和名称")).toBeGreaterThan(0);
    expect(report.indexOf("只有编码和名称")).toBeLessThan(report.indexOf("发现 findings"));
  });

  it("is never said of the real texts and PDFs", async () => {
    for (const name of disclosureNames()) expect(readDisclosure(readDisclosureText(name)).problems.filter((p) => LOST_ORDER.test(p)), name).toEqual([]);
    for (const name of ["shanghai-putuo-finance-bureau-2025", "shanghai-putuo-wanli-2024", "shanghai-putuo-welfare-home-2024"]) {
      const layout = await pdfLayout(new Uint8Array(readFileSync(join(SHARED_DIR, "pdfs", `${name}.pdf`))));
      expect(readDisclosure(layout.text, undefined, layout).problems, name).toEqual([]);
    }
  });
});
