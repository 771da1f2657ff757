/**
 * cross-table: the same figure printed in two tables agrees — 表1 classes = 表2 = 表3 class totals,
 * 表1 income lines = 表2 column totals, 表4 = 表1's fiscal lines, 表4 by class = 表5 / 表8 / 表9,
 * 表5 基本 = 表6 合计, 表5 项目 = 表7 合计, 表11 = 表1 上年结转结余, and 表10's 出国, 接待 and 用车运行
 * against 表6's lines for them (表6 is basic spending only: less in 表6 is a question, more an error).
 */
import { convertUnit } from "../amount";
import { THREE_PUBLIC_ONE_ROW, threePublicKeyOf } from "../reader/table-specs";
import type { CodedRow, ColumnTable, IncomeExpenseTable, Reading, TableId } from "../reader/types";
import { compareFigures, dec, decimalsOf, show, sumsExactly, sumOf } from "./difference";
import { label } from "../reader/column-names";
import { classTotal, columnTable, incomeExpenseTable, keyedRow, rowByCode, table1LineAddsUp, table4IncomeAddsUp, tableUnit, totalRowAddsUp } from "./tables";
import type { Finding, Rule } from "./types";

const meta = {
  id: "cross-table",
  kind: "cross-table",
  severity: "error",
  description: { zh: "同一数字在各表中一致", en: "the same figure agrees across tables" },
} as const;

interface Place {
  table: TableId;
  where: string;
  code?: string;
  column?: string;
  value: string | undefined;
}

function agree(a: Place, b: Place): Finding | undefined {
  if (a.value === undefined && b.value === undefined) return undefined;
  if (sumsExactly(a.value, [b.value])) return undefined;
  const decimals = Math.min(2, Math.max(...[a.value, b.value].filter((v): v is string => v !== undefined).map(decimalsOf)));
  const result = compareFigures(dec(a.value), dec(b.value), 2, decimals);
  if (!result.severity) return undefined;
  return {
    rule: meta.id,
    kind: meta.kind,
    severity: result.severity,
    table: a.table,
    code: a.code,
    row: a.where,
    column: a.column,
    claimed: a.value ?? "",
    computed: b.value ?? "",
    message: `表${a.table} ${a.where} ${a.value ?? "（空）"} 与表${b.table} ${b.where} ${b.value ?? "（空）"} 不一致${result.severity === "rounding" ? "（在舍入误差以内）" : ""}`,
    message_en: `表${a.table} ${a.where} disagrees with 表${b.table} ${b.where}`,
  };
}

/**
 * Two tables disagree: the finding stands at the first place, unless `secondIsSuspect()` (the
 * second's own sums fail around it while the first's hold; asked only on a disagreement), so that
 * the cell flagged is the one that is likely misprinted.
 */
function agreeAtSuspect(first: Place, second: Place, secondIsSuspect: () => boolean): Finding | undefined {
  const finding = agree(first, second);
  return finding && secondIsSuspect() ? agree(second, first) : finding;
}

const totalRow = (table: ColumnTable | undefined, column: string) => table?.total_row?.[column];

