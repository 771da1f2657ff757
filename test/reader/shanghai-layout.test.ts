/**
 * The Shanghai 9-table layout (tables in 元, narrative in 万元): its tables map onto 表1–6, 8–10,
 * and the rows and totals read from it reconcile — every parent is the sum of its rows and every
 * row's total the sum of its parts, up to the rounding of whole-yuan figures.
 */
import Decimal from "decimal.js";
import { readDisclosure } from "../../src/reader/read-disclosure";
import type { CodedRow, ColumnTable, IncomeExpenseTable } from "../../src/reader/types";
import { readDisclosureText } from "../shared-data";

const reading = readDisclosure(readDisclosureText("shanghai-putuo-wanli-2025"));
const d = (value: string | undefined) => new Decimal(value ?? 0);

/** Parent ≠ Σ children and total ≠ Σ top rows, per column: [where, difference]. */
function treeDifferences(table: ColumnTable): [string, Decimal][] {
  const rows = table.rows as CodedRow[];
  const differences: [string, Decimal][] = [];
  for (const column of table.columns) {
    for (const parent of rows) {
      const code = parent.code!;
      const children = rows.filter((r) => r.code!.length === code.length + 2 && r.code!.startsWith(code));
      if (children.length === 0) continue;
      const difference = d(parent[column]).minus(children.reduce((s, r) => s.plus(d(r[column])), new Decimal(0)));
      if (!difference.isZero()) differences.push([`${code}.${column}`, difference]);
    }
    const classes = rows.filter((r) => r.code!.length === 3);
    const difference = d(table.total_row?.[column]).minus(classes.reduce((s, r) => s.plus(d(r[column])), new Decimal(0)));
    if (!difference.isZero()) differences.push([`合计.${column}`, difference]);
  }
  return differences;
}

describe("Shanghai layout (shanghai-putuo-wanli-2025)", () => {
  it("is read as the 9-table layout, tables in 元, narrative in 万元", () => {
    expect(reading.layout).toBe("shanghai-9");
    expect(reading.year).toBe(2025);
    expect(reading.money_unit).toBe("万元");
    expect(reading.kind).toBe("部门");
    expect(Object.keys(reading.tables).sort((a, b) => Number(a) - Number(b))).toEqual(["1", "2", "3", "4", "5", "6", "8", "9", "10"]);
    for (const id of ["1", "2", "3", "4", "5", "6", "8", "9"] as const) expect(reading.tables[id]!.unit, `表${id}`).toBe("元");
    expect(reading.tables["10"]!.unit).toBe("万元");
  });

  it("maps each Shanghai table onto its standard table", () => {
    const titles = Object.fromEntries(Object.entries(reading.tables).map(([id, t]) => [id, t!.source_title]));
    expect(titles["1"]).toMatch(/财务收支预算总表$/);
    expect(titles["4"]).toMatch(/财政拨款收支预算总表$/);
    expect(titles["6"]).toMatch(/基本支出.*经济分类预算表$/);
    expect(titles["8"]).toMatch(/政府性基金预算支出功能分类预算表$/);
    expect(titles["9"]).toMatch(/国有资本经营预算支出功能分类预算表$/);
    expect(titles["10"]).toMatch(/三公.*机关运行经费预算表$/);
  });

  it("reads the empty government-fund and state-capital tables as empty, with their notes", () => {
    for (const id of ["8", "9"] as const) {
      const table = reading.tables[id] as ColumnTable;
      expect(table.status).toBe("empty");
      expect(table.rows).toEqual([]);
      expect(table.note).toMatch(/空表/);
    }
  });

  it("keeps the layout's own income columns under their own keys", () => {
    const table2 = reading.tables["2"] as ColumnTable;
    expect(table2.columns).toEqual(["total", "fiscal_subtotal", "business_income", "operating_income", "other_income"]);
    expect(table2.total_row).toEqual({ total: "189767551", fiscal_subtotal: "189767551", business_income: "0", operating_income: "0", other_income: "0" });
    const table10 = reading.tables["10"] as ColumnTable;
    expect(table10.rows.map((r) => [r.key, r.total])).toEqual([
      ["total", "37.91"], ["outbound", "0"], ["reception", "1.35"], ["vehicles", "36.56"],
      ["vehicle_purchase", "15"], ["vehicle_operation", "21.56"], ["office_operation", "464.64"],
    ]);
  });

  it("reads 表2, 3, 5 and 6 into trees that add up, but for one whole-yuan rounding in 212 01", () => {
    for (const id of ["2", "3", "5", "6"] as const) {
      const table = reading.tables[id] as ColumnTable;
      expect(table.rows.length, `表${id}`).toBeGreaterThan(25);
      const differences = treeDifferences(table);
      for (const [where, difference] of differences) {
        // 94,995,790 is printed for 212 01 whose four 项 add up to 94,995,789: a rounding of 1 元
        // that carries up to 212. Any other difference is a misread.
        expect(where, `表${id} ${where} differs by ${difference}`).toMatch(/^(212|21201)\./);
        expect(difference.abs().lte(1), `表${id} ${where} differs by ${difference}`).toBe(true);
      }
    }
  });

  it("reads each row's total as the sum of its parts (212 01 prints the same 1 元 rounding)", () => {
    for (const id of ["3", "5"] as const) {
      for (const row of (reading.tables[id] as ColumnTable).rows as CodedRow[]) {
        const difference = d(row.total).minus(d(row.basic).plus(d(row.project)));
        if (row.code === "21201" || row.code === "212") expect(difference.abs().lte(1), `表${id} ${row.code}`).toBe(true);
        else expect(difference.isZero(), `表${id} ${row.code} differs by ${difference}`).toBe(true);
      }
    }
    for (const row of (reading.tables["6"] as ColumnTable).rows as CodedRow[]) {
      expect(d(row.total).eq(d(row.personnel).plus(d(row.public))), `表6 ${row.code}`).toBe(true);
    }
  });

  it("agrees across tables: 表1 classes = 表3 class totals = 表4 = 表5; totals balance", () => {
    const t1 = reading.tables["1"] as IncomeExpenseTable;
    const t3 = reading.tables["3"] as ColumnTable;
    const t4 = reading.tables["4"] as IncomeExpenseTable;
    const t5 = reading.tables["5"] as ColumnTable;
    expect(t1.income_total).toBe(t1.expense_total);
    expect(t1.expense.length).toBe(9);
    for (const line of t1.expense) {
      const row3 = (t3.rows as CodedRow[]).find((r) => r.code === line.code);
      const row5 = (t5.rows as CodedRow[]).find((r) => r.code === line.code);
      const row4 = t4.expense.find((r) => r.code === line.code);
      expect(row3?.total, line.code).toBe(line.amount);
      expect(row5?.total, line.code).toBe(line.amount);
      expect(row4?.total, line.code).toBe(line.amount);
    }
    expect((t5.total_row ?? {}).basic).toBe((reading.tables["6"] as ColumnTable).total_row?.total);
  });

  it("numbers the narrative's sections by its contents, where the text prints their titles without numbers", () => {
    // "四、部门预算编制说明 ……" in the contents; "2025年部门预算编制说明" over the text. (Before, its
    // claims stood in "九(八)": the last numbered line of 主要职能 and of 名词解释.)
    const budget = reading.claims.filter((c) => /^(财政拨款|一般公共预算拨款|政府性基金拨款|国有资本经营预算拨款)/.test(c.subject));
    expect(budget.map((c) => c.section)).toEqual(["四", "四", "四", "四", "四"]);
    // A title the contents number is no sentence: the vehicles sentence no longer runs on into the title after it.
    expect(reading.vehicles?.text.endsWith("0台（套）。")).toBe(true);
  });
});

