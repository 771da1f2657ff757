/**
 * subsidy-total: persons × standard × months = the stated amount (万元 = 元 ÷ 10,000). When the
 * months are not stated, the message says how many were assumed.
 */
import { Decimal } from "../amount";
import { subsidy as subsidyInWan } from "../analytics";
import type { Reading } from "../reader/types";
import type { Finding, Rule } from "./types";

const meta = {
  id: "subsidy-total",
  kind: "subsidy",
  severity: "error",
  description: { zh: "补助人数 × 标准 × 月数等于补助金额", en: "persons × standard × months equals the subsidy amount" },
} as const;

export const subsidyTotal: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: Finding[] = [];
    for (const subsidy of reading.subsidies) {
      if (subsidy.amount === undefined || subsidy.persons === null || subsidy.persons === undefined || !subsidy.months) continue;
      const printed = new Decimal(subsidy.amount);
      const persons = new Decimal(subsidy.persons);
      const standard = new Decimal(subsidy.standard_yuan);
      const perMonth = subsidy.per === "人/年" ? 1 : subsidy.months;
      const computed = subsidyInWan(persons, standard, new Decimal(perMonth));
      const rounded = computed.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      const difference = printed.minus(computed).abs();
      if (difference.lte("0.005")) continue;
      const assumption = subsidy.months_stated ? `${subsidy.months} 个月` : `未写明月数，按 ${subsidy.months} 个月计`;
      const fits = [...Array(24).keys()]
        .map((m) => m + 1)
        .filter((m) => subsidyInWan(persons, standard, new Decimal(m)).minus(printed).abs().lte("0.005"));
      findings.push({
        rule: meta.id,
        kind: meta.kind,
        severity: "error",
        row: subsidy.project,
        claimed: subsidy.amount,
        computed: rounded.toFixed(2),
        message:
          `${subsidy.project}：${subsidy.persons} 人 × ${subsidy.standard_yuan} 元/${subsidy.per.replace(/^人\/?/, "") || "人"} × ${assumption} = ${rounded.toFixed(2)} 万元，印 ${subsidy.amount} 万元，相差 ${printed.minus(computed).toDecimalPlaces(4).toFixed()} 万元` +
          (fits.length > 0 ? `（按 ${fits.join("、")} 个月计则相符）` : "（任何整月数都算不出印出的金额）"),
        message_en: `${subsidy.project}: ${subsidy.persons} × ${subsidy.standard_yuan} 元 × ${subsidy.months} months = ${rounded.toFixed(2)} 万元, printed ${subsidy.amount}`,
      });
    }
    return findings;
  },
};
