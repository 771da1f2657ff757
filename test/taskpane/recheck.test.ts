/**
 * Re-check: figures read back from the sheets count (pure), and inside Excel only BudgetLens's own
 * flags are replaced — a fill or note the user made stays (office-addin-mock, two syncs).
 */
import { OfficeMockObject } from "office-addin-mock";
import { buildWorkbook } from "../../src/layout/build-workbook";
import { readingFromSheets } from "../../src/layout/read-back";
import type { WorkbookLayout } from "../../src/layout/types";
import { readDisclosure } from "../../src/reader/read-disclosure";
import { checkReading } from "../../src/rules/check";
import { planImport } from "../../taskpane/excel/import-plan";
import { recheck } from "../../taskpane/excel/recheck";
import { seededRandom } from "../seeded-random";
import { disclosureNames, readDisclosureText } from "../shared-data";

const reading = readDisclosure(readDisclosureText("atushi-xingfu-street-2024"));
const findings = checkReading(reading);
const layout = buildWorkbook(reading, findings);

/** The sheets' values as Excel would return them, with some cells changed. */
function sheetValues(layout: WorkbookLayout, change: (key: string, values: unknown[][]) => void): Map<string, unknown[][]> {
  const values = new Map<string, unknown[][]>();
  for (const sheet of layout.sheets) {
    const matrix = sheet.rows.map((row) => row.map((cell) => cell.value ?? ""));
    change(sheet.key, matrix);
    values.set(sheet.key, matrix);
  }
  return values;
}

function cellOf(layout: WorkbookLayout, source: string): { key: string; row: number; column: number } {
  for (const sheet of layout.sheets) {
    for (const [r, row] of sheet.rows.entries()) {
      const c = row.findIndex((cell) => cell.source === source);
      if (c >= 0) return { key: sheet.key, row: r, column: c };
    }
  }
  throw new Error(`no cell for ${source}`);
}

describe("reading the sheets back", () => {
  // Whole numbers (the 元 tables, figures printed "0") must come back as printed: the rules judge
  // rounding by the printed decimals, and a re-check of untouched sheets must not cry wolf.
  it.each(disclosureNames())("gives back the same reading and findings when nothing was changed: %s", (name) => {
    const original = readDisclosure(readDisclosureText(name));
    const originalFindings = checkReading(original);
    const sheets = buildWorkbook(original, originalFindings);
    const back = readingFromSheets(original, sheets, sheetValues(sheets, () => undefined));
    expect(back.tables).toEqual(original.tables);
    expect(back.claims).toEqual(original.claims);
    expect(back.subsidies).toEqual(original.subsidies);
    expect(checkReading(back)).toEqual(originalFindings);
  });

  it("keeps an untouched figure as printed, odd forms included (a stray leading zero)", () => {
    const text = readDisclosureText("korla-etdz-social-affairs-2024");
    expect(text).toContain("住房改革支出\t104.33\t104.33");
    const odd = readDisclosure(text.replace("住房改革支出\t104.33\t104.33", "住房改革支出\t0104.33\t104.33"));
    expect((odd.tables["2"] as { rows: Record<string, string>[] }).rows.find((r) => r.code === "22102")?.total).toBe("0104.33");
    const oddFindings = checkReading(odd);
    const sheets = buildWorkbook(odd, oddFindings);
    const back = readingFromSheets(odd, sheets, sheetValues(sheets, () => undefined));
    expect(back.tables).toEqual(odd.tables);
    expect(checkReading(back)).toEqual(oddFindings);
  });

  it("round-trips untouched sheets of mutated disclosures too (digits changed, dropped, points inserted)", () => {
    const random = seededRandom(2026);
    const texts = disclosureNames().map(readDisclosureText);
    const differing: number[] = [];
    for (let n = 0; n < 120; n++) {
      let text = texts[n % texts.length];
      for (let k = 0; k < 4; k++) {
        const from = Math.floor(random() * text.length);
        const offset = text.slice(from).search(/\d/);
        if (offset < 0) continue;
        const at = from + offset;
        const r = random();
        const replacement = r < 0.5 ? String(Math.floor(random() * 10)) : r < 0.75 ? `.${text[at]}` : "";
        text = text.slice(0, at) + replacement + text.slice(at + 1);
      }
      const mutated = readDisclosure(text);
      const mutatedFindings = checkReading(mutated);
      const sheets = buildWorkbook(mutated, mutatedFindings);
      const back = readingFromSheets(mutated, sheets, sheetValues(sheets, () => undefined));
      if (JSON.stringify([back.tables, checkReading(back)]) !== JSON.stringify([mutated.tables, mutatedFindings])) differing.push(n);
    }
    expect(differing).toEqual([]);
  });

  it("gives a blank cell the analyst fills the decimals of its table: none in 元, two in 万元", () => {
    for (const [name, expected, format] of [["shanghai-putuo-wanli-2025", "1234", "#,##0"], ["atushi-xingfu-street-2024", "1234.00", "#,##0.00"]] as const) {
      const filled = readDisclosure(readDisclosureText(name));
      const sheets = buildWorkbook(filled, checkReading(filled));
      const blank = sheets.sheets
        .flatMap((s) => s.rows.flatMap((row, r) => row.map((cell, c) => ({ key: s.key, r, c, cell }))))
        .find(({ key, cell }) => key.startsWith("table-") && cell.source?.startsWith("tables.") && cell.value === undefined)!;
      expect(blank, name).toBeDefined();
      expect(blank.cell.format, `${name}: the blank cell shows what it will hold`).toBe(format);
      const back = readingFromSheets(filled, sheets, sheetValues(sheets, (key, values) => {
        if (key === blank.key) values[blank.r][blank.c] = 1234;
      }));
      const path = blank.cell.source!.split(".");
      const value = path.reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], back);
      expect(value, `${name} ${blank.cell.source}`).toBe(expected);
    }
  });

  it("keeps a correction's own decimals where it has more than the printed figure", () => {
    const shanghai = readDisclosure(readDisclosureText("shanghai-putuo-wanli-2025"));
    const sheets = buildWorkbook(shanghai, checkReading(shanghai));
    const at = cellOf(sheets, "tables.1.income_total");
    expect((shanghai.tables["1"] as { income_total: string }).income_total).toMatch(/^\d+$/);
    const back = readingFromSheets(shanghai, sheets, sheetValues(sheets, (key, values) => {
      if (key === at.key) values[at.row][at.column] = 1234.5;
    }));
    expect((back.tables["1"] as { income_total?: string }).income_total).toBe("1234.5");
  });

  it("takes an analyst's correction, and the rules see it", () => {
    const row = (reading.tables["3"] as { rows: { code: string }[] }).rows.findIndex((r) => r.code === "2010301");
    const at = cellOf(layout, `tables.3.rows.${row}.basic`);
    const back = readingFromSheets(reading, layout, sheetValues(layout, (key, values) => {
      if (key === at.key) values[at.row][at.column] = 1010.25;
    }));
    expect((back.tables["3"] as { rows: Record<string, string>[] }).rows[row].basic).toBe("1010.25");
    const fresh = checkReading(back).filter((f) => f.table === "3" && f.code === "2010301");
    expect(fresh).toContainEqual(expect.objectContaining({ rule: "table-row-total", severity: "error", claimed: "1175.15", computed: "1175.25" }));
  });

  it("treats a cleared cell as blank", () => {
    const at = cellOf(layout, "tables.1.income_total");
    const back = readingFromSheets(reading, layout, sheetValues(layout, (key, values) => {
      if (key === at.key) values[at.row][at.column] = "";
    }));
    expect((back.tables["1"] as { income_total?: string }).income_total).toBeUndefined();
  });
});

