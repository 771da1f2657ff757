/**
 * 项目支出绩效目标表 (performance-target tables, 第三部分 预算绩效情况): for each, the project, its budget
 * (项目资金 年度预算总额) and the amounts its text writes in 元 — where a table says "本项目共投资 0.4 元"
 * of a 0.40 万元 project, the unit has slipped.
 *
 * These tables come as loose cells (labels wrap a character or two per line), so a table is the text
 * from one 项目名称 to the next, read without white space.
 */
import { compact, type TextLine } from "./text-lines";
import { PART, SUB_HEADING, TOP_HEADING } from "./narrative";
import type { PerformanceTarget } from "./types";

const FIGURE = String.raw`(\d[\d,]*(?:\.\d+)?)`;
const BUDGET = new RegExp(String.raw`年度预算总额[:：]?` + FIGURE);
/** An amount in 元 — not 万元, not a rate (元/人, 元/月). */
const YUAN = new RegExp(String.raw`(?<![\d.,])` + FIGURE + String.raw`元(?![/／每])`, "g");

export function readPerformanceTargets(lines: TextLine[]): PerformanceTarget[] {
  const targets: PerformanceTarget[] = [];
  let part = "";
  let top = "";
  let sub = "";
  let current: { section: string; project: string; text: string } | undefined;
  const close = () => {
    if (!current) return;
    const text = current.text;
    const budget = text.match(BUDGET);
    if (budget) {
      const header = text.slice(0, budget.index);
      targets.push({
        section: current.section,
        project: current.project,
        budget: budget[1].replace(/,/g, ""),
        unit: /项目资金[（(]万元[)）]/.test(header) || !/[（(]元[)）]/.test(header) ? "万元" : "元",
        // The amounts after the budget (the goal and the indicators), as printed.
        yuan_amounts: [...text.slice(budget.index! + budget[0].length).matchAll(YUAN)].filter((m) => text[m.index! - 1] !== "万").map((m) => `${m[1]} 元`),
      });
    }
    current = undefined;
  };
  for (const line of lines) {
    const text = compact(line.text);
    const partMatch = text.match(PART);
    if (partMatch) {
      close();
      part = partMatch[1];
      top = sub = "";
      continue;
    }
    const heading = line.text.match(TOP_HEADING);
    if (heading && !current) {
      top = heading[1];
      sub = "";
    }
    const subHeading = line.text.match(SUB_HEADING);
    if (subHeading && !current) sub = subHeading[1];
    const name = text.match(/^项目名称(.*)$/);
    if (name && part !== "二") {
      close();
      current = { section: sub ? `${top}(${sub})` : top, project: name[1].replace(/(项目负责人|主管部门|实施单位).*$/, ""), text: "" };
      continue;
    }
    if (current) current.text += text;
  }
  close();
  return targets;
}
