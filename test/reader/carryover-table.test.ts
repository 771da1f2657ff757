/**
 * 表11 (上年结转结余): a unit's own row heads the projects listed under it, and the 总计 row adds
 * up the units' rows, not every row; the reader solves the columns on that tree, as the rules check it.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import type { ColumnTable } from "../../src/reader/types";
import { readDisclosureText } from "../shared-data";

const xiwang = readDisclosureText("korla-xiwang-street-2024");
const table11 = (text: string) => readDisclosure(text).tables["11"] as ColumnTable;

/** 希望街道's 表11 with its rows replaced by these (from the 总计 row to the project's wrapped name). */
function withRows(rows: string[]): string {
  const lines = xiwang.split("\n");
  const total = lines.findIndex((l, i) => l.startsWith("总计 3.00") && lines.slice(Math.max(0, i - 20), i).some((p) => p.includes("上年结转结余情况明细表")));
  const end = lines.findIndex((l, i) => i > total && l.includes("第三部分"));
  expect(total).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(total);
  lines.splice(total, end - total, ...rows);
  return lines.join("\n");
}

describe("表11 with a unit's row over its projects", () => {
  it("reads 希望街道's unit row and its one project without a note that they do not add up", () => {
    const table = table11(xiwang);
    expect(table.rows.map((r) => [r.name, r.total, r.fiscal_project])).toEqual([
      ["库尔勒市希望街道办事处", "3.00", "3.00"],
      [expect.stringContaining("巴财行〔2023〕37 号"), "3.00", "3.00"],
    ]);
    expect(table.notes ?? []).toEqual([]);
  });

  it("places a project's figure in the column its unit's row needs it in", () => {
    const table = table11(
      withRows(["总计 5.00 5.00 2.00 3.00", "库尔勒市希望街道办事处 5.00 5.00 2.00 3.00", "社区党建项目结转 3.00 3.00 3.00", "办公经费结转 2.00 2.00 2.00", ""]),
    );
    expect(table.notes ?? []).toEqual([]);
    expect(table.total_row).toEqual({ total: "5.00", fiscal_total: "5.00", fiscal_basic_public: "2.00", fiscal_project: "3.00" });
    expect(table.rows.map((r) => r.name)).toEqual(["库尔勒市希望街道办事处", "社区党建项目结转", "办公经费结转"]);
    expect(table.rows[1]).toMatchObject({ total: "3.00", fiscal_total: "3.00", fiscal_project: "3.00" });
    expect(table.rows[2]).toEqual({ name: "办公经费结转", total: "2.00", fiscal_total: "2.00", fiscal_basic_public: "2.00" });
  });

  it("still says so when a unit's row is not the sum of its projects", () => {
    const table = table11(withRows(["总计 5.00 5.00 5.00", "库尔勒市希望街道办事处 5.00 5.00 5.00", "社区党建项目结转 3.00 3.00 3.00", ""]));
    expect(table.notes).toContainEqual(expect.stringMatching(/^表11 库尔勒市希望街道办事处：下级行各栏之和与本行不符/));
  });
});
