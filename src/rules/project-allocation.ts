/**
 * project-allocation: a project description's 资金分配情况 divides its 预算安排规模 — the total it
 * states ("共计 165.00 万元") is the budget, and the amounts it allocates add up to that total, a rate
 * times the units it is paid for ("管辖 13个网格，每个网格 0.5 万元"). Where it allocates by a rate it
 * does not multiply out ("1000 元/人/月": persons × standard is subsidy-total's check), only its
 * stated total is compared.
 */
import { Decimal, YUAN_PER_WAN, type MoneyUnit } from "../amount";
import type { FundAllocation, ProjectBudget, Reading } from "../reader/types";
import { compareFigures, show, sumOf } from "./difference";
import { narrativePlaces, narrativeUnit } from "./narrative-money";
import type { Finding, Rule } from "./types";

const meta = {
  id: "project-allocation",
  kind: "narrative",
  severity: "error",
  description: {
    zh: "项目说明的资金分配情况：写明的合计等于预算安排规模，分配的各项金额之和等于合计",
    en: "a project's 资金分配情况 totals its 预算安排规模, and its amounts add up to that total",
  },
} as const;

/** column: "total" for the total the allocation states, "items" for the sum of its parts. */
function finding(project: ProjectBudget, column: "total" | "items", severity: Finding["severity"], claimed: string, computed: string, message: string, message_en: string): Finding {
  return { rule: meta.id, kind: meta.kind, severity, row: project.project, column, claimed, computed, message, message_en };
}

/** Whether the allocation's amounts are parts to be summed: it states some, and allocates no rate it does not multiply out, breaks nothing down. */
export function summable(allocation: FundAllocation): boolean {
  return !allocation.unsummed && allocation.items.length + (allocation.yuan_items?.length ?? 0) + (allocation.rates?.length ?? 0) > 0;
}

/**
 * What the allocated amounts come to in 万元 (amounts in 元 converted, rates times their units), and
 * how many rounded figures that sums (a rate counts once for each unit it is paid for).
 */
export function allocated(allocation: FundAllocation, yuanAsWan = false): { sum: Decimal; terms: number } {
  const yuan = sumOf(allocation.yuan_items ?? []);
  let sum = sumOf(allocation.items).plus(yuanAsWan ? yuan : yuan.div(YUAN_PER_WAN));
  let terms = allocation.items.length + (allocation.yuan_items?.length ?? 0) + 1;
  for (const { rate, count } of allocation.rates ?? []) {
    sum = sum.plus(new Decimal(rate).times(count));
    terms += Number(count);
  }
  return { sum, terms };
}

/** The unit the amounts are in (the narrative's) and the places they are compared at. */
interface Money {
  unit: MoneyUnit;
  places: number;
}

/** The allocation's amounts as a sum written out: "20.00 万元 + 13 × 0.5 万元 + 0.29 元". */
function partsText(allocation: FundAllocation, { unit }: Money): string {
  return [
    ...allocation.items.map((a) => `${a} ${unit}`),
    ...(allocation.rates ?? []).map(({ rate, count }) => `${count} × ${rate} ${unit}`),
    ...(allocation.yuan_items ?? []).map((a) => `${a} 元`),
  ].join(" + ");
}

/** The total the allocation states, in the narrative's unit (a total printed in 元 in a narrative in 万元 converted). */
function statedTotal(allocation: FundAllocation): Decimal | undefined {
  if (allocation.total === undefined) return undefined;
  const total = new Decimal(allocation.total);
  return allocation.total_in_yuan ? total.div(YUAN_PER_WAN) : total;
}

/** The stated total as printed: "165.00 万元", "231000 元". */
const printedTotal = (allocation: FundAllocation, unit: MoneyUnit) => `${allocation.total} ${allocation.total_in_yuan ? "元" : unit}`;

