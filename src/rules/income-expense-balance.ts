/** income-expense-balance: 表1 and 表4 balance (收入总计 = 支出总计), and each income block adds up. */
import { Decimal } from "../amount";
import type { IncomeExpenseTable, Reading } from "../reader/types";
import { compareFigures, dec, decimalsOf, show, sumOf } from "./difference";
import { blockSum, incomeExpenseTable, table1IncomeBlocks, table4IncomeBlock } from "./tables";
import type { Finding, Rule } from "./types";

const meta = {
  id: "income-expense-balance",
  kind: "table-arithmetic",
  severity: "error",
  description: { zh: "收入总计等于支出总计，各收入项目等于其明细之和", en: "income total equals expense total; each income block equals its lines" },
} as const;

/** `code` names the line: its income key, or 收入总计 / 支出总计. */
function finding(table: "1" | "4", row: string, code: string, claimed: string | undefined, computed: Decimal, terms: number, message: string, en: string): Finding | undefined {
  const decimals = Math.min(2, claimed ? decimalsOf(claimed) : 2);
  const result = compareFigures(dec(claimed), computed, terms, decimals);
  if (!result.severity) return undefined;
  return {
    rule: meta.id,
    kind: meta.kind,
    severity: result.severity,
    table,
    code,
    row,
    claimed: claimed ?? "",
    computed: show(computed, decimals),
    message: `${message}：印 ${claimed ?? "（空）"}，应为 ${show(computed, decimals)}${result.severity === "rounding" ? "（在舍入误差以内）" : ""}`,
    message_en: en,
  };
}

function checkTable1(t1: IncomeExpenseTable): Finding[] {
  const findings: (Finding | undefined)[] = [];
  const line = (key: string) => t1.income.find((l) => l.key === key);
  for (const block of table1IncomeBlocks(t1)) {
    const { total, parts } = block;
    findings.push(finding("1", total.label, total.key, total.amount, blockSum(block), parts.length + 1, `表1 ${total.label} 应等于其明细之和`, `表1 ${total.key} is not the sum of its lines`));
  }
  const expenses = t1.expense.filter((e) => e.amount !== undefined);
  const expenseTotal = typeof t1.expense_total === "string" ? t1.expense_total : undefined;
  if (expenseTotal !== undefined || expenses.length > 0) {
    const computed = sumOf(expenses.map((e) => e.amount));
    findings.push(finding("1", "支出总计", "支出总计", expenseTotal, computed, expenses.length + 1, "表1 支出总计应等于各类支出之和", "表1 expense total is not the sum of the classes"));
  }
  const current = line("current_income");
  const carry = line("carryover");
  if (current || carry) {
    const computed = dec(current?.amount).plus(dec(carry?.amount));
    findings.push(finding("1", "收入总计", "收入总计", t1.income_total, computed, 3, "表1 收入总计应等于本年收入 + 上年结转结余", "表1 income total is not 本年收入 + 上年结转结余"));
  }
  if (t1.income_total !== undefined || expenseTotal !== undefined) {
    findings.push(finding("1", "收入总计", "收入总计", t1.income_total, dec(expenseTotal), 2, "表1 收入总计应等于支出总计", "表1 income total differs from expense total"));
  }
  return findings.filter((f): f is Finding => f !== undefined);
}

function checkTable4(t4: IncomeExpenseTable): Finding[] {
  const findings: (Finding | undefined)[] = [];
  const fiscal = t4.income.find((l) => l.key === "fiscal_total");
  const block = table4IncomeBlock(t4);
  if (block) {
    findings.push(finding("4", block.total.label, "fiscal_total", block.total.amount, blockSum(block), block.parts.length + 1, "表4 财政拨款收入应等于各预算之和", "表4 fiscal income is not the sum of the budgets"));
  }
  const expenseTotal = typeof t4.expense_total === "object" ? t4.expense_total : undefined;
  if (expenseTotal) {
    for (const column of ["total", "general", "fund", "soe"]) {
      const values = t4.expense.map((e) => e[column]).filter((v): v is string => v !== undefined);
      if (expenseTotal[column] === undefined && values.length === 0) continue;
      const computed = sumOf(values);
      const f = finding("4", "支出总计", "支出总计", expenseTotal[column], computed, values.length + 1, `表4 支出总计（${column}）应等于各类之和`, `表4 expense total (${column}) is not the sum of the classes`);
      if (f) findings.push({ ...f, column });
    }
  }
  const incomeTotal = t4.income_total;
  const expense = expenseTotal?.total;
  if (incomeTotal !== undefined || expense !== undefined) {
    findings.push(finding("4", "收入总计", "收入总计", incomeTotal, dec(expense), 2, "表4 收入总计应等于支出总计", "表4 income total differs from expense total"));
  }
  if (fiscal && (incomeTotal !== undefined || fiscal.amount !== undefined)) {
    findings.push(finding("4", "收入总计", "收入总计", incomeTotal, dec(fiscal.amount), 2, "表4 收入总计应等于财政拨款收入", "表4 income total differs from its fiscal income"));
  }
  return findings.filter((f): f is Finding => f !== undefined);
}

export const incomeExpenseBalance: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const t1 = incomeExpenseTable(reading, "1");
    const t4 = incomeExpenseTable(reading, "4");
    const findings = [...(t1 ? checkTable1(t1) : []), ...(t4 ? checkTable4(t4) : [])];
    // The same difference reported twice (收入总计 against two figures that agree) is one finding.
    const seen = new Set<string>();
    return findings.filter((f) => {
      const key = `${f.table}|${f.row}|${f.claimed}|${f.computed}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },
};
