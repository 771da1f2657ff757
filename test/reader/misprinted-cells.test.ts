/**
 * A cell printed where a figure belongs that is no figure (".13.82", "1O4.33") is read as blank —
 * never silently: the table's notes say what was printed, and the rules flag the sums it breaks.
 * A misprinted figure leaves the rest of its table where it was: the rows under a total that does
 * not balance keep the columns that balance the most.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import { checkReading } from "../../src/rules/check";
import type { ColumnTable, IncomeExpenseTable } from "../../src/reader/types";
import { readDisclosureText } from "../shared-data";

const etdz = readDisclosureText("korla-etdz-social-affairs-2024");
const misprint = (from: string, to: string) => {
  expect(etdz).toContain(from);
  return readDisclosure(etdz.replace(from, to));
};

describe("misprinted figures in TAB tables", () => {
  it("表1: the expense amount is left blank, noted, and the totals it breaks are flagged", () => {
    const reading = misprint("\t208 社会保障和就业支出\t13.82", "\t208 社会保障和就业支出\t.13.82");
    const table = reading.tables["1"] as IncomeExpenseTable;
    const line = table.expense.find((e) => e.code === "208")!;
    expect(line).toBeDefined();
    expect("amount" in line).toBe(false);
    expect(table.notes).toContainEqual(expect.stringMatching(/^表1 第 \d+ 行：“\.13\.82”不是数字，按空白读取/));
    const findings = checkReading(reading);
    expect(findings).toContainEqual(expect.objectContaining({ rule: "income-expense-balance", severity: "error", table: "1" }));
  });

  it("a coded table: the cell is left blank, noted by row and column, and its row is flagged", () => {
    const reading = misprint("住房改革支出\t104.33\t104.33", "住房改革支出\t1O4.33\t104.33");
    const table = reading.tables["2"] as ColumnTable;
    const row = table.rows.find((r) => r.code === "22102")!;
    expect(row.total).toBeUndefined();
    expect(table.notes).toContain('表2 22102 [合计]：“1O4.33”不是数字，按空白读取 / "1O4.33" is not a figure; read as blank');
    expect(checkReading(reading)).toContainEqual(expect.objectContaining({ table: "2", code: "22102", severity: "error" }));
  });

  it("a blank or a dash is no misprint", () => {
    const reading = readDisclosure(etdz);
    const notes = Object.values(reading.tables).flatMap((t) => t?.notes ?? []);
    expect(notes.filter((n) => n.includes("不是数字"))).toEqual([]);
  });
});

describe("a TAB 表11 with figures", () => {
  // etdz prints 表11 empty; the same layout with a row keeps its figures in their columns.
  const withRows = () => {
    const lines = etdz.split("\n");
    const at = lines.findIndex((l) => l.startsWith("备注：") && l.includes("上年结转结余情况明细表为空表"));
    expect(at).toBeGreaterThan(0);
    lines.splice(at, 0, "合计\t5.00\t5.00\t\t\t5.00\t\t\t\t", "社区项目结余\t5.00\t5.00\t\t\t5.00\t\t\t\t", "社区工作结余\t1.2O\t\t\t\t\t\t\t\t");
    return readDisclosure(lines.join("\n")).tables["11"] as ColumnTable;
  };

  it("keeps each figure in the column it stands in", () => {
    const table = withRows();
    expect(table.status).toBe("present");
    expect(table.total_row).toEqual({ total: "5.00", fiscal_total: "5.00", fiscal_project: "5.00" });
    expect(table.rows[0]).toEqual({ name: "社区项目结余", total: "5.00", fiscal_total: "5.00", fiscal_project: "5.00" });
  });

  it("notes a misprinted figure there too", () => {
    expect(withRows().notes).toContain('表11 社区工作结余 [合计]：“1.2O”不是数字，按空白读取 / "1.2O" is not a figure; read as blank');
  });
});

describe("a misprinted total in a flattened table (希望街道 表6: 总计 公用经费 40.24 printed as 42.04)", () => {
  const xiwang = readDisclosureText("korla-xiwang-street-2024");
  const printed = readDisclosure(xiwang).tables["6"] as ColumnTable;
  const planted = readDisclosure(xiwang.replace("总计 1,255.41 1,215.17 40.24", "总计 1,255.41 1,215.17 42.04"));
  const table = planted.tables["6"] as ColumnTable;

  it("keeps every row's figures where they balance the most columns: 302's under 公用经费, as printed", () => {
    expect(table.rows).toEqual(printed.rows);
    expect(table.total_row).toEqual({ ...printed.total_row, public: "42.04" });
    expect(table.notes).toContainEqual(expect.stringMatching(/^表6 合计：下级行各栏之和与本行不符/));
  });

  it("so that the findings point at the misprinted cell, not at the rows under it", () => {
    const findings = checkReading(planted).filter((f) => f.table === "6");
    expect(findings).toContainEqual(expect.objectContaining({ rule: "table-tree-sum", severity: "error", column: "public", claimed: "42.04", computed: "40.24" }));
    expect(findings.filter((f) => f.column === "personnel")).toEqual([]);
  });
});
