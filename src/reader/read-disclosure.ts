/**
 * readDisclosure(text): the whole reading of a published disclosure — unit, year, money unit,
 * the standard tables, the staff figures, the narrative's claims and the per-person subsidies.
 * It never throws: what it cannot find is listed in `problems`.
 */
import { convertUnit, Decimal, type MoneyUnit } from "../amount";
import { narrativeMoneyUnit } from "./narrative-amounts";
import { assignShareBases, readNarrativeAmounts } from "./narrative-claims";
import { narrativePart, sectionTitles } from "./narrative-sentences";
import { readAmountSentences, readEmptyStatements, readOtherBudgetYears, readOtherUnitNames, readProcurement, readSelfReference, readVehicles } from "./narrative";
import { readProjectBudgets, readProjectDescriptions, readSubsidies } from "./project-descriptions";
import { readStaff } from "./staff";
import { readOverallTargetTable, readPerformanceStatement, readPerformanceTargets } from "./performance-targets";
import { classifyTitle, locateTables, tablesById, type LocatedTable } from "./locate-tables";
import { noteStart, readTable, table10HintsFrom, table10HintsFromClaims, table2HintsFrom, type ReadContext } from "./read-tables";
import { splitLines, type TextLine, type TextPositions } from "./text-lines";
import { TABLE_IDS, unrecognisedTitleReason, type CodedRow, type ColumnTable, type IncomeExpenseTable, type Reading, type ReadTable, type TableId } from "./types";

/** The tables each layout has; a table a layout lacks is left out of the reading. */
const LAYOUT_TABLES: Record<"standard-11" | "shanghai-9", TableId[]> = {
  "standard-11": [...TABLE_IDS],
  "shanghai-9": ["1", "2", "3", "4", "5", "6", "8", "9", "10"],
};

/** Inputs larger than this are read only in part (the rest is reported), so a read never hangs. */
export const MAX_INPUT_CHARS = 20_000_000;

