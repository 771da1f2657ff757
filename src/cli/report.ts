/** The plain-text report `budget-lens check FILE` prints: what was read, and what could not be. */
import { CHINESE_NUMERAL } from "../reader/numbering";
import { TABLE_IDS, type Reading } from "../reader/types";
import { sectionName } from "../rules/labels";
import { label } from "../reader/column-names";
import { SEVERITY_ORDER, type Finding, type Severity } from "../rules/types";

const SEVERITY_TITLE: Record<Severity, string> = {
  error: "错误 errors",
  warning: "提示 warnings",
  rounding: "舍入差异 rounding",
  info: "说明 info",
};

/** The row a table finding is on, as the table prints it: its code, or its name (表10's "公务用车运行费"). */
function rowName(finding: Finding): string | undefined {
  return finding.code ?? finding.row;
}

function location(finding: Finding, reading: Reading): string {
  if (finding.table) {
    const row = rowName(finding);
    return `表${finding.table}${row ? ` ${row}` : ""}${finding.column ? ` [${label(finding.column)}]` : ""}`;
  }
  if (finding.section) return sectionName(reading, finding.section);
  return finding.row ?? "";
}

/** A section and those it stands within, innermost first: "六、一(二)", "六、一", "六". */
function enclosingSections(section: string): string[] {
  const sections = [section];
  for (let inner = section; ; ) {
    const cut = Math.max(inner.lastIndexOf("("), inner.lastIndexOf("、"));
    if (cut <= 0) return sections;
    inner = inner.slice(0, cut);
    sections.push(inner);
  }
}

/** What continues a section's name into another section's: a numeral ("五" → "五十"), a sub-section, a heading within. */
const GOES_ON = new RegExp(`^(?:${CHINESE_NUMERAL}|[(（、])`);

/**
 * Does the message already say where it is? It opens with its location, or with the section its
 * section stands within (a finding over the whole of 五, flagged at the item that opens the list),
 * followed by no further numeral ("第三部分 五" does not name 五十).
 */
function namesItsPlace(finding: Finding, where: string, reading: Reading): boolean {
  if (where === "" || finding.message.startsWith(where)) return true;
  if (finding.table) {
    // "缺少表8：…" names its table, which is all there is to name.
    if (!finding.code && !finding.row && !finding.column) return new RegExp(`表${finding.table}(?!\\d)`).test(finding.message.split("：")[0]);
    // "表2 201：财政拨款小计 173.542 应等于…" names its table, row and column itself.
    const row = rowName(finding);
    const named = `表${finding.table}${row ? ` ${row}` : ""}`;
    return finding.message.startsWith(named) && !/^[\d.]/.test(finding.message.slice(named.length)) && (!finding.column || finding.message.includes(label(finding.column)));
  }
  if (!finding.section) return false;
  return enclosingSections(finding.section).some((section) => {
    const name = sectionName(reading, section);
    return finding.message.startsWith(name) && !GOES_ON.test(finding.message.slice(name.length));
  });
}

export function formatFindings(findings: Finding[], reading: Reading): string[] {
  const lines: string[] = [];
  const counts = SEVERITY_ORDER.map((s) => `${findings.filter((f) => f.severity === s).length} ${s}`).join(", ");
  lines.push(`发现 findings: ${findings.length} (${counts})`);
  for (const severity of SEVERITY_ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push("");
    lines.push(`${SEVERITY_TITLE[severity]} (${group.length}):`);
    for (const finding of group) {
      const where = location(finding, reading);
      lines.push(`  - ${namesItsPlace(finding, where, reading) ? "" : `${where}: `}${finding.message}`);
    }
  }
  return lines;
}

const STATUS: Record<string, string> = { present: "有数据 present", empty: "空表 empty", missing: "缺少 missing", unrecognised: "未读取 not read" };

export function formatReport(reading: Reading, file: string): string {
  const lines: string[] = [];
  lines.push(`BudgetLens 预算透镜 — ${file}`);
  lines.push(
    `单位 unit: ${reading.unit ?? "?"}   年度 year: ${reading.year ?? "?"}   类型 kind: ${reading.kind ?? "?"}   ` +
      `版式 layout: ${reading.layout}   金额单位 money unit: ${reading.money_unit ?? "?"}`,
  );
  const staff = reading.staff;
  if (Object.keys(staff).length > 0) {
    lines.push(
      `人员 staff: 编制 ${staff.authorized ?? "?"}，实有 ${staff.actual ?? "?"}（在职 ${staff.in_service ?? "?"}，${staff.retired === undefined && staff.retired_all !== undefined ? `离退休 ${staff.retired_all}` : `退休 ${staff.retired ?? "?"}，离休 ${staff.retired_cadre ?? "?"}`}）`,
    );
  }
  lines.push("");
  lines.push("表 tables:");
  for (const id of TABLE_IDS) {
    const table = reading.tables[id];
    if (!table) continue;
    const rows = "rows" in table && Array.isArray(table.rows) ? table.rows.length : "expense" in table && Array.isArray(table.expense) ? table.expense.length : 0;
    const unit = table.unit ? ` (${table.unit})` : "";
    const status = table.unrecognised_title ? "unrecognised" : table.status;
    lines.push(`  表${id.padEnd(3)} ${STATUS[status].padEnd(14)} ${String(rows).padStart(3)} 行 rows${unit}`);
  }
  // What could not be found or trusted, ahead of the findings that rest on the reading.
  if (reading.problems.length > 0) {
    lines.push("");
    lines.push("读取问题 problems in reading:");
    for (const problem of reading.problems) lines.push(`  - ${problem}`);
  }
  lines.push("");
  lines.push(`说明 narrative: ${reading.claims.length} 条数字表述 claims, ${reading.subsidies.length} 项人均补助 subsidies`);
  if (reading.findings.length > 0 || Object.keys(reading.tables).length > 0) {
    lines.push("");
    lines.push(...formatFindings(reading.findings as Finding[], reading));
  }
  // Where the reader had to judge (a code repaired by its name, columns ambiguous or unbalanced).
  const notes = TABLE_IDS.flatMap((id) => reading.tables[id]?.notes ?? []);
  if (notes.length > 0) {
    lines.push("");
    lines.push(`读取说明 how the tables were read (${notes.length}):`);
    for (const note of notes) lines.push(`  - ${note}`);
  }
  return lines.join("\n");
}