export const crossTable: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const found: (Finding | undefined)[] = [];
    const t1 = incomeExpenseTable(reading, "1");
    const t4 = incomeExpenseTable(reading, "4");
    const [t2, t3, t5, t6, t7, t8, t9, t11] = (["2", "3", "5", "6", "7", "8", "9", "11"] as TableId[]).map((id) => columnTable(reading, id));
    const sameUnit = (a: TableId, b: TableId) => tableUnit(reading, a) === tableUnit(reading, b);

    if (t1) {
      for (const line of t1.expense) {
        const place: Place = { table: "1", where: `${line.code} ${line.name}`, code: line.code, value: line.amount };
        if (t3 && sameUnit("1", "3")) found.push(agree(place, { table: "3", where: `${line.code} 合计`, code: line.code, column: "total", value: rowByCode(t3, line.code)?.total }));
        if (t2 && sameUnit("1", "2")) found.push(agree(place, { table: "2", where: `${line.code} 合计`, code: line.code, column: "total", value: rowByCode(t2, line.code)?.total }));
      }
      if (t2 && sameUnit("1", "2")) found.push(...table1IncomeVsTable2(t1, t2, reading));
      if (t3 && sameUnit("1", "3") && typeof t1.expense_total === "string") {
        found.push(agree({ table: "1", where: "支出总计", code: "支出总计", value: t1.expense_total }, { table: "3", where: "合计", column: "total", value: totalRow(t3, "total") }));
      }
      if (t11 && sameUnit("1", "11")) {
        const carry = t1.income.find((l) => l.key === "carryover");
        if (carry) {
          found.push(
            agreeAtSuspect(
              { table: "11", where: "合计", code: "合计", column: "total", value: totalRow(t11, "total") },
              { table: "1", where: carry.label, code: "carryover", value: carry.amount },
              () => !table1LineAddsUp(t1, "carryover"),
            ),
          );
        }
      }
    }
    if (t4 && t1 && sameUnit("1", "4")) {
      const t1line = (key: string) => t1.income.find((l) => l.key === key);
      for (const [key4, key1] of [["general", "general_budget"], ["fund", "fund_budget"], ["soe", "soe_budget"]]) {
        const line4 = t4.income.find((l) => l.key === key4);
        const line1 = t1line(key1);
        if (line4 && line1) {
          found.push(
            agreeAtSuspect(
              { table: "4", where: line4.label, code: key4, value: line4.amount },
              { table: "1", where: line1.label, code: key1, value: line1.amount },
              () => table4IncomeAddsUp(t4) && !table1LineAddsUp(t1, key1),
            ),
          );
        }
      }
    }
    if (t4) {
      for (const row of t4.expense) {
        for (const [column, table, id] of [["general", t5, "5"], ["fund", t8, "8"], ["soe", t9, "9"]] as const) {
          if (!sameUnit("4", id)) continue;
          const other = classTotal(table, row.code);
          if (row[column] === undefined && other === undefined) continue;
          if (!table && reading.tables[id]?.status !== "empty") continue;
          found.push(agree({ table: "4", where: `${row.code} ${row.name} ${label(column)}`, code: row.code, column, value: row[column] }, { table: id, where: `${row.code} 合计`, code: row.code, column: "total", value: other }));
        }
      }
      // 表4's budgets by class are 表2's source columns (own funds and transfers from above).
      if (t2 && sameUnit("2", "4") && reading.layout === "standard-11") {
        for (const row of t4.expense) {
          const row2 = rowByCode(t2, row.code);
          for (const [column, parts] of [["general", ["general", "general_transfer"]], ["fund", ["fund", "fund_transfer"]], ["soe", ["soe", "soe_transfer"]]] as const) {
            const values = parts.map((p) => row2?.[p]).filter((v): v is string => v !== undefined);
            if (row[column] === undefined && values.length === 0) continue;
            const decimals = Math.max(2, ...values.map(decimalsOf));
            const sum = sumOf(values).toFixed(decimals);
            found.push(
              agree(
                { table: "2", where: `${row.code} ${parts.map(label).join(" + ")}`, code: row.code, column: parts[0], value: values.length > 0 ? sum : undefined },
                { table: "4", where: `${row.code} ${row.name} ${label(column)}`, value: row[column] },
              ),
            );
          }
        }
      }
      const expenseTotal = typeof t4.expense_total === "object" ? t4.expense_total : undefined;
      if (expenseTotal && t5 && sameUnit("4", "5")) {
        found.push(agree({ table: "4", where: "支出总计 一般公共预算", column: "general", value: expenseTotal.general }, { table: "5", where: "合计", column: "total", value: totalRow(t5, "total") }));
      }
    }
    if (t5 && t6 && sameUnit("5", "6")) {
      found.push(agree({ table: "5", where: "合计 基本支出", code: "合计", column: "basic", value: totalRow(t5, "basic") }, { table: "6", where: "合计", column: "total", value: totalRow(t6, "total") }));
    }
    if (t5 && t7 && sameUnit("5", "7")) {
      found.push(agree({ table: "5", where: "合计 项目支出", code: "合计", column: "project", value: totalRow(t5, "project") }, { table: "7", where: "合计", column: "total", value: totalRow(t7, "total") }));
    }
    if (t6) found.push(...table10VsTable6(reading, t6));
    return found.filter((f): f is Finding => f !== undefined);
  },
};

