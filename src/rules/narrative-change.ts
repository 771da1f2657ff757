/**
 * narrative-change: every 增长/下降 % equals change ÷ (amount − change); the change % has the sign of
 * the change. "增长 100%" for a new item (last year 0) is the convention, not an error.
 */
import { Decimal } from "../amount";
import type { Reading } from "../reader/types";
import { atCommonScale, decimalsOf, percentClearlyRoundsTo } from "./difference";
import type { Finding, Rule } from "./types";

const meta = {
  id: "narrative-change",
  kind: "narrative",
  severity: "error",
  description: { zh: "说明中的增减百分比等于增减额除以上年数", en: "a stated change % equals change ÷ last year" },
} as const;

export const narrativeChange: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: Finding[] = [];
    for (const claim of reading.claims) {
      if (claim.change === undefined || claim.change_pct === undefined || claim.section === "第一部分") continue;
      const places = Math.max(decimalsOf(claim.change_pct), 2);
      // Most changes are right: with the figures as exact integers, a percentage clearly inside the
      // printed figure's rounding interval passes without decimal.js (same sign, last year not 0).
      const scaled = atCommonScale([claim.amount, claim.change]);
      if (scaled) {
        const [now, change] = scaled;
        const percent = Number(claim.change_pct);
        const signsClash = change !== 0 && percent !== 0 && change < 0 !== percent < 0;
        if (!signsClash && now - change !== 0 && percentClearlyRoundsTo(change, now - change, claim.change_pct, places)) continue;
      }
      const amount = new Decimal(claim.amount);
      const change = new Decimal(claim.change);
      const printed = new Decimal(claim.change_pct);
      const previous = amount.minus(change);
      const base = { rule: meta.id, kind: meta.kind, section: claim.section, row: claim.subject, claimed: claim.change_pct } as const;
      if (!change.isZero() && !printed.isZero() && change.isNegative() !== printed.isNegative()) {
        findings.push({
          ...base,
          severity: "warning",
          computed: printed.neg().toFixed(places),
          message: `第三部分 ${claim.section}：${claim.subject} 增减额 ${claim.change} 与增减百分比 ${claim.change_pct}% 方向相反（增加/减少、增长/下降用词不一致）`,
          message_en: `${claim.subject}: the change and the change % point in opposite directions`,
        });
        continue;
      }
      if (previous.isZero()) {
        if (change.isZero()) {
          // Nothing last year, nothing this year: no change at all.
          if (!printed.isZero()) {
            findings.push({ ...base, severity: "error", computed: "0", message: `第三部分 ${claim.section}：${claim.subject} 本年与上年均为 0，增减百分比应为 0，印 ${claim.change_pct}%`, message_en: `${claim.subject}: nothing changed, yet ${claim.change_pct}% is printed` });
          }
        } else if (!printed.abs().eq(100)) {
          // A new item: disclosures write "增长 100%".
          findings.push({ ...base, severity: "warning", computed: "100", message: `第三部分 ${claim.section}：${claim.subject} 上年为 0（新增），惯例写“增长 100%”，印 ${claim.change_pct}%`, message_en: `${claim.subject}: a new item is conventionally "增长 100%"` });
        }
        continue;
      }
      const exact = change.div(previous).times(100);
      const rounded = exact.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
      if (rounded.eq(printed)) continue;
      const nearly = printed.minus(exact).abs().lte(new Decimal(10).pow(-places));
      findings.push({
        ...base,
        severity: nearly ? "rounding" : "error",
        computed: rounded.toFixed(places),
        message:
          `第三部分 ${claim.section}：${claim.subject} ${claim.amount} 万元，比上年增减 ${claim.change} 万元，` +
          `${claim.change} ÷ ${previous.toFixed()} = ${exact.toDecimalPlaces(4).toFixed()}%，应为 ${rounded.toFixed(places)}%，印 ${claim.change_pct}%` +
          (nearly ? "（末位舍入差异）" : ""),
        message_en: `${claim.subject}: change % printed ${claim.change_pct}, ${claim.change} / ${previous.toFixed()} gives ${rounded.toFixed(places)}`,
      });
    }
    return findings;
  },
};
