/**
 * Rules and findings. A rule is one module in src/rules/ with its meta (id, kind, default
 * severity, a one-line description in Chinese and English) and its check, as ESLint's rules are.
 */
import type { Reading, TableId } from "../reader/types";

export type Severity = "error" | "warning" | "rounding" | "info";
export type FindingKind = "table-arithmetic" | "cross-table" | "narrative" | "subsidy" | "completeness" | "code" | "staff" | "format";

export const SEVERITY_ORDER: Severity[] = ["error", "warning", "rounding", "info"];

export interface Finding {
  rule: string;
  kind: FindingKind;
  severity: Severity;
  /** The reading's keys: 表 number, row code (or key / name), column key. */
  table?: TableId;
  code?: string;
  row?: string;
  column?: string;
  /** The narrative section ("二", "五(三)", "第一部分"). */
  section?: string;
  claimed?: string;
  computed?: string;
  /** What is wrong, in Chinese; message_en says it in English. */
  message: string;
  message_en?: string;
}

export interface RuleMeta {
  id: string;
  kind: FindingKind;
  severity: Severity;
  description: { zh: string; en: string };
}

export interface Rule {
  meta: RuleMeta;
  check(reading: Reading): Finding[];
}