describe("re-checking inside Excel (office-addin-mock)", () => {
  it("clears only its own flags, keeps the user's, flags anew in two syncs", async () => {
    const plan = planImport(layout, []);
    const calls: string[] = [];
    // A flagged cell whose fill and note the user has since made their own.
    const userFill = Object.keys(plan.flags).find((address) => address.startsWith("'补贴核对'!"))!;
    expect(userFill).toBeDefined();
    const values = sheetValues(layout, () => undefined);
    const byName = new Map(plan.sheets.map((s) => [s.name, s.key]));
    const range = (sheet: string, address: string) => {
      const full = `'${sheet}'!${address}`;
      return {
        values: values.get(byName.get(sheet)!),
        load() {
          return this;
        },
        format: {
          fill: {
            color: full === userFill ? "#00FF00" : "#F6B8A2",
            load() {
              return this;
            },
            clear: () => calls.push(`clear ${full}`),
          },
        },
        clear: () => calls.push(`clear block ${full}`),
        setCellProperties: () => calls.push(`properties ${full}`),
        set numberFormat(_: unknown) {},
        set formulas(_: unknown) {
          calls.push(`formulas ${full}`);
        },
      };
    };
    const context = new OfficeMockObject({
      workbook: {
        settings: { add: () => calls.push("setting") },
        notes: {
          add: () => calls.push("note added"),
          getItemOrNullObject: (address: string) => ({
            isNullObject: false,
            content: address === userFill ? "my own note" : "错误 / error\n…",
            load() {
              return this;
            },
            delete: () => calls.push(`note deleted ${address}`),
          }),
        },
        comments: { add: () => calls.push("comment") },
      },
    }) as unknown as Excel.RequestContext;
    (context.workbook as unknown as { worksheets: unknown }).worksheets = { getItem: (name: string) => ({ getRange: (a: string) => range(name, a) }) };
    let syncs = 0;
    (context as unknown as { sync: () => Promise<void> }).sync = async () => {
      syncs++;
    };
    const result = await recheck(context, reading, layout, plan, "notes");
    expect(syncs).toBe(2);
    expect(result.syncs).toBe(2);
    expect(calls).not.toContain(`clear ${userFill}`);
    expect(calls).not.toContain(`note deleted ${userFill}`);
    expect(calls.filter((c) => c.startsWith("clear '")).length).toBe(Object.keys(plan.flags).length - 1);
    expect(calls.filter((c) => c === "note added").length).toBeGreaterThan(0);
    expect(calls).toContain("formulas '问题清单'!" + plan.sheets.find((s) => s.key === "findings")!.address);
    expect(result.findings).toEqual(findings);
  });
});
