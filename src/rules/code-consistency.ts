/**
 * code-consistency: codes are well formed (the reader's repairs of garbled codes and lost leading
 * zeros are reported here), and the same code carries the same name in every table.
 */
import { parseCode, acceptedCodeNames } from "../catalogue/classification";
import type { CodedRow, Reading, TableId } from "../reader/types";
import type { Finding, Rule } from "./types";

const meta = {
  id: "code-consistency",
  kind: "code",
  severity: "warning",
  description: { zh: "科目编码完整，同一编码在各表名称一致", en: "codes are well formed; a code has the same name in every table" },
} as const;

export const codeConsistency: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: Finding[] = [];
    const names = new Map<string, { table: TableId; name: string }[]>();
    for (const [id, table] of Object.entries(reading.tables) as [TableId, NonNullable<Reading["tables"][TableId]>][]) {
      for (const repair of table.code_repairs ?? []) {
        // The row the code was read as, as the arithmetic findings name it: its code and, in 表7, its project.
        const row = repair.project ? `${repair.code} ${repair.project}` : repair.code;
        const place = `表${id} ${row}：科目编码印作“${repair.printed}”`;
        findings.push({
          rule: meta.id,
          kind: meta.kind,
          severity: repair.kind === "leading-zero" || repair.kind === "missing" ? "warning" : "error",
          table: id,
          code: repair.code,
          row,
          claimed: repair.printed,
          computed: repair.code,
          message:
            repair.kind === "missing"
              ? `表${id} ${repair.name}：没有印出科目编码，按名称应为 ${repair.code}`
              : repair.kind === "leading-zero"
                ? `${place}，缺少前导零，应为 ${repair.code}`
                : `${place}${repair.name ? `（${repair.name}）` : ""}，不是完整的编码${repair.kind === "garbled" ? `，按名称应为 ${repair.code}` : ""}`,
          message_en:
            repair.kind === "missing"
              ? `${repair.name} is printed without its code, ${repair.code} by its name`
              : `code printed "${repair.printed}"${repair.kind === "unreadable" ? " is malformed" : `, should be ${repair.code}`}`,
        });
      }
      const rows = "rows" in table && Array.isArray(table.rows) ? (table.rows as CodedRow[]) : "expense" in table && Array.isArray(table.expense) ? (table.expense as CodedRow[]) : [];
      for (const row of rows) {
        if (!row.code || !row.name || (id === "7" && row.project)) continue;
        const list = names.get(row.code) ?? [];
        if (!list.some((n) => n.table === id)) list.push({ table: id, name: row.name });
        names.set(row.code, list);
      }
    }
    for (const [code, list] of names) {
      // A name cut short by the PDF ("…传媒支") is the same name.
      const distinct = list.filter((a, i) => !list.slice(0, i).some((b) => b.name.startsWith(a.name) || a.name.startsWith(b.name)));
      if (distinct.length < 2) continue;
      let accepted: string[] = [];
      try {
        accepted = acceptedCodeNames(parseCode(code));
      } catch {
        accepted = [];
      }
      const official = accepted[0];
      for (const entry of distinct) {
        const standard = official ? official.startsWith(entry.name) : entry === distinct[0];
        if (standard) continue;
        findings.push({
          rule: meta.id,
          kind: meta.kind,
          severity: "warning",
          table: entry.table,
          code,
          row: code,
          claimed: entry.name,
          computed: official ?? distinct[0].name,
          message: `表${entry.table} ${code} 名称为“${entry.name}”，其他表为“${distinct.filter((d) => d !== entry).map((d) => `${d.name}”（表${d.table}）`).join("、“")}`,
          message_en: `code ${code} is named differently across tables`,
        });
      }
    }
    return findings;
  },
};