describe("the one-row 表10 with blank cells gone (text without page positions)", () => {
  const text = readDisclosureText("shanghai-putuo-wanli-2025");
  const printed = "37.91 \t0 \t1.35 \t36.56 \t15 \t21.56 \t464.64";
  const table10 = (figures: string, source = text) => {
    expect(source).toContain(printed);
    const read = readDisclosure(source.replace(printed, figures)).tables["10"] as ColumnTable;
    return { cells: Object.fromEntries(read.rows.filter((r) => r.total !== undefined).map((r) => [r.key, r.total])), notes: read.notes ?? [] };
  };

  it("places the figures by the arithmetic, 表6's 公务接待费 deciding between 出国 and 接待", () => {
    // 因公出国 0 left blank: 1.35 balances as 出国 or as 接待; 表6 prints 302 17 公务接待费 13,500 元.
    const { cells, notes } = table10("37.91 \t1.35 \t36.56 \t15 \t21.56 \t464.64");
    expect(cells).toEqual({ total: "37.91", reception: "1.35", vehicles: "36.56", vehicle_purchase: "15", vehicle_operation: "21.56", office_operation: "464.64" });
    expect(notes.join("\n")).toMatch(/栏目分配不唯一，按表6/);
  });

  it("where 表6 does not decide, the figures the narrative states do (（一）因公出国（境）费0万元)", () => {
    const without302 = text.replace(/^302 \t17 \t公务接待费.*$/m, "");
    const { cells, notes } = table10("37.91 \t1.35 \t36.56 \t15 \t21.56 \t464.64", without302);
    expect(cells).toEqual({ total: "37.91", reception: "1.35", vehicles: "36.56", vehicle_purchase: "15", vehicle_operation: "21.56", office_operation: "464.64" });
    expect(notes.join("\n")).toMatch(/栏目分配不唯一，按说明中所述的“三公”经费数字读取/);
  });

  it("notes the ambiguity where nothing decides", () => {
    const silent = text
      .replace(/^302 \t17 \t公务接待费.*$/m, "")
      .replace(/^（一）因公出国（境）费0万元.*$/m, "")
      .replace(/^（三）公务接待费1\.35万元.*$/m, "");
    const { cells, notes } = table10("37.91 \t1.35 \t36.56 \t15 \t21.56 \t464.64", silent);
    expect(cells.total).toBe("37.91");
    expect(cells.outbound ?? cells.reception).toBe("1.35");
    expect(notes.join("\n")).toMatch(/栏目分配不唯一，已取首个平衡的方案/);
  });

  it("keeps a row that adds up under no placement under the closest one, for the rules to flag", () => {
    const { cells, notes } = table10("38.91 \t1.35 \t36.56 \t15 \t21.56 \t464.64");
    // 用车 = 购置 + 运行 still holds that way; only 合计 is wrong.
    expect(cells).toMatchObject({ total: "38.91", vehicles: "36.56", vehicle_purchase: "15", vehicle_operation: "21.56", office_operation: "464.64" });
    expect(notes.join("\n")).toMatch(/合计与分项不符/);
  });

  it("reads a heading with no figures under it as an empty table, not as rows", () => {
    const read = readDisclosure(text.replace(printed, "")).tables["10"]!;
    expect(read.status).toBe("empty");
  });
});
