/** staff-total: 实有人数 = 在职 + 退休 + 离休. */
import type { Reading } from "../reader/types";
import type { Finding, Rule } from "./types";

const meta = {
  id: "staff-total",
  kind: "staff",
  severity: "error",
  description: { zh: "实有人数等于在职、退休、离休人数之和", en: "actual staff equals in service + retired + retired cadres" },
} as const;

export const staffTotal: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const { actual, in_service, retired, retired_cadre } = reading.staff;
    if (actual === undefined || in_service === undefined || retired === undefined) return [];
    const computed = in_service + retired + (retired_cadre ?? 0);
    if (computed === actual) return [];
    return [
      {
        rule: meta.id,
        kind: meta.kind,
        severity: "error",
        section: "第一部分",
        row: "实有人数",
        claimed: String(actual),
        computed: String(computed),
        message: `第一部分：实有人数 ${actual} 人，在职 ${in_service} + 退休 ${retired} + 离休 ${retired_cadre ?? 0} = ${computed} 人`,
        message_en: `actual staff ${actual} differs from the sum of its parts, ${computed}`,
      },
    ];
  },
};
