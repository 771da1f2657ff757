/**
 * buildWorkbook(reading, findings): the standard workbook — 概况, 表1…表11, 说明核对, 补贴核对,
 * 问题清单 — with every finding flagged on its cell and linked from 问题清单.
 */
import { TABLE_IDS, unrecognisedTitleReason, type Reading } from "../reader/types";
import { allocated, summable } from "../rules/project-allocation";
import { sectionName } from "../rules/labels";
import { compact } from "../reader/text-lines";
import { narrativeUnit } from "../rules/narrative-money";
import { shareBaseOf } from "../rules/narrative-share";
import type { Finding } from "../rules/types";
import { SEVERITY_ORDER } from "../rules/types";
import { findingRowName, KIND_LABEL, SEVERITY_LABEL } from "./finding-labels";
import { SheetBuilder } from "./sheet-builder";
import { TABLE_SHEET_NAMES, tableSheet } from "./table-sheets";
import { cellRef, sheetRef, type CellFlag, type WorkbookLayout } from "./types";

export const SHEET_NAMES = {
  overview: "概况",
  claims: "说明核对",
  subsidies: "补贴核对",
  findings: "问题清单",
} as const;

interface Place {
  sheet: SheetBuilder;
  row: number;
  column: number;
}

function flagOf(finding: Finding): CellFlag {
  const lines = [
    `${SEVERITY_LABEL[finding.severity]} / ${finding.severity}`,
    finding.claimed !== undefined ? `印出 / printed: ${finding.claimed === "" ? "（空）" : finding.claimed}` : undefined,
    finding.computed !== undefined ? `应为 / expected: ${finding.computed === "" ? "（空）" : finding.computed}` : undefined,
    `原因 / why: ${finding.message}`,
    finding.message_en ? `(${finding.message_en})` : undefined,
  ];
  return { severity: finding.severity, note: lines.filter(Boolean).join("\n") };
}

/** Where an amount the narrative states on its own (no share, no change) stands in the claims sheet. */
const statedKey = (section: string, subject: string | undefined, amount: string | undefined) => `stated ${section} ${subject} ${amount}`;

/**
 * The key of the stated amount a finding is about: the one whose amount it claims, or, for a finding
 * about the subject itself (a code it prints, `column` "subject"), the first stated for that subject.
 */
function statedKeyOf(finding: Finding, reading: Reading): string {
  const section = finding.section ?? "";
  if (finding.column === "subject") {
    const stated = reading.stated_amounts?.find((s) => s.section === section && s.subject === finding.row);
    if (stated) return statedKey(section, stated.subject, stated.amount);
  }
  return statedKey(section, finding.row, finding.claimed);
}

