/**
 * The Excel glue: the import plan (pure), and its execution against office-addin-mock — which
 * mocks objects, not collections, so the worksheet collection is a small fake that records calls.
 */
import { OfficeMockObject } from "office-addin-mock";
import { buildWorkbook } from "../../src/layout/build-workbook";
import { readDisclosure } from "../../src/reader/read-disclosure";
import { checkReading } from "../../src/rules/check";
import { freeName, planImport } from "../../taskpane/excel/import-plan";
import { FLAGS_SETTING, importLayout } from "../../taskpane/excel/excel-writer";
import { readDisclosureText } from "../shared-data";

const reading = readDisclosure(readDisclosureText("atushi-xingfu-street-2024"));
const layout = buildWorkbook(reading, checkReading(reading));

describe("the import plan", () => {
  it("never takes a name the workbook already has", () => {
    expect(freeName("表1 收支总体", new Set(["Sheet1"]))).toBe("表1 收支总体");
    expect(freeName("表1 收支总体", new Set(["表1 收支总体"]))).toBe("表1 收支总体 (2)");
    expect(freeName("表1 收支总体", new Set(["表1 收支总体", "表1 收支总体 (2)"]))).toBe("表1 收支总体 (3)");
    const plan = planImport(layout, ["概况", "表1 收支总体", "Sheet1"]);
    expect(plan.sheets[0].name).toBe("概况 (2)");
    expect(plan.sheets[1].name).toBe("表1 收支总体 (2)");
    expect(new Set(plan.sheets.map((s) => s.name)).size).toBe(plan.sheets.length);
  });

  it("points references and links at the renamed sheets", () => {
    const plan = planImport(layout, ["表1 收支总体"]);
    const claims = plan.sheets.find((s) => s.key === "claims")!;
    const reference = claims.formulas.flat().find((f) => typeof f === "string" && f.startsWith("='表1"))!;
    expect(reference).toMatch(/^='表1 收支总体 \(2\)'!B\d+$/);
    const overview = plan.sheets.find((s) => s.key === "overview")!;
    const link = overview.cellProperties.flat().find((p) => p.hyperlink?.textToDisplay === "表1")!;
    expect(link.hyperlink!.documentReference).toBe("'表1 收支总体 (2)'!A1");
  });

  it("writes whole blocks: formulas, number formats and cell properties of one shape", () => {
    const plan = planImport(layout, []);
    for (const sheet of plan.sheets) {
      const rows = sheet.formulas.length;
      const columns = sheet.formulas[0].length;
      expect(sheet.numberFormat.length).toBe(rows);
      expect(sheet.cellProperties.every((r) => r.length === columns)).toBe(true);
      expect(sheet.address).toMatch(/^A1:[A-Z]+\d+$/);
    }
    const claims = plan.sheets.find((s) => s.key === "claims")!;
    expect(claims.formulas.flat()).toContainEqual(expect.stringMatching(/^=BUDGET\.SHARE\(C\d+,E\d+\)$/));
    expect(claims.formulas.flat()).toContainEqual(expect.stringMatching(/^=BUDGET\.YOY\(C\d+,H\d+,1\)$/));
  });

  it("keeps text as text: a name starting with = + - @ never becomes a formula", () => {
    const crafted = structuredClone(reading);
    (crafted.tables["3"] as { rows: { name: string }[] }).rows[0].name = "=HYPERLINK(\"http://x\")";
    const plan = planImport(buildWorkbook(crafted, []), []);
    const sheet = plan.sheets.find((s) => s.key === "table-3")!;
    const cell = sheet.formulas.flat().find((v) => typeof v === "string" && v.includes("HYPERLINK"));
    expect(cell).toBe("'=HYPERLINK(\"http://x\")");
    const row = sheet.formulas.findIndex((r) => r.includes(cell!));
    expect(sheet.numberFormat[row][sheet.formulas[row].indexOf(cell!)]).toBe("@");
  });

  it("fills flagged cells by severity, notes them, and remembers them as its own", () => {
    const plan = planImport(layout, []);
    const subsidies = plan.sheets.find((s) => s.key === "subsidies")!;
    const row = subsidies.formulas.findIndex((r) => String(r[0]).includes("城市低保"));
    expect(subsidies.cellProperties[row][6].format?.fill?.color).toBe("#F6B8A2");
    expect(subsidies.notes.find((n) => n.address === `G${row + 1}`)?.text).toContain("印出 / printed: 291.14");
    expect(plan.flags[`'补贴核对'!G${row + 1}`]).toBe("error");
  });
});