/** The stated total against the budget. */
function checkTotal(project: ProjectBudget, allocation: FundAllocation, itemsMatchBudget: boolean, { unit, places }: Money): Finding | undefined {
  const { severity } = compareFigures(statedTotal(allocation)!, new Decimal(project.budget), 2, places);
  if (!severity) return undefined;
  return finding(
    project,
    "total",
    severity,
    allocation.total!,
    project.budget,
    `项目“${project.project}”资金分配情况共计 ${printedTotal(allocation, unit)}，预算安排规模为 ${project.budget} ${unit}` +
      (severity === "rounding" ? "（在舍入误差以内）" : itemsMatchBudget ? "（所列各项之和与预算安排规模相符）" : ""),
    `the allocation of ${project.project} totals ${printedTotal(allocation, unit)}; its budget is ${project.budget} ${unit}`,
  );
}

/** The figure the allocated amounts should come to: the stated total, or the budget where none is stated. */
const targetOf = (project: ProjectBudget, allocation: FundAllocation) => statedTotal(allocation) ?? new Decimal(project.budget);

/**
 * The allocation adds up only with its amounts in 元 read as 万元 ("6名人大代表履职补助 0.29 元，…调研
 * 活动费 0.48 万元" of 0.77 万元): a unit slip, which figure-format reports, not a sum that fails.
 */
export function addsUpOnlyInWan(project: ProjectBudget): boolean {
  const allocation = project.allocation;
  if (!allocation?.yuan_items || !summable(allocation)) return false;
  const target = targetOf(project, allocation);
  const { sum, terms } = allocated(allocation);
  return compareFigures(sum, target, terms, 2).severity !== undefined && !compareFigures(allocated(allocation, true).sum, target, terms, 2).severity;
}

/** The allocated amounts (their `sum` of `terms` rounded figures) against the stated total, or the budget where no total is stated. */
function checkItems(project: ProjectBudget, allocation: FundAllocation, { sum, terms }: { sum: Decimal; terms: number }, money: Money): Finding | undefined {
  const { unit, places } = money;
  const target = targetOf(project, allocation);
  const against = allocation.total !== undefined ? `共计 ${printedTotal(allocation, unit)}` : `预算安排规模 ${project.budget} ${unit}`;
  const { severity } = compareFigures(sum, target, terms, places);
  if (!severity || addsUpOnlyInWan(project)) return undefined;
  const shortfall = sum.lt(target);
  // A list that stops short without closing on its total may name only the main uses.
  const soft = severity === "error" && shortfall && !allocation.total_closes;
  return finding(
    project,
    "items",
    soft ? "warning" : severity,
    show(sum, places),
    allocation.total ?? project.budget,
    `项目“${project.project}”资金分配情况所列金额 ${partsText(allocation, money)} = ${show(sum, places)} ${unit}，${shortfall ? "少于" : "多于"}${against}` +
      (severity === "rounding" ? "（在舍入误差以内）" : soft ? "（文中未说明其余部分的用途）" : "") +
      (allocation.yuan_items ? `；以元计的金额按万元计则为 ${show(allocated(allocation, true).sum, 2)} 万元，也不相符` : ""),
    `the amounts the allocation of ${project.project} lists add up to ${show(sum, places)} ${unit}, not the ${allocation.total !== undefined ? printedTotal(allocation, unit) : `${project.budget} ${unit}`} ${allocation.total !== undefined ? "it states as their total" : "budgeted"}`,
  );
}

export const projectAllocation: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: Finding[] = [];
    const unit = narrativeUnit(reading);
    for (const project of reading.project_budgets ?? []) {
      const allocation = project.allocation;
      if (!allocation) continue;
      const money = { unit, places: narrativePlaces(reading, [project.budget, allocation.total_in_yuan ? undefined : allocation.total, ...allocation.items, ...(allocation.rates ?? []).map((r) => r.rate)]) };
      const parts = summable(allocation) ? allocated(allocation) : undefined;
      // Where the amounts add up to the budget, the stated total is the one figure out of place.
      const itemsMatchBudget = parts !== undefined && parts.sum.eq(project.budget);
      const total = allocation.total !== undefined ? checkTotal(project, allocation, itemsMatchBudget, money) : undefined;
      if (total) findings.push(total);
      if (!parts || (total && itemsMatchBudget)) continue;
      const items = checkItems(project, allocation, parts, money);
      if (items) findings.push(items);
    }
    return findings;
  },
};
