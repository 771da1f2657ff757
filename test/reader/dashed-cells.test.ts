/**
 * Flattened text from PDFs that print a dash in each blank cell ("50.75 50.75 —"): a dash is never
 * part of a name or a label, and where a row prints a figure or a dash in every column, the dashes
 * hold the blank cells' places — the columns are read from them, not guessed.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import type { ColumnTable, IncomeExpenseTable } from "../../src/reader/types";
import { checkReading } from "../../src/rules/check";
import { readDisclosureText } from "../shared-data";

const text = readDisclosureText("korla-xiwang-street-2024");
const printed = readDisclosure(text);

/** The text with a dash in each blank cell of 表3's rows that print two of its three figures. */
function withDashesIn表3(): string {
  const table = printed.tables["3"] as ColumnTable;
  const start = text.indexOf("\n表 3\n");
  const end = text.indexOf("\n 表 4\n");
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  const body = text
    .slice(start, end)
    .split("\n")
    .map((line) => {
      const row = line.match(/^(\d{3}(?: \d{2}){0,2}) \S+ [\d,.]+ [\d,.]+$/);
      const read = row && table.rows.find((r) => r.code === row[1].replace(/ /g, ""));
      if (!read) return line;
      if (read.project === undefined) return `${line} —`;
      if (read.basic === undefined) return line.replace(/ ([\d,.]+)$/, " — $1");
      return line;
    })
    .join("\n");
  return text.slice(0, start) + body + text.slice(end);
}

describe("a dash in each blank cell (希望街道 with dashes added)", () => {
  it("表3: the same rows, no dash in a name, the columns taken from the dashes", () => {
    const dashed = withDashesIn表3();
    expect((dashed.match(/ —/g) ?? []).length).toBeGreaterThan(20);
    const table = readDisclosure(dashed).tables["3"] as ColumnTable;
    expect(table.rows).toEqual((printed.tables["3"] as ColumnTable).rows);
    expect(table.total_row).toEqual((printed.tables["3"] as ColumnTable).total_row);
  });

  it("表1: a dash in a blank amount is no part of the label or the class name", () => {
    const dashed = text.replace("4.财政专户核拨 211 节能环保支出\n", "4.财政专户核拨 — 211 节能环保支出 —\n");
    expect(dashed).not.toBe(text);
    expect(readDisclosure(dashed).tables["1"]).toEqual(printed.tables["1"]);
  });

  it("表10: a row of dashes and a row with dashes after its figures read as printed", () => {
    const dashed = text.replace("合计 5.60 5.60\n", "合计 5.60 5.60 — —\n").replace("因公出国（境）费\n", "因公出国（境）费 — — — —\n");
    expect(dashed).not.toBe(text);
    expect(readDisclosure(dashed).tables["10"]).toEqual(printed.tables["10"]);
  });

  it("表11: rows with a dash in each blank cell read as printed", () => {
    const dashed = text.replace(/^(总计|库尔勒市希望街道办事处|) ?3\.00 3\.00 3\.00$/gm, (_, name) => `${name ? `${name} ` : ""}3.00 3.00 — — 3.00 — — — —`);
    expect((dashed.match(/3\.00 3\.00 — — 3\.00/g) ?? []).length).toBe(3);
    const table = readDisclosure(dashed).tables["11"] as ColumnTable;
    expect(table).toEqual(printed.tables["11"]);
    expect(table.total_row).toEqual({ total: "3.00", fiscal_total: "3.00", fiscal_project: "3.00" });
  });

  it("表4: a figure the dashes place in another column is read there, and the tables it then contradicts are found", () => {
    // 教育支出 printed under 政府性基金预算: the dashes say so, whatever the arithmetic prefers.
    const at = text.indexOf("205 教育支出 3.21 3.21\n", text.indexOf("\n 表 4\n"));
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(text.indexOf("\n 表 5\n"));
    const dashed = `${text.slice(0, at)}205 教育支出 3.21 — 3.21 —${text.slice(text.indexOf("\n", at))}`;
    const reading = readDisclosure(dashed);
    const education = (reading.tables["4"] as IncomeExpenseTable).expense.find((e) => e.code === "205");
    expect(education).toEqual({ code: "205", name: "教育支出", total: "3.21", fund: "3.21" });
    expect(checkReading(reading).map((f) => f.message)).toContainEqual("表4 205 教育支出 政府性基金预算 3.21 与表8 205 合计 （空） 不一致");
  });
});