/** A fake Excel: a worksheet collection that records what is added, with office-addin-mock objects. */
function fakeExcel(existing: string[], failOnSync?: number) {
  const calls: string[] = [];
  const sheets: { name: string; deleted?: boolean }[] = existing.map((name) => ({ name }));
  const range = (sheet: string, address: string) => ({
    set numberFormat(_: unknown) {
      calls.push(`numberFormat ${sheet}!${address}`);
    },
    set formulas(_: unknown) {
      calls.push(`formulas ${sheet}!${address}`);
    },
    setCellProperties: () => calls.push(`cellProperties ${sheet}!${address}`),
    merge: () => calls.push(`merge ${sheet}!${address}`),
    select: () => calls.push(`select ${sheet}!${address}`),
    format: {},
  });
  const worksheet = (name: string) => ({
    name,
    getRange: (address: string) => range(name, address),
    freezePanes: { freezeRows: (n: number) => calls.push(`freeze ${name} ${n}`) },
    activate: () => calls.push(`activate ${name}`),
    delete: () => {
      calls.push(`delete ${name}`);
      sheets.find((s) => s.name === name)!.deleted = true;
    },
  });
  const context = new OfficeMockObject({
    workbook: {
      settings: { add: (key: string) => calls.push(`setting ${key}`) },
      notes: { add: () => calls.push("note") },
      comments: { add: () => calls.push("comment") },
    },
    application: { suspendApiCalculationUntilNextSync: () => calls.push("suspend") },
  }) as unknown as Excel.RequestContext;
  let syncs = 0;
  const baseSync = context.sync.bind(context);
  (context as unknown as { sync: () => Promise<void> }).sync = async () => {
    syncs++;
    if (syncs === failOnSync) throw new Error("Excel refused the batch");
    await baseSync();
  };
  (context.workbook as unknown as { worksheets: unknown }).worksheets = {
    load: () => calls.push("load names"),
    get items() {
      return sheets.filter((s) => !s.deleted).map((s) => worksheet(s.name));
    },
    add: (name: string) => {
      calls.push(`add ${name}`);
      sheets.push({ name });
      return worksheet(name);
    },
    getItem: (name: string) => worksheet(name),
  };
  return { context, calls, sheets, syncs: () => syncs };
}

describe("importing into Excel (office-addin-mock)", () => {
  it("writes every sheet in two syncs, whatever the size, calculation suspended, no call per cell", async () => {
    const excel = fakeExcel(["Sheet1", "概况"]);
    const result = await importLayout(excel.context, layout, "notes");
    expect(result.syncs).toBe(2);
    expect(excel.syncs()).toBe(2);
    expect(excel.calls).toContain("suspend");
    const added = excel.calls.filter((c) => c.startsWith("add ")).map((c) => c.slice(4));
    expect(added[0]).toBe("概况 (2)");
    expect(added).toHaveLength(layout.sheets.length);
    // One block of values, formats and properties per sheet.
    expect(excel.calls.filter((c) => c.startsWith("formulas ")).length).toBe(layout.sheets.length);
    expect(excel.calls.filter((c) => c.startsWith("cellProperties ")).length).toBe(layout.sheets.length);
    expect(excel.calls.filter((c) => c === "note").length).toBe(result.plan.sheets.reduce((n, s) => n + s.notes.length, 0));
    expect(excel.calls).toContain(`setting ${FLAGS_SETTING}`);
    expect(excel.sheets.map((s) => s.name).slice(0, 2)).toEqual(["Sheet1", "概况"]);
  });

  it("uses threaded comments where notes are not available", async () => {
    const excel = fakeExcel([]);
    await importLayout(excel.context, layout, "comments");
    expect(excel.calls.filter((c) => c === "comment").length).toBeGreaterThan(0);
    expect(excel.calls).not.toContain("note");
  });

  it("leaves the workbook as it was when the import fails: only the sheets it added are removed", async () => {
    const excel = fakeExcel(["Sheet1", "表3 支出总体"], 2);
    await expect(importLayout(excel.context, layout, "notes")).rejects.toThrow("Excel refused the batch");
    expect(excel.sheets.filter((s) => !s.deleted).map((s) => s.name)).toEqual(["Sheet1", "表3 支出总体"]);
    expect(excel.calls.filter((c) => c.startsWith("delete ")).length).toBe(layout.sheets.length);
    expect(excel.calls).not.toContain("delete 表3 支出总体");
  });
});
