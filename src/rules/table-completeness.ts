/**
 * table-completeness: every table the layout requires is there, or shown empty with its 空表 note;
 * a table with figures is not called empty.
 */
import { STANDARD_TABLE_TITLES, unrecognisedTitleReason, type Reading, type TableId } from "../reader/types";
import { saysEmpty } from "../reader/read-tables";
import type { Finding, Rule } from "./types";

const meta = {
  id: "table-completeness",
  kind: "completeness",
  severity: "error",
  description: { zh: "版式要求的表齐全，空表注明为空表", en: "every required table is present, or shown empty with its note" },
} as const;

export const tableCompleteness: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: Finding[] = [];
    for (const [id, table] of Object.entries(reading.tables) as [TableId, NonNullable<Reading["tables"][TableId]>][]) {
      if (table.status === "missing" && table.unrecognised_title) {
        // The text heads a "表 N" with a title the reader does not know: the table may be there under
        // another name, so it is not called missing; its figures are not read nor checked.
        findings.push({
          rule: meta.id,
          kind: meta.kind,
          severity: "warning",
          table: id,
          claimed: table.unrecognised_title,
          computed: STANDARD_TABLE_TITLES[id],
          message: `表${id} 未读取：${unrecognisedTitleReason(id, table.unrecognised_title)}，该表的数字未读取、未核对`,
          message_en: `table ${id} not read: its title is not the standard one, so its figures were neither read nor checked`,
        });
      } else if (table.status === "missing") {
        findings.push({
          rule: meta.id,
          kind: meta.kind,
          severity: "error",
          table: id,
          claimed: "缺少",
          computed: "应有（无数据时列出空表并注明）",
          message: `缺少表${id}：公开文件应列出该表，没有数据时也应列出空表并注明`,
          message_en: `table ${id} is missing: it must be published, as an empty table with its note if it has no figures`,
        });
      } else if (table.status === "present" && table.note && saysEmpty(table.note)) {
        findings.push({
          rule: meta.id,
          kind: meta.kind,
          severity: "warning",
          table: id,
          claimed: "空表",
          computed: "有数据",
          message: `表${id} 注明为空表，但表中有数字`,
          message_en: `table ${id} is said to be empty but has figures`,
        });
      } else if (table.status === "empty" && !table.note) {
        findings.push({
          rule: meta.id,
          kind: meta.kind,
          severity: "info",
          table: id,
          message: `表${id} 没有数字，也没有注明为空表的说明`,
          message_en: `table ${id} has no figures and no note saying it is empty`,
        });
      }
    }
    return findings;
  },
};
