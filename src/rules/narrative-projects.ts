/**
 * narrative-projects: a sentence about a classification (一般公共服务支出 "主要用于…", 城市最低生活保障金支出（项）
 * "主要原因是…") names only projects that 表7 books under that classification. Naming a project booked
 * elsewhere is a reason copied from another item, or a description the tables contradict.
 */
import type { Reading } from "../reader/types";
import { compact } from "../reader/text-lines";
import { bareName, sectionName } from "./labels";
import { subjectLevels } from "../reader/subject-levels";
import { columnTable, rowsOf } from "./tables";
import type { Finding, Rule } from "./types";

const meta = {
  id: "narrative-projects",
  kind: "narrative",
  severity: "warning",
  description: {
    zh: "说明某科目时提到的项目，在项目支出表中列在该科目下",
    en: "projects a sentence names under a classification are booked under it in 表7",
  },
} as const;

/** Every classification name the tables print, with its codes. */
function classificationNames(reading: Reading): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const id of ["2", "3", "5", "7", "8", "9"] as const) {
    const table = columnTable(reading, id);
    if (!table) continue;
    for (const row of rowsOf(table)) {
      if (!row.code || !row.name || !/^\d{3}(\d{2}){0,2}$/.test(row.code)) continue;
      const key = bareName(row.name);
      if (!names.has(key)) names.set(key, new Set());
      names.get(key)!.add(row.code);
    }
  }
  return names;
}

/** The code a sentence's subject names: the code it prints, "…（类）…（款）X（项）" (or 类-款-项), or a plain class or item name. */
function codeOfSubject(subject: string, names: Map<string, Set<string>>): string | undefined {
  const codes = (name: string | undefined, length: number) => [...(name ? names.get(bareName(name)) ?? [] : [])].filter((c) => c.length === length);
  const named = subjectLevels(subject);
  if (named?.code) return named.code;
  const item = named?.levels[named.levels.length - 1];
  if (item?.level === "项") {
    const klass = named!.levels.find((l) => l.level === "类")?.name.replace(/^.*[\d.．、：:]/, "");
    const classCode = codes(klass, 3)[0];
    const candidates = codes(item.name, 7).filter((c) => !classCode || c.startsWith(classCode));
    return candidates.length === 1 ? candidates[0] : undefined;
  }
  for (const length of [3, 5, 7]) {
    const candidates = codes(subject, length);
    if (candidates.length === 1) return candidates[0];
  }
  return undefined;
}

export const narrativeProjects: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const table7 = columnTable(reading, "7");
    if (!table7 || !reading.amount_sentences) return [];
    // 表7's projects, each with the codes it is booked under and its name as printed.
    const projects = new Map<string, { name: string; codes: Set<string> }>();
    for (const row of rowsOf(table7)) {
      if (!row.project || !row.code) continue;
      const key = bareName(row.project);
      if (key.length < 6) continue; // too short to be told apart from ordinary words
      if (!projects.has(key)) projects.set(key, { name: compact(row.project), codes: new Set() });
      projects.get(key)!.codes.add(row.code);
    }
    const names = classificationNames(reading);
    const findings: Finding[] = [];
    for (const sentence of reading.amount_sentences) {
      const code = codeOfSubject(sentence.subject, names);
      if (!code) continue;
      const rest = bareName(sentence.rest);
      const elsewhere = [...projects.entries()].filter(([key, p]) => rest.includes(key) && ![...p.codes].some((c) => c.startsWith(code)));
      if (elsewhere.length === 0) continue;
      const booked = elsewhere.map(([, p]) => `${p.name}（表7：${[...p.codes].join("、")}）`);
      const claim = reading.claims.find((c) => c.section === sentence.section && bareName(c.subject).endsWith(bareName(sentence.subject)));
      findings.push({
        rule: meta.id,
        kind: meta.kind,
        severity: "warning",
        section: sentence.section,
        // At the claim the sentence makes; where it makes none, at the classification's row in 表7.
        ...(claim || !rowsOf(table7).some((r) => r.code === code) ? {} : { table: "7" as const, column: "total" }),
        row: claim?.subject ?? sentence.subject,
        code,
        claimed: elsewhere.map(([, p]) => p.name).join("；"),
        computed: [...new Set(elsewhere.flatMap(([, p]) => [...p.codes]))].join("、"),
        message: `${sectionName(reading, sentence.section)}：关于 ${code} ${sentence.subject.replace(/^.*?(?=[^（）()]+[（(]项[）)]$)/, "")}的说明提到 ${booked.join("、")}，但表7 未将其列在 ${code} 下`,
        message_en: `the sentence on ${code} names ${elsewhere.length} project(s) that 表7 books under other classifications`,
      });
    }
    return findings;
  },
};