function claimsSheet(reading: Reading, tables: Map<string, SheetBuilder>, findings: Finding[]): SheetBuilder {
  const sheet = new SheetBuilder("claims", SHEET_NAMES.claims);
  sheet.header(0, ["节", "事项", `金额（${narrativeUnit(reading)}）`, "占比（印）", "基数", "占比（算）", "增减额", "上年（推算或印）", "增减%（印）", "增减%（算）", "原文"]);
  sheet.frozenRows = 1;
  sheet.widths = [8, 40, 14, 11, 14, 11, 12, 14, 11, 11, 60];
  const t1 = tables.get("1");
  reading.claims.forEach((claim, i) => {
    const row = i + 1;
    sheet.text(row, 0, claim.section);
    sheet.text(row, 1, claim.subject);
    sheet.figure(row, 2, claim.amount);
    if (claim.share_pct !== undefined) {
      sheet.percent(row, 3, claim.share_pct);
      // The base, where it is a table total, points at that table cell.
      const totalRow = t1?.rowOf.get("收入总计");
      const t1Table = reading.tables["1"] as { income_total?: string } | undefined;
      // (Where the reading found no base, the one the check took from the base the sentence names.)
      const base = shareBaseOf(reading, claim);
      if (t1 && totalRow !== undefined && claim.share_of !== undefined && t1Table?.income_total === claim.share_of && reading.tables["1"]?.unit === reading.money_unit) {
        sheet.formula(row, 4, { fn: "REF", args: [sheetRef(t1.name, totalRow, 1)] }, "#,##0.00");
      } else {
        sheet.figure(row, 4, base);
      }
      if (base !== undefined) sheet.formula(row, 5, { fn: "SHARE", args: [cellRef(row, 2), cellRef(row, 4)] }, "0.00%");
    }
    if (claim.change !== undefined) {
      sheet.figure(row, 6, claim.change);
      sheet.formula(row, 7, { fn: "PREVIOUS", args: [cellRef(row, 2), cellRef(row, 6)] }, "#,##0.00");
    } else if (claim.last_year !== undefined) {
      // Last year's figure as the sentence states it ("2023年当年预算执行数为 60.13 万元").
      sheet.figure(row, 7, claim.last_year);
    }
    if (claim.change_pct !== undefined) {
      sheet.percent(row, 8, claim.change_pct);
      if (claim.change !== undefined || claim.last_year !== undefined) sheet.formula(row, 9, { fn: "YOY", args: [cellRef(row, 2), cellRef(row, 7), 1] }, "0.00%");
    }
    sheet.text(row, 10, claim.text);
    sheet.rowOf.set(`claim-${i}`, row);
  });
  // An amount stated on its own is listed below the claims where a finding is about it, so that the
  // finding is flagged on it (and not on another claim of its section).
  const foundAt = new Set(findings.map((f) => statedKeyOf(f, reading)));
  let row = reading.claims.length + 1;
  for (const stated of reading.stated_amounts ?? []) {
    const key = statedKey(stated.section, stated.subject, stated.amount);
    if (sheet.rowOf.has(key) || !foundAt.has(key)) continue;
    sheet.text(row, 0, stated.section);
    sheet.text(row, 1, stated.subject);
    sheet.figure(row, 2, stated.amount);
    sheet.text(row, 10, stated.text);
    sheet.rowOf.set(key, row++);
  }
  sheet.columnOf.set("amount", 2).set("share_pct", 3).set("change", 6).set("change_pct", 8);
  return sheet;
}

function subsidiesSheet(reading: Reading): SheetBuilder {
  const sheet = new SheetBuilder("subsidies", SHEET_NAMES.subsidies);
  // The amounts are the narrative's: in 万元, or in 元 where it states them so.
  const unit = narrativeUnit(reading);
  sheet.header(0, ["项目", "人数", "标准（元）", "计发", "月数", "月数来源", `金额（印，${unit}）`, `金额（算，${unit}）`, "差额", "原文"]);
  sheet.frozenRows = 1;
  sheet.widths = [44, 8, 10, 8, 6, 10, 14, 14, 10, 60];
  reading.subsidies.forEach((subsidy, i) => {
    const row = i + 1;
    sheet.text(row, 0, subsidy.project);
    if (subsidy.persons !== null && subsidy.persons !== undefined) sheet.set(row, 1, { value: subsidy.persons, format: "0" });
    sheet.figure(row, 2, subsidy.standard_yuan);
    sheet.text(row, 3, subsidy.per);
    if (subsidy.months) sheet.set(row, 4, { value: subsidy.per === "人/年" ? 1 : subsidy.months, format: "0" });
    sheet.text(row, 5, subsidy.months_stated ? "文中写明" : "未写明，按 12 个月");
    sheet.figure(row, 6, subsidy.amount);
    if (subsidy.persons !== null && subsidy.persons !== undefined && subsidy.months) {
      sheet.formula(row, 7, { fn: "SUBSIDY", args: [cellRef(row, 1), cellRef(row, 2), cellRef(row, 4)], ...(unit === "元" ? { unit } : {}) }, "#,##0.00");
      if (subsidy.amount !== undefined) sheet.formula(row, 8, { fn: "DIFF", args: [cellRef(row, 6), cellRef(row, 7)] }, "#,##0.00");
    }
    sheet.text(row, 9, subsidy.text);
    sheet.rowOf.set(subsidy.project, row);
  });
  sheet.columnOf.set("amount", 6);
  allocationRows(sheet, reading);
  return sheet;
}

