/** How a finding's severity, kind and row read in a workbook: in the tables' own words. */
import type { Finding } from "../rules/types";

export const SEVERITY_LABEL: Record<string, string> = { error: "错误", warning: "提示", rounding: "舍入", info: "说明" };

export const KIND_LABEL: Record<string, string> = {
  "table-arithmetic": "表内运算",
  "cross-table": "表间核对",
  narrative: "说明",
  subsidy: "补贴",
  completeness: "完整性",
  code: "科目编码",
  staff: "人员",
  format: "格式",
};

/** The row a finding is on: its code, with the project or name where it has one ("2010399 2024年QZS水电费"), or its name alone. */
export function findingRowName(finding: Finding): string {
  const { code, row } = finding;
  if (!code || !row || row === code) return code ?? row ?? "";
  return row.startsWith(`${code} `) ? row : `${code} ${row}`;
}
