/** The batch summary workbook: one row per file, and every finding with its file. */
import type { BatchEntry, BatchSummaryRow } from "../cli/batch";
import { label } from "../reader/column-names";
import { sectionName } from "../rules/labels";
import { findingRowName, SEVERITY_LABEL } from "./finding-labels";
import { SheetBuilder } from "./sheet-builder";
import type { WorkbookLayout } from "./types";

export function buildSummary(rows: BatchSummaryRow[], entries: BatchEntry[]): WorkbookLayout {
  const summary = new SheetBuilder("summary", "汇总");
  summary.header(0, ["文件", "单位", "年度", "版式", "收支总计（万元）", "财政拨款（万元）", "基本支出（万元）", "项目支出（万元）", "三公经费（万元）", "实有人数", "错误", "提示", "舍入", "主要问题 / 无法读取的原因"]);
  summary.frozenRows = 1;
  summary.widths = [34, 34, 6, 10, 14, 14, 14, 14, 14, 8, 6, 6, 6, 60];
  rows.forEach((row, i) => {
    const r = i + 1;
    summary.text(r, 0, row.file);
    if (row.error) {
      summary.text(r, 13, row.error, { flag: { severity: "error", note: `无法读取 / unreadable: ${row.error}` } });
      return;
    }
    summary.text(r, 1, row.unit ?? "");
    if (row.year) summary.set(r, 2, { value: row.year, format: "0" });
    summary.text(r, 3, row.layout === "shanghai-9" ? "上海 9 表" : "标准 11 表");
    summary.figure(r, 4, row.total);
    summary.figure(r, 5, row.fiscal);
    summary.figure(r, 6, row.basic);
    summary.figure(r, 7, row.project);
    summary.figure(r, 8, row.three_public);
    if (row.staff !== undefined) summary.set(r, 9, { value: row.staff, format: "0" });
    summary.set(r, 10, { value: row.errors, format: "0", ...(row.errors > 0 ? { flag: { severity: "error", note: `${row.errors} 个错误 / errors` } } : {}) });
    summary.set(r, 11, { value: row.warnings, format: "0", ...(row.warnings > 0 ? { flag: { severity: "warning", note: `${row.warnings} 个提示 / warnings` } } : {}) });
    summary.set(r, 12, { value: row.rounding, format: "0" });
    const top = row.top.join("；");
    if (row.workbook_error) summary.text(r, 13, top ? `${top}；未写出工作簿` : "未写出工作簿", { flag: { severity: "warning", note: `未写出工作簿 / workbook not written: ${row.workbook_error}` } });
    else summary.text(r, 13, top);
  });

  const list = new SheetBuilder("all-findings", "全部问题");
  list.header(0, ["文件", "严重程度", "规则", "表", "编码/行", "栏目", "节", "印出", "应为", "说明"]);
  list.frozenRows = 1;
  list.widths = [40, 8, 22, 6, 16, 16, 8, 14, 14, 90];
  // Sections are named as the reports name them ("第三部分 十二(四)"), in the part each file's narrative stands in.
  const parts = new Map(rows.map((row) => [row.file, row.narrative_part]));
  let r = 1;
  for (const entry of entries) {
    for (const finding of entry.findings ?? []) {
      list.text(r, 0, entry.file);
      list.text(r, 1, SEVERITY_LABEL[finding.severity], { flag: { severity: finding.severity } });
      list.text(r, 2, finding.rule);
      list.text(r, 3, finding.table ? `表${finding.table}` : "");
      list.text(r, 4, findingRowName(finding));
      list.text(r, 5, finding.column ? label(finding.column) : "");
      list.text(r, 6, finding.section ? sectionName({ narrative_part: parts.get(entry.file) }, finding.section) : "");
      list.text(r, 7, finding.claimed ?? "");
      list.text(r, 8, finding.computed ?? "");
      list.text(r, 9, finding.message);
      r++;
    }
  }
  return { sheets: [summary.build(), list.build()] };
}