/** Below the subsidies: how each project description allocates its budget (资金分配情况). */
function allocationRows(sheet: SheetBuilder, reading: Reading): void {
  const projects = (reading.project_budgets ?? []).flatMap(({ project, budget, allocation }) => (allocation ? [{ project, budget, allocation }] : []));
  if (projects.length === 0) return;
  let row = sheet.height + 1;
  const unit = narrativeUnit(reading);
  sheet.header(row++, ["项目资金分配", "", `预算安排规模（${unit}）`, "", "", "", `分配共计（印，${unit}）`, `所列各项之和（算，${unit}）`, "差额", "资金分配情况原文"]);
  for (const { project, budget, allocation } of projects) {
    const { total, unsummed, text } = allocation;
    sheet.text(row, 0, project);
    sheet.figure(row, 2, budget);
    sheet.figure(row, 6, total);
    if (summable(allocation)) {
      sheet.set(row, 7, { value: allocated(allocation).sum.toNumber(), format: "#,##0.00", align: "right" });
      if (total !== undefined) sheet.formula(row, 8, { fn: "DIFF", args: [cellRef(row, 6), cellRef(row, 7)] }, "#,##0.00");
    } else if (unsummed) {
      sheet.text(row, 7, unsummed === "rate" ? "按人数 × 标准分配，不求和" : "含分项明细，不求和");
    }
    sheet.text(row, 9, text);
    sheet.rowOf.set(`allocation ${project}`, row);
    row++;
  }
}

/** The cell a finding is about, in the sheets built. */
function placeOf(
  finding: Finding,
  reading: Reading,
  tables: Map<string, SheetBuilder>,
  claims: SheetBuilder,
  subsidies: SheetBuilder,
  overview: SheetBuilder,
): Place | undefined {
  if (finding.table) {
    const sheet = tables.get(finding.table)!;
    // A row named with its code ("2013999 情报信息费") or without ("2024年QZS水电费", whose year is no code):
    // the code and name as 问题清单 names them, findingRowName.
    const rowName = finding.code && finding.row?.startsWith(`${finding.code} `) ? finding.row.slice(finding.code.length + 1) : finding.row;
    // (表7's projects are also found without white space: the narrative names "2024 年 QZS 水电费" as "2024年QZS水电费".)
    const rowKey = [findingRowName(finding), rowName && finding.code ? `${finding.code} ${compact(rowName)}` : undefined, finding.row, finding.code, "status"]
      .filter((k): k is string => Boolean(k))
      .find((k) => sheet.rowOf.has(k));
    if (rowKey === undefined) return { sheet, row: 0, column: 0 };
    const row = sheet.rowOf.get(rowKey)!;
    const isIncome = finding.table === "1" || finding.table === "4" ? reading.tables[finding.table] && "income" in reading.tables[finding.table]! && (reading.tables[finding.table] as { income: { key: string }[] }).income.some((l) => l.key === rowKey) : false;
    const column =
      (finding.column !== undefined ? sheet.columnOf.get(finding.column) : undefined) ??
      (finding.rule === "code-consistency" && finding.claimed && !/\d/.test(finding.claimed) ? sheet.columnOf.get("name") : undefined) ??
      (isIncome || rowKey === "收入总计" ? sheet.columnOf.get("income") : undefined) ??
      sheet.columnOf.get("total") ??
      sheet.columnOf.get("amount") ??
      0;
    return { sheet, row, column };
  }
  // Facts of part one and the assets (实有人数, 车辆) stand on the overview.
  const factRow = finding.row ? overview.rowOf.get(finding.row) : undefined;
  if (finding.section) {
    const index = reading.claims.findIndex((c) => c.section === finding.section && (c.subject === finding.row || finding.row === undefined));
    // A finding about the subject (a code it prints) is flagged on the subject, not on the amount.
    const amountColumn = finding.column === "subject" ? 1 : 2;
    const stated = claims.rowOf.get(statedKeyOf(finding, reading));
    if (stated !== undefined && (index < 0 || finding.column !== "subject")) return { sheet: claims, row: stated, column: amountColumn };
    if (index < 0 && factRow !== undefined) return { sheet: overview, row: factRow, column: 1 };
    const any = index >= 0 ? index : reading.claims.findIndex((c) => c.section === finding.section);
    if (any >= 0) {
      const column = finding.rule === "narrative-share" ? 3 : finding.rule === "narrative-change" ? 8 : amountColumn;
      return { sheet: claims, row: claims.rowOf.get(`claim-${any}`)!, column };
    }
  }
  // A project's allocation stands below the subsidies: its stated total, the sum of its parts, its text.
  if (finding.rule === "project-allocation") {
    const row = subsidies.rowOf.get(`allocation ${finding.row}`);
    if (row !== undefined) return { sheet: subsidies, row, column: finding.column === "total" ? 6 : 7 };
  }
  if (finding.kind === "subsidy" || finding.rule === "figure-format") {
    const row = finding.row ? subsidies.rowOf.get(finding.row) ?? subsidies.rowOf.get(`allocation ${finding.row}`) : undefined;
    if (row !== undefined) return { sheet: subsidies, row, column: finding.kind === "subsidy" ? 6 : 9 };
  }
  if (factRow !== undefined) return { sheet: overview, row: factRow, column: 1 };
  return undefined;
}