function unitName(head: string[]): string | undefined {
  for (const text of head.slice(0, 20)) {
    const match = text.match(/^预算(?:主管)?(?:部门|单位)[:：](.{2,40})$/);
    if (match) return match[1];
  }
  for (const text of head) {
    if (!text.startsWith("编制")) continue;
    // "编制部门：X 单位：万元", "…X 金额单位：万元", "…X（单位：万元）", "…X 2024年1月10日 单位：万元".
    const match = text.match(/编制(?:单位|部门)[:：]([^\s单]+?)(?:\d{4}[年.\/-]\d{1,2}[月.\/-]\d{1,2}日?)?(?:[（(]?(?:金额)?单位[:：]|$)/);
    if (match) return match[1];
  }
  for (const text of head.slice(0, 60)) {
    // "第一部分 2024 年某某办事处部门概况": the name stands after the part and the year.
    const title = text.replace(/^第[一二三四1-4]部分/, "").replace(/^\d{4}年度?/, "");
    const match = title.match(/^(.{2,40}?(?:办事处|中心|局|委员会|院|站|所|馆|学校|医院|街道|政府|部|厅|处|队|园|办公室|会|台|社|中学|小学|大学|团|场))(?:\d{4}年)?(?:部门|单位)?(?:预算|概况)/);
    if (match) return match[1];
  }
  return undefined;
}

/** The budget units a 部门 disclosure lists under it ("下属预算单位包括：1.… 2.…"). */
function subunits(head: string[]): string[] {
  const units: string[] = [];
  const start = head.findIndex((text) => text.includes("包括") && /(下属|所属)[^。]{0,30}单位[^。]{0,20}(包括|有)[:：]|具体包括[:：]/.test(text));
  if (start < 0) return units;
  for (const text of head.slice(start + 1, start + 60)) {
    const item = text.match(/^\d+[.．、](.+?)[。；;]?$/);
    if (!item) break;
    if (!/本部|本级/.test(item[1])) units.push(item[1]);
  }
  return units;
}

function documentYear(head: string[]): number | undefined {
  const counts = new Map<number, number>();
  for (const text of head.slice(0, 200)) {
    if (!text.includes("年")) continue;
    for (const match of text.matchAll(/(20\d{2})年(?:度)?(?:部门|单位)?(?:预算|单位预算|部门预算)/g)) {
      const year = Number(match[1]);
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  for (const [year, count] of counts) if (best === undefined || count > counts.get(best)! || (count === counts.get(best)! && year > best)) best = year;
  return best;
}

/** The year the table titles carry ("2025年部门财务收支预算总表"), when they agree. */
function yearOfTables(tables: LocatedTable[]): number | undefined {
  const years = new Set(tables.map((t) => t.title.match(/^(20\d{2})年/)?.[1]).filter(Boolean));
  return years.size === 1 ? Number([...years][0]) : undefined;
}

function documentKind(head: string[], tables: LocatedTable[]): "单位" | "部门" | undefined {
  const titles = tables.map((t) => t.title).join("");
  const unit = (titles.match(/单位/g) ?? []).length;
  const department = (titles.match(/部门/g) ?? []).length;
  if (unit !== department) return unit > department ? "单位" : "部门";
  const top = head.slice(0, 30).join("");
  if (/部门预算|部门概况/.test(top)) return "部门";
  if (/单位预算|单位概况/.test(top)) return "单位";
  return undefined;
}

/** Text from a PDF: where each line's cells stand on the page (see src/pdf/pdf-text.ts). */
export type ReadOptions = TextPositions;

export function readDisclosure(input: string, source?: string, options: ReadOptions = {}): Reading {
  const problems: string[] = [];
  let text = typeof input === "string" ? input : "";
  if (text.length > MAX_INPUT_CHARS) {
    problems.push(`输入过大（${text.length} 字符），只读取前 ${MAX_INPUT_CHARS} 字符 / input too large, read in part`);
    text = text.slice(0, MAX_INPUT_CHARS);
  }
  // Binary input: many control characters or replacement characters.
  const sample = text.slice(0, 20_000);
  const control = (sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (sample.length > 0 && control > sample.length * 0.05) {
    problems.push("输入不是文本（像是二进制文件） / the input is not text (it looks like a binary file)");
    return emptyReading(source, problems);
  }
  const lines = splitLines(text, options);
  const { tables: located, layout, unrecognised } = locateTables(lines);
  const reading = emptyReading(source, problems);
  // The first pages, without spaces and without table cells: where names and years are stated.
  const head = lines.slice(0, 400).map((l) => (l.cells ? "" : l.flat));
  reading.unit = unitName(head);
  reading.year = yearOfTables(located) ?? documentYear(head);
  reading.kind = documentKind(head, located);
  reading.layout = layout ?? "unknown";
  reading.subunits = subunits(head);
  if (!reading.unit) delete reading.unit;
  if (!reading.year) delete reading.year;
  if (!reading.kind) delete reading.kind;

  const tableUnits = located.map((t) => t.unit).filter((u): u is MoneyUnit => Boolean(u));
  const narrativeUnit = narrativeMoneyUnit(lines);
  // The unit the narrative's amounts are read in: 万元 where it states none.
  const money = narrativeUnit ?? "万元";
  reading.money_unit = narrativeUnit ?? tableUnits[0];
  if (!reading.money_unit) delete reading.money_unit;
  // The narrative is every line outside the tables. Its claims are read first: the figures it
  // states decide between placements of a table's figures that balance alike.
  const inTable = new Uint8Array(lines.length);
  for (const table of located) inTable.fill(1, table.start, table.end);
  const narrative = lines.filter((_, i) => inTable[i] === 0);
  const { claims, stated } = readNarrativeAmounts(narrative, money, reading.year);
  reading.claims = claims;
  if (stated.length > 0) reading.stated_amounts = stated;
  const part = narrativePart(narrative);
  if (part) reading.narrative_part = part;
  const titles = sectionTitles(narrative);
  if (Object.keys(titles).length > 0) reading.section_titles = titles;

  if (layout) {
    const unitNames = [reading.unit, ...reading.subunits].filter((name): name is string => Boolean(name));
    const context: ReadContext = { layout, namesByCode: new Map(), totalHints: {}, statedHints: {}, unitNames };
    const byId = tablesById(located);
    // Read 表1 first (its income lines decide between equal column assignments in 表2), then
    // the coded tables whose names later tables use.
    const order: TableId[] = ["1", "3", "5", "2", "4", "6", "7", "8", "9", "10", "11"];
    const tables: Partial<Record<TableId, ReadTable>> = {};
    for (const id of order) {
      if (!LAYOUT_TABLES[layout].includes(id)) continue;
      const table = byId.get(id);
      if (!table) {
        // A "表 N" heading the text prints with a title the reader does not know: the table may be
        // there under another name. (The standard layout numbers its tables as the standard does.)
        const heading = layout === "standard-11" ? unrecognised.find((h) => h.number === id) : undefined;
        tables[id] = (heading ? { status: "missing", unrecognised_title: heading.title } : { status: "missing" }) as ReadTable;
        problems.push(
          heading
            ? `表${id} 未读取：${unrecognisedTitleReason(id, heading.title)} / table ${id} not read: its title is not the standard one`
            : `缺少表${id} / table ${id} is missing`,
        );
        continue;
      }
      if (id === "2" && tables["1"] && "income" in tables["1"]) {
        context.totalHints["2"] = table2HintsFrom(tables["1"] as IncomeExpenseTable);
      }
      if (id === "10" && tables["6"]?.status === "present") {
        context.totalHints["10"] = table10HintsFrom(tables["6"] as ColumnTable, table.unit);
      }
      if (id === "10") context.statedHints["10"] = table10HintsFromClaims(reading.claims, money, table.unit);
      const read = readTable(table, context);
      if (table.unit) read.unit = table.unit;
      if (layout === "shanghai-9") read.source_title = table.title;
      tables[id] = read;
    }
    for (const id of LAYOUT_TABLES[layout]) if (tables[id]) reading.tables[id] = tables[id];
    const disordered = LAYOUT_TABLES[layout].flatMap((id) => {
      const count = figurelessRows(tables[id]);
      return count ? [{ id, ...count }] : [];
    });
    if (disordered.length > 0) {
      const zh = disordered.map(({ id, bare, coded }) => `表${id}（${coded} 行中 ${bare} 行）`).join("、");
      const en = disordered.map(({ id, bare, coded }) => `table ${id} (${bare} of ${coded} rows)`).join(", ");
      problems.push(
        `${zh}只有编码和名称、没有数字：文本中表格的次序像是已被打乱（从 PDF 复制出的文字常会如此）或混入了别的内容，这些表的运算问题可能出自读取而非原文，请核对原文或直接读取 PDF 文件` +
          ` / ${en} have codes and names but no figures: the text seems to have lost the tables' order (text copied out of a PDF often does)` +
          ` or to mix other text into them, so their arithmetic findings may come from the reading, not the document; check the source or read the PDF file itself`,
      );
    }
  } else {
    const titles = unrecognised.map((h) => `表${h.number}“${h.title}”`).join("、");
    problems.push(
      titles
        ? `没有找到任何预算公开表：文中的表格标题（${titles}）都不是已知的标准表或上海版式的标题 / no budget tables found: the tables' titles are none the reader knows`
        : "没有找到任何预算公开表 / no budget tables found",
    );
  }

  reading.staff = readStaff(lines);
  assignShareBases(reading.claims, shareBases(reading, money), reading.stated_amounts);
  const projects = readProjectDescriptions(narrative);
  reading.subsidies = readSubsidies(projects, money);
  const budgets = readProjectBudgets(projects, money);
  if (budgets.length > 0) reading.project_budgets = budgets;
  const procurement = readProcurement(narrative, money);
  if (procurement) reading.procurement = procurement;
  const described = readAmountSentences(narrative, money);
  if (described.length > 0) reading.amount_sentences = described;
  const targets = readPerformanceTargets(narrative);
  if (targets.length > 0) reading.performance_targets = targets;
  const statement = readPerformanceStatement(narrative, money);
  if (statement) reading.performance_statement = statement;
  const overallTable = readOverallTargetTable(narrative);
  if (overallTable) reading.overall_target_table = overallTable;
  const selfReference = readSelfReference(narrative);
  if (selfReference) reading.self_reference = selfReference;
  const otherYears = readOtherBudgetYears(narrative, reading.year);
  if (otherYears.length > 0) reading.other_budget_years = otherYears;
  const otherUnits = readOtherUnitNames(narrative, reading.unit, reading.subunits);
  if (otherUnits.length > 0) reading.other_unit_names = otherUnits;
  const vehicles = readVehicles(narrative);
  if (vehicles) reading.vehicles = vehicles;
  // Statements about tables are made in the narrative and in the notes under the tables alike.
  const tableBodies = new Set<TextLine>();
  for (const table of located) {
    const note = noteStart(table.lines);
    for (const line of note < 0 ? table.lines : table.lines.slice(0, note)) tableBodies.add(line);
  }
  const empty = readEmptyStatements(
    lines.filter((l) => !l.cells),
    (title) => classifyTitle(title)?.id,
    (line) => tableBodies.has(line),
  );
  if (empty.length > 0) reading.empty_statements = empty;
  if (!/第[一1]部分|概况|主要职能|机构设置/.test(text.slice(0, 20000))) problems.push("没有找到第一部分（概况） / part one (概况) not found");
  if (!/第[三3]部分|说明/.test(text)) problems.push("没有找到情况说明 / the narrative (情况说明) not found");
  return reading;
}

/**
 * A coded table many of whose rows carry no figure at all (how many of how many): a disclosure
 * prints a figure (if only 0) on every row it lists, so the text has lost the table's order —
 * copied out of a PDF viewer, a table's codes and names may come apart from its figures — or
 * another table's rows ran into it (its title unreadable). Its reading, and the arithmetic findings
 * on it, are then not to be trusted; the PDF itself reads in order.
 */
function figurelessRows(table: ReadTable | undefined): { bare: number; coded: number } | undefined {
  if (table?.status !== "present" || !("rows" in table)) return undefined;
  const { rows, columns } = table as ColumnTable;
  const coded = (rows as CodedRow[]).filter((row) => row.code);
  const bare = coded.filter((row) => !columns.some((column) => row[column] !== undefined)).length;
  return coded.length >= 6 && bare >= Math.max(3, coded.length / 5) ? { bare, coded: coded.length } : undefined;
}

const TWO_DECIMALS = /^(?:0|[1-9]\d*)\.\d\d$/;

/** The totals a narrative share may be of, in `narrativeUnit`, the unit its claims were read in (two decimals in 万元). */
function shareBases(reading: Reading, narrativeUnit: MoneyUnit): string[] {
  const bases = new Set<string>();
  const add = (value: unknown, unit: MoneyUnit | undefined) => {
    if (typeof value !== "string" || value === "") return;
    const converted = unit !== undefined && unit !== narrativeUnit;
    // A plain non-negative figure with two decimals is already what toFixed(2) would print.
    if (!converted && TWO_DECIMALS.test(value)) {
      bases.add(value);
      return;
    }
    const amount = converted ? convertUnit(new Decimal(value), unit, narrativeUnit) : new Decimal(value);
    bases.add(narrativeUnit === "万元" ? amount.toFixed(2) : amount.toFixed());
  };
  for (const table of Object.values(reading.tables)) {
    if (!table) continue;
    const t = table as Record<string, unknown>;
    add(t.income_total, table.unit);
    const expenseTotal = t.expense_total;
    if (typeof expenseTotal === "string") add(expenseTotal, table.unit);
    else if (expenseTotal && typeof expenseTotal === "object") Object.values(expenseTotal).forEach((v) => add(v, table.unit));
    const totalRow = t.total_row as Record<string, string> | undefined;
    if (totalRow) Object.values(totalRow).forEach((v) => add(v, table.unit));
  }
  return [...bases];
}

function emptyReading(source: string | undefined, problems: string[]): Reading {
  const reading: Reading = { layout: "unknown", subunits: [], staff: {}, tables: {}, claims: [], subsidies: [], findings: [], problems };
  if (source) reading.source = source;
  return reading;
}

/** Did the reading find anything a user can work with? */
export function readingIsUsable(reading: Reading): boolean {
  return Object.values(reading.tables).some((t) => t && t.status !== "missing") || reading.claims.length > 0;
}
