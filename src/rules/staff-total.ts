/** staff-total: 实有人数 = 在职 + 退休 + 离休 (or 在职 + 离退休, where the text counts them together). */
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
    const { actual, in_service, retired, retired_cadre, retired_all } = reading.staff;
    if (actual === undefined || in_service === undefined) return [];
    const parted = retired !== undefined;
    if (!parted && retired_all === undefined) return [];
    const computed = in_service + (parted ? retired + (retired_cadre ?? 0) : retired_all!);
    if (computed === actual) return [];
    const parts = parted ? `在职 ${in_service} + 退休 ${retired} + 离休 ${retired_cadre ?? 0}` : `在职 ${in_service} + 离退休 ${retired_all}`;
    return [
      {
        rule: meta.id,
        kind: meta.kind,
        severity: "error",
        section: "第一部分",
        row: "实有人数",
        claimed: String(actual),
        computed: String(computed),
        message: `第一部分：实有人数 ${actual} 人，${parts} = ${computed} 人`,
        message_en: `actual staff ${actual} differs from the sum of its parts, ${computed}`,
      },
    ];
  },
};