function overviewSheet(reading: Reading, findings: Finding[], tables: Map<string, SheetBuilder>): SheetBuilder {
  const sheet = new SheetBuilder("overview", SHEET_NAMES.overview);
  sheet.widths = [22, 36, 14, 12, 18];
  sheet.text(0, 0, "BudgetLens 预算透镜 — 概况", { bold: true });
  sheet.merge(0, 0, 0, 4);
  const facts: [string, string | number | undefined][] = [
    ["单位", reading.unit],
    ["年度", reading.year],
    ["类型", reading.kind],
    ["版式", reading.layout === "shanghai-9" ? "上海 9 表" : reading.layout === "standard-11" ? "标准 11 表" : "未识别"],
    ["金额单位（说明）", reading.money_unit],
    ["来源文件", reading.source],
  ];
  let row = 2;
  for (const [name, value] of facts) {
    sheet.text(row, 0, name, { bold: true });
    if (typeof value === "number") sheet.set(row, 1, { value, format: "0", align: "left" });
    else sheet.text(row, 1, value ?? "");
    sheet.rowOf.set(name, row);
    row++;
  }
  // Totals at a glance, in the tables' own units.
  const t1 = reading.tables["1"] as { income_total?: string; expense_total?: string; unit?: string } | undefined;
  const t3 = reading.tables["3"] as { total_row?: Record<string, string>; unit?: string } | undefined;
  const t4 = reading.tables["4"] as { income_total?: string; unit?: string } | undefined;
  const t10 = reading.tables["10"] as { rows?: { key?: string; total?: string }[]; unit?: string; status?: string } | undefined;
  const totals: [string, string | undefined, string | undefined][] = [
    ["收入总计", t1?.income_total, t1?.unit],
    ["支出总计", typeof t1?.expense_total === "string" ? t1.expense_total : undefined, t1?.unit],
    ["财政拨款收入", t4?.income_total, t4?.unit],
    ["基本支出", t3?.total_row?.basic, t3?.unit],
    ["项目支出", t3?.total_row?.project, t3?.unit],
    ["“三公”经费", t10?.status === "empty" ? "0" : t10?.rows?.find((r) => r.key === "total")?.total, t10?.unit],
  ];
  row++;
  sheet.text(row++, 0, "收支概览", { bold: true });
  for (const [name, value, unit] of totals) {
    sheet.text(row, 0, name);
    sheet.figure(row, 1, value);
    sheet.text(row, 2, value !== undefined ? (unit ?? "") : "");
    row++;
  }
  const staff = reading.staff;
  const staffRows: [string, number | undefined][] = [
    ["编制数", staff.authorized],
    ["实有人数", staff.actual],
    ["在职", staff.in_service],
    ["退休", staff.retired],
    ["离休", staff.retired_cadre],
    // Only where the text counts them together.
    ...(staff.retired_all !== undefined ? [["离退休", staff.retired_all] as [string, number]] : []),
  ];
  row++;
  sheet.text(row++, 0, "人员情况", { bold: true });
  for (const [name, value] of staffRows) {
    sheet.text(row, 0, name);
    if (value !== undefined) sheet.set(row, 1, { value, format: "0", align: "left" });
    sheet.rowOf.set(name, row);
    row++;
  }
  const vehicles = reading.vehicles;
  if (vehicles?.count !== undefined) {
    row++;
    sheet.text(row++, 0, "资产", { bold: true });
    sheet.text(row, 0, "车辆");
    sheet.set(row, 1, { value: vehicles.count, format: "0", align: "left" });
    sheet.text(row, 2, "辆");
    if (vehicles.parts) sheet.text(row, 3, vehicles.parts.map((p) => `${p.name} ${p.count}`).join("、"));
    sheet.rowOf.set("车辆", row);
    row++;
  }
  row++;
  sheet.header(row++, ["表", "名称", "状态", "行数", "单位"]);
  for (const id of TABLE_IDS) {
    const table = reading.tables[id];
    if (!table) continue;
    const rows = "rows" in table && Array.isArray(table.rows) ? table.rows.length : "expense" in table && Array.isArray(table.expense) ? table.expense.length : 0;
    sheet.set(row, 0, { value: `表${id}`, format: "@", link: { sheet: tables.get(id)!.name, cell: "A1" } });
    sheet.text(row, 1, TABLE_SHEET_NAMES[id]);
    sheet.text(row, 2, table.status === "present" ? "有数据" : table.status === "empty" ? "空表" : table.unrecognised_title ? "未读取" : "缺少");
    if (table.unrecognised_title) {
      sheet.flag(row, 2, { severity: "warning", note: `未读取 / not read: ${unrecognisedTitleReason(id, table.unrecognised_title)}` });
    } else if (table.status === "missing") sheet.flag(row, 2, { severity: "error", note: "缺少 / missing: 公开文件中没有这张表" });
    sheet.set(row, 3, { value: rows, format: "0" });
    sheet.text(row, 4, table.unit ?? "");
    row++;
  }
  row++;
  sheet.header(row++, ["发现", "数量", "", "", ""]);
  for (const severity of SEVERITY_ORDER) {
    sheet.text(row, 0, SEVERITY_LABEL[severity]);
    sheet.set(row, 1, { value: findings.filter((f) => f.severity === severity).length, format: "0", align: "left" });
    row++;
  }
  return sheet;
}

