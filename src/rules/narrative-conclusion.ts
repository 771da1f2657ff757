/**
 * narrative-conclusion: a sentence about one fund concludes about that fund. "国有资本经营预算 0.00 万元，
 * …减少 0.05 万元…，所以 2024 年政府性基金预算比上年减少" names another fund in its conclusion — a
 * sentence copied from the paragraph before and not fully edited.
 */
import type { Reading } from "../reader/types";
import type { Finding, Rule } from "./types";

const meta = {
  id: "narrative-conclusion",
  kind: "narrative",
  severity: "warning",
  description: { zh: "说明中关于某项资金的句子，结论说的是同一项资金", en: "a sentence about one fund draws its conclusion about that fund" },
} as const;

/** The funds a budget's income is split into, by the words that name them. */
const FUNDS = ["一般公共", "政府性基金", "国有资本", "财政专户", "单位资金"];

const fundsIn = (text: string) => FUNDS.filter((fund) => text.includes(fund));

export const narrativeConclusion: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: Finding[] = [];
    for (const sentence of reading.amount_sentences ?? []) {
      const drawn = sentence.rest.match(/(?:所以|因此)(.+?)[。；;]?$/);
      if (!drawn) continue;
      const c = { section: sentence.section, subject: sentence.subject, conclusion: drawn[1] };
      const about = fundsIn(c.subject);
      const named = fundsIn(c.conclusion);
      if (about.length === 0 || named.length === 0 || named.some((fund) => about.includes(fund))) continue;
      // Stand at the claim the sentence makes, where one was read.
      const claim = reading.claims.find((cl) => cl.section === c.section && cl.subject.startsWith(c.subject));
      findings.push({
        rule: meta.id,
        kind: meta.kind,
        severity: "warning",
        section: c.section,
        row: claim?.subject ?? c.subject,
        claimed: `所以${c.conclusion}`,
        computed: claim?.subject ?? c.subject,
        message: `第三部分 ${c.section}：关于“${claim?.subject ?? c.subject}”的句子，结论却说“${c.conclusion}”（${named.join("、")}），应说${claim?.subject ?? c.subject}`,
        message_en: `a sentence about ${c.subject} concludes about another fund: “${c.conclusion}”`,
      });
    }
    return findings;
  },
};
