/**
 * self-reference: a 单位预算 speaks of 本单位, a 部门预算 of 本部门. A narrative that calls itself only by
 * the other word contradicts its title (warning); one that mixes the two has slipped here and there
 * (info).
 */
import type { Reading } from "../reader/types";
import { excerpt } from "./labels";
import type { Finding, Rule } from "./types";

const meta = {
  id: "self-reference",
  kind: "format",
  severity: "warning",
  description: { zh: "说明中的“本部门/本单位”与标题的部门预算/单位预算一致", en: "the narrative calls itself 部门 or 单位 as its title does" },
} as const;

export const selfReference: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const said = reading.self_reference;
    const kind = reading.kind;
    if (!said || !kind) return [];
    const other = kind === "部门" ? "单位" : "部门";
    if (said[other] === 0) return [];
    const first = said.first[other]!;
    const only = said[kind] === 0;
    return [
      {
        rule: meta.id,
        kind: meta.kind,
        severity: only ? "warning" : "info",
        section: first.section || undefined,
        // Flagged at the document's kind on the overview.
        row: "类型",
        claimed: `本${other} × ${said[other]}`,
        computed: `本${kind}（${kind}预算）`,
        message: only
          ? `标题为${kind}预算，但说明通篇自称“本${other}”（${said[other]} 处），如“${excerpt(first.text, 40)}”`
          : `标题为${kind}预算，说明多处称“本${kind}”（${said[kind]} 处），另有 ${said[other]} 处称“本${other}”，如“${excerpt(first.text, 40)}”`,
        message_en: `a ${kind === "部门" ? "department" : "unit"} budget calls itself 本${other} ${said[other]} time(s)`,
      },
    ];
  },
};