/** 表1's income lines are 表2's column totals. */
function table1IncomeVsTable2(t1: IncomeExpenseTable, t2: ColumnTable, reading: Reading): (Finding | undefined)[] {
  if (reading.layout !== "standard-11") return [];
  const pairs: [string, string][] = [
    ["general_own", "general"],
    ["general_transfer", "general_transfer"],
    ["fund_own", "fund"],
    ["fund_transfer", "fund_transfer"],
    ["soe_own", "soe"],
    ["soe_transfer", "soe_transfer"],
    ["special_account", "special_account"],
    ["unit_funds", "unit_funds"],
    ["fiscal_carryover", "fiscal_carryover"],
    ["nonfiscal_carryover", "nonfiscal_carryover"],
  ];
  const findings: (Finding | undefined)[] = [];
  const amount = (key: string) => t1.income.find((l) => l.key === key)?.amount;
  const swapped = new Set<string>();
  // Own funds and transfers from above printed in each other's column: one soft finding.
  for (const [own, transfer, ownKey, transferKey] of [
    ["general", "general_transfer", "general_own", "general_transfer"],
    ["fund", "fund_transfer", "fund_own", "fund_transfer"],
    ["soe", "soe_transfer", "soe_own", "soe_transfer"],
  ]) {
    const a = t2.total_row?.[own];
    const b = t2.total_row?.[transfer];
    const x = amount(ownKey);
    const y = amount(transferKey);
    const same = (p?: string, q?: string) => dec(p).eq(dec(q));
    if (!same(a, x) && same(a, y) && same(b, x)) {
      swapped.add(own).add(transfer);
      findings.push({
        rule: meta.id,
        kind: meta.kind,
        severity: "warning",
        table: "2",
        code: "合计",
        row: `合计 ${label(own)}`,
        column: own,
        claimed: `${label(own)} ${a ?? "（空）"}`,
        computed: `${label(transfer)} ${y ?? "（空）"}`,
        message: `表2 的 ${a ?? b} 列在“${label(own)}”下，表1 列为“${label(transfer)}”：同一笔资金在两表的来源栏目不一致`,
        message_en: `表2 puts ${a ?? b} under ${own}, 表1 under ${transfer}`,
      });
    }
  }
  for (const [key, column] of pairs) {
    const line = t1.income.find((l) => l.key === key);
    if (!line || swapped.has(column)) continue;
    findings.push(
      agreeAtSuspect(
        { table: "2", where: `合计 ${label(column)}`, code: "合计", column, value: t2.total_row?.[column] },
        { table: "1", where: line.label, code: key, value: line.amount },
        () => totalRowAddsUp(t2, column) === true && !table1LineAddsUp(t1, key),
      ),
    );
  }
  if (t1.income_total !== undefined) {
    findings.push(agree({ table: "2", where: "合计", code: "合计", column: "total", value: t2.total_row?.total }, { table: "1", where: "收入总计", value: t1.income_total }));
  }
  return findings;
}

/**
 * 表6's lines for "三公" spending (因公出国, 公务接待, 公务用车运行, by name) against 表10's rows. 表6
 * holds basic spending only: where 表10 prints more, the rest may be project spending (a warning to
 * check); where 表6 prints more than the whole "三公" budget, one of them is wrong.
 */
function table10VsTable6(reading: Reading, t6: ColumnTable): Finding[] {
  const t10 = reading.tables["10"];
  if (!t10 || (t10.status !== "present" && t10.status !== "empty")) return [];
  const findings: Finding[] = [];
  const from = tableUnit(reading, "6") ?? "万元";
  const to = tableUnit(reading, "10") ?? "万元";
  for (const row6 of t6.rows as CodedRow[]) {
    const key = threePublicKeyOf(row6);
    if (!key || row6.total === undefined) continue;
    const row10 = t10.status === "present" ? keyedRow(t10 as ColumnTable, key) : undefined;
    const basic = convertUnit(dec(row6.total), from, to);
    const budget = dec(row10?.total);
    const decimals = Math.min(2, decimalsOf(row10?.total ?? "0"));
    const result = compareFigures(budget, basic, 2, decimals);
    if (!result.severity) continue;
    const where = row10?.label ?? THREE_PUBLIC_ONE_ROW.find((c) => c.key === key)!.label;
    const shown = row10?.total ?? (t10.status === "empty" ? "（空表）" : "（空）");
    const inBasic = `表6 ${row6.code} ${row6.name} ${row6.total}${from !== to ? ` ${from}（${basic.toString()} ${to}）` : ""}`;
    const more = budget.gt(basic);
    const severity = result.severity === "rounding" ? "rounding" : more ? "warning" : "error";
    findings.push({
      rule: meta.id,
      kind: meta.kind,
      severity,
      table: "10",
      row: row10?.label,
      column: row10 ? "total" : undefined,
      claimed: row10?.total ?? "",
      computed: from !== to ? basic.toString() : row6.total,
      message:
        severity === "rounding"
          ? `表10 ${where} ${shown} 与${inBasic}相差在舍入误差以内`
          : more
            ? `表10 ${where} ${shown} 多于${inBasic}：表6 只含基本支出，其余 ${show(result.difference, decimals)} 应在项目支出中，请核实`
            : `表10 ${where} ${shown} 少于${inBasic}：基本支出中的“三公”经费不会多于“三公”经费预算`,
      message_en:
        severity === "rounding"
          ? `表10 ${where} and 表6's line ${row6.code} differ within rounding`
          : more
            ? `表10 ${where} exceeds 表6's basic-spending line ${row6.code}: the rest should be project spending`
            : `表10 ${where} is less than 表6's basic-spending line ${row6.code}`,
    });
  }
  return findings;
}
