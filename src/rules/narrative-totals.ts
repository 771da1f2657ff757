/**
 * narrative-totals: what the narrative's parts imply must agree.
 * - Last year's income (Σ amount − change over the income sources of section 二) equals last
 *   year's expense (Σ over 基本/项目支出 of section 三).
 * - The changes of the items (项) of section 五 add up to the change of its 基本 + 项目 支出.
 */
import { Decimal } from "../amount";
import type { Claim, Reading } from "../reader/types";
import { compareFigures, sumOf } from "./difference";
import type { Finding, Rule } from "./types";

const meta = {
  id: "narrative-totals",
  kind: "narrative",
  severity: "error",
  description: { zh: "说明各部分推算出的上年数与增减额相互一致", en: "the prior-year totals and changes the narrative implies agree" },
} as const;

const top = (section: string) => section.split(/[(（]/)[0];
const withChange = (claims: Claim[]) => claims.filter((c) => c.change !== undefined);
const previous = (claims: Claim[]) => claims.reduce((s, c) => s.plus(c.amount).minus(c.change!), new Decimal(0));
const changes = (claims: Claim[]) => sumOf(claims.map((c) => c.change));

function compare(where: string, section: string, claimed: Decimal, computed: Decimal, terms: number, message: string, en: string): Finding | undefined {
  const { severity, difference } = compareFigures(claimed, computed, terms, 2);
  if (!severity) return undefined;
  const rounding = severity === "rounding";
  return {
    rule: meta.id,
    kind: meta.kind,
    severity,
    section,
    row: where,
    claimed: claimed.toFixed(2),
    computed: computed.toFixed(2),
    message: `${message}：${claimed.toFixed(2)} 与 ${computed.toFixed(2)}，相差 ${difference.toFixed(2)}${rounding ? `（在 ${terms} 个舍入数的误差以内）` : ""}`,
    message_en: en,
  };
}

export const narrativeTotals: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: (Finding | undefined)[] = [];
    const claims = reading.claims.filter((c) => c.section !== "第一部分");
    // 二: income sources (claims with a share of the total); 三: 基本/项目支出.
    const income = withChange(claims.filter((c) => top(c.section) === "二" && c.share_pct !== undefined));
    const expense = withChange(claims.filter((c) => top(c.section) === "三" && /^(基本支出|项目支出)$/.test(c.subject)));
    if (income.length >= 2 && expense.length === 2) {
      findings.push(
        compare(
          "二 与 三 推算的上年数",
          "三",
          previous(expense),
          previous(income),
          2 * (income.length + expense.length),
          "第三部分 三（基本支出 + 项目支出）推算的上年支出与 二（各收入来源）推算的上年收入应相等",
          "last year's expense implied by 三 differs from last year's income implied by 二",
        ),
      );
    }
    // 五: Σ item changes = Σ 基本 + 项目 changes.
    const five = claims.filter((c) => top(c.section) === "五");
    const base = withChange(five.filter((c) => /(^|拨款)(基本支出|项目支出)$/.test(c.subject)));
    const items = withChange(five.filter((c) => /[（(]项[）)]$/.test(c.subject)));
    if (base.length === 2 && items.length >= 2) {
      findings.push(
        compare(
          "五 各项增减额之和",
          items[0].section,
          changes(base),
          changes(items),
          base.length + items.length,
          "第三部分 五 基本支出与项目支出的增减额之和应等于各项（项级科目）增减额之和",
          "the changes of 基本 + 项目支出 differ from the sum of the items' changes",
        ),
      );
    }
    return findings.filter((f): f is Finding => f !== undefined);
  },
};