export function buildWorkbook(reading: Reading, findings: Finding[] = []): WorkbookLayout {
  const tables = new Map<string, SheetBuilder>();
  for (const id of TABLE_IDS) if (reading.tables[id]) tables.set(id, tableSheet(reading, id));
  const claims = claimsSheet(reading, tables, findings);
  const subsidies = subsidiesSheet(reading);
  const overview = overviewSheet(reading, findings, tables);
  const list = new SheetBuilder("findings", SHEET_NAMES.findings);
  list.header(0, ["序号", "严重程度", "类别", "规则", "位置", "印出", "应为", "说明", "跳转"]);
  list.frozenRows = 1;
  list.widths = [6, 8, 10, 22, 22, 16, 16, 80, 8];
  findings.forEach((finding, i) => {
    const row = i + 1;
    const place = placeOf(finding, reading, tables, claims, subsidies, overview);
    list.set(row, 0, { value: i + 1, format: "0" });
    list.text(row, 1, SEVERITY_LABEL[finding.severity], { flag: { severity: finding.severity } });
    list.text(row, 2, KIND_LABEL[finding.kind] ?? finding.kind);
    list.text(row, 3, finding.rule);
    list.text(row, 4, place ? `${place.sheet.name}!${cellRef(place.row, place.column)}` : finding.section ? sectionName(reading, finding.section) : "");
    list.text(row, 5, finding.claimed ?? "");
    list.text(row, 6, finding.computed ?? "");
    list.text(row, 7, finding.message);
    if (place) {
      place.sheet.flag(place.row, place.column, flagOf(finding));
      list.text(row, 8, "查看", { link: { sheet: place.sheet.name, cell: cellRef(place.row, place.column) } });
    }
  });
  return {
    sheets: [overview, ...[...tables.values()], claims, subsidies, list].map((s) => s.build()),
  };
}
