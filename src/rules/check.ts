/** checkReading: runs every rule on a reading and returns its findings, most severe first. */
import type { Reading } from "../reader/types";
import { RULES } from "./registry";
import { SEVERITY_ORDER, type Finding } from "./types";

export function checkReading(reading: Reading): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    try {
      findings.push(...rule.check(reading));
    } catch (error) {
      findings.push({
        rule: rule.meta.id,
        kind: rule.meta.kind,
        severity: "info",
        message: `规则 ${rule.meta.id} 未能运行：${error instanceof Error ? error.message : String(error)}`,
        message_en: `rule ${rule.meta.id} could not run`,
      });
    }
  }
  const tableOrder = (f: Finding) => (f.table ? Number(f.table) : f.section ? 100 : 200);
  return findings.sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || tableOrder(a) - tableOrder(b),
  );
}
