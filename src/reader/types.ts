/**
 * The reading of a disclosure: the shape of ../shared/expected/*.json (documented in
 * ../shared/README.md). Amounts are the printed digits as strings (thousands separators removed);
 * a blank cell is absent, never "0".
 */
import type { MoneyUnit } from "../amount";

export type TableStatus = "present" | "empty" | "missing";
export type TableId = "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11";
export const TABLE_IDS: readonly TableId[] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"];

/** Each standard table's title, after the 单位/部门 it opens with. */
export const STANDARD_TABLE_TITLES: Record<TableId, string> = {
  "1": "收支总体情况表",
  "2": "收入总体情况表",
  "3": "支出总体情况表",
  "4": "财政拨款收支预算总体情况表",
  "5": "一般公共预算支出情况表",
  "6": "一般公共预算基本支出情况表",
  "7": "一般公共预算项目支出情况表",
  "8": "政府性基金预算支出情况表",
  "9": "国有资本经营预算支出情况表",
  "10": "财政拨款“三公”经费支出情况表",
  "11": "上年结转结余情况明细表",
};

/** Why a table headed "表 N" with a title the reader does not know was not read: "文中“表1”的标题为“…”，不是标准的“收支总体情况表”". */
export function unrecognisedTitleReason(id: TableId, title: string): string {
  return `文中“表${id}”的标题为“${title}”，不是标准的“${STANDARD_TABLE_TITLES[id]}”`;
}

/** A row of a coded table: its classification code, name and one printed amount per column key. */
export interface CodedRow {
  code?: string;
  name?: string;
  /** 表7: the project a row belongs to (rows without one are subtotal rows). */
  project?: string;
  [column: string]: string | undefined;
}

export interface KeyedRow {
  key: string;
  label: string;
  [column: string]: string | undefined;
}

export interface IncomeLine {
  key: string;
  label: string;
  amount?: string;
}

export interface ExpenseLine {
  code: string;
  name: string;
  amount?: string;
  [column: string]: string | undefined;
}

/** A code the table printed malformed, and what the reader read it as. */
export interface CodeRepair {
  code: string;
  name?: string;
  /** 表7: the project of the row (several projects share a code). */
  project?: string;
  printed: string;
  /**
   * "garbled": digits lost; "leading-zero": a 款/项 printed without its leading zero; "missing": a
   * class row printed with its catalogue name and no code at all ("工资福利支出" for 301).
   */
  kind: "garbled" | "leading-zero" | "unreadable" | "missing";
}

interface TableBase {
  status: TableStatus;
  /** The money unit printed in the table's header. */
  unit?: MoneyUnit;
  /** The table's own title and number where the layout numbers differently (Shanghai). */
  source_title?: string;
  note?: string;
  /** What the reader could not settle by itself: ambiguous or unbalanced column assignments. */
  notes?: string[];
  /** Codes printed malformed and how they were read. */
  code_repairs?: CodeRepair[];
  /** A missing table whose "表 N" heading the text prints with a title the reader does not know: that title. */
  unrecognised_title?: string;
  /** The table was printed without its name column (names were taken from the other tables). */
  name_column_missing?: boolean;
}

export interface IncomeExpenseTable extends TableBase {
  income: IncomeLine[];
  expense: ExpenseLine[];
  income_total?: string;
  expense_total?: string | Record<string, string>;
}

export interface ColumnTable extends TableBase {
  columns: string[];
  rows: (CodedRow | KeyedRow)[];
  total_row?: Record<string, string>;
}

export type ReadTable = (IncomeExpenseTable | ColumnTable | TableBase) & Record<string, unknown>;

export interface Staff {
  authorized?: number;
  actual?: number;
  in_service?: number;
  in_service_change?: number;
  retired?: number;
  retired_change?: number;
  retired_cadre?: number;
  retired_cadre_change?: number;
  /** 离退休: retired staff and retired cadres counted together, where the text does not part them. */
  retired_all?: number;
  retired_all_change?: number;
}

export interface Claim {
  section: string;
  subject: string;
  amount: string;
  share_pct?: string;
  /** What the sentence says the share is of, where it names it ("基本支出" in "占基本支出的 96.79%"). */
  share_base?: string;
  /** The total the share is of: the amount its named base has in the section, or the table total that fits the section's shares. */
  share_of?: string;
  change?: string;
  change_pct?: string;
  /** Last year's figure the change % is of, where the sentence states it ("2023年当年预算执行数为 60.13 万元"). */
  last_year?: string;
  /** The amount this one is listed as a part of (after 包括 or 其中, or in a bracket after it, in its sentence): its subject. */
  part_of?: string;
  text: string;
}

/**
 * An amount the narrative states for this year with no share or change ("其中：因公出国（境）费 0.50 万元"):
 * a later change-only clause may refer to it; otherwise it is checked against its table figure as it stands.
 */
export interface StatedAmount {
  section: string;
  subject: string;
  amount: string;
  text: string;
  /**
   * The amount this one is a part of, where its sentence lists that amount's parts after 包括 or 其中, or in a
   * bracket after it, or says it is all of one ("上年结转结余 3.00 万元，包括：财政拨款 3.00 万元，…",
   * "住房保障支出 104.33 万元，其中：基本支出 104.33 万元", "“三公”经费 0.92 万元，全部为公务接待费"): its subject.
   */
  part_of?: string;
}

export interface Subsidy {
  project: string;
  persons: number;
  standard_yuan: string;
  per: string;
  months: number;
  months_stated: boolean;
  amount: string;
  text: string;
}

/** 政府采购: the total and its parts, and the reserve for small and medium enterprises. */
export interface Procurement {
  section: string;
  total: string;
  goods?: string;
  works?: string;
  services?: string;
  /** 面向中小企业预留 and 小微企业预留 amounts. */
  sme_reserve?: string;
  small_micro_reserve?: string;
  text: string;
}

/** The vehicles the unit holds (国有资产占有使用情况: 车辆 N 辆，其中一般公务用车 a 辆 …) and whether the
 *  narrative says no vehicle purchase is budgeted (未安排购置车辆经费). */
export interface Vehicles {
  section: string;
  /** 车辆 N 辆 / 共有车辆 N 辆. */
  count?: number;
  /** The kinds the count is split into, as named (一般公务用车, 执法执勤用车, 其他车辆 …). */
  parts?: { name: string; count: number }[];
  /** The narrative says the budget buys no vehicle (未安排购置车辆经费). */
  no_purchase?: boolean;
  text: string;
}

/** A 项目支出绩效目标表: the project, its budget (项目资金 年度预算总额) and the amounts its text gives in 元. */
export interface PerformanceTarget {
  section: string;
  project: string;
  /** 年度预算总额, in the unit the table's 项目资金 header states. */
  budget: string;
  unit: "万元" | "元";
  /** Every amount in the table's text written in 元 ("本项目共投资 0.4 元"), as printed. */
  yuan_amounts: string[];
  /**
   * Amounts given per unit in the table's unit ("1 万元/社区", "5万元/社区"; "300 元/人" in a table in
   * 元) and how many of that unit the text names ("11 个社区").
   */
  per_unit?: { per: string; amounts: string[]; count?: number }[];
  /** What the budget is of, where the table says: "其中：财政拨款 X 其他资金 Y" (in the table's unit). */
  fiscal?: string;
  other?: string;
}

/**
 * The unit's 整体绩效目标表: where its money comes from (资金来源: "上级安排 7.30 本级安排 1,339.46
 * 其他 0.00"), and the 资金总额 where the table prints one, in `unit`.
 */
export interface OverallTargetTable {
  section: string;
  sources: { name: string; amount: string }[];
  total?: string;
  unit: "万元" | "元";
}

/** What 预算绩效情况 says of the projects: how many this year and how much, the tables "按项目分别填报",
 *  and the projects whose tables are withheld ("绩效目标表完全不予公开"). */
export interface PerformanceStatement {
  section: string;
  /** 当年财政拨款项目 + 当年非财政拨款项目. */
  projects: number;
  /** Their 涉及预算金额, in the narrative's unit (as the withheld projects' amounts). */
  amount: string;
  withheld: { projects: number; amount: string; text: string }[];
  /** The 当年非财政拨款项目 clause, where the statement has one: then it covers all of the year's projects. */
  nonfiscal?: { projects: number; amount: string };
  /** The unit's overall target (整体预算绩效目标 1 个，涉及金额 X 万元), where the statement gives one: what it covers. */
  overall?: { targets: number; amount: string };
  text: string;
}

/** A narrative sentence about an amount: its subject (the words before the amount, "一般公共服务支出",
 *  "…（类）…（款）城市最低生活保障金支出（项）") and what it says after it (主要用于…, 主要原因是…). */
export interface AmountSentence {
  section: string;
  subject: string;
  rest: string;
}

/** How the narrative calls the body it speaks for: 本部门/我部门 and 本单位/我单位, counted, with the first of each. */
export interface SelfReference {
  部门: number;
  单位: number;
  first: Partial<Record<"部门" | "单位", { section: string; text: string }>>;
}

/** A sentence naming the budget by another year than the document's ("关于…2023 年收入预算情况说明" in a 2024 disclosure). */
export interface OtherBudgetYear {
  /** The narrative's section; "" for the cover and the title before the first part or heading. */
  section: string;
  year: number;
  text: string;
}

/** A body of the unit's kind and place the narrative names, not the unit ("库尔勒市新城街道办事处" in 库尔勒市希望街道办事处's). */
export interface OtherUnitName {
  section: string;
  name: string;
  text: string;
}

/** A project description's 预算安排规模 (万元): "项目名称：社区运转经费 … 预算安排规模：165.00 万元". */
export interface ProjectBudget {
  project: string;
  /** 预算安排规模, in the narrative's unit (万元, or 元 where the narrative states its amounts so). */
  budget: string;
  text: string;
  /** How its 资金分配情况 divides the budget, where that states amounts. */
  allocation?: FundAllocation;
}

/**
 * The amounts a 资金分配情况 states: "缴纳水电网络电话费 … 20.00 万元，采购办公用品 … 30.00 万元，…，共计
 * 165.00 万元". Figures as printed (thousands separators removed).
 */
export interface FundAllocation {
  /** The amounts allocated, in the narrative's unit (万元, or 元), in reading order; the stated total and subtotals (小计) not among them. */
  items: string[];
  /** Rates in the narrative's unit with the number of units each is paid for: "管辖 13个网格，每个网格 0.5 万元", "0.35 万元*2 次". */
  rates?: { rate: string; count: string }[];
  /** In a narrative in 万元, amounts it gives in 元 that are no per-person standard ("履职补助 0.29 元"; "110 元/人" is a standard). */
  yuan_items?: string[];
  /** The total it states: "共计 165.00 万元", or the result of a product ("0.35 万元*2 次活动=0.7 万元"). */
  total?: string;
  /** In a narrative in 万元, the total is printed in 元 ("共计 231000 元"). */
  total_in_yuan?: true;
  /** The total follows every item, as their sum; a total stated first may be followed by some of its parts (其中 …). */
  total_closes?: true;
  /**
   * Why its amounts are not summed: "rate" — it allocates by a rate not multiplied out here ("3 个保安
   * 1000 元/人/月" is persons × standard; "每年 10 万元" states no number of units); "breakdown" — it
   * breaks an amount down ("100 万元用于办公，其中印刷 5 万元"), so parts and their whole stand side by side.
   */
  unsummed?: "rate" | "breakdown";
  text: string;
}

/** A table the narrative says is empty (空表). */
export interface EmptyStatement {
  section: string;
  table: TableId;
  text: string;
}

export interface Reading {
  source?: string;
  unit?: string;
  year?: number;
  money_unit?: MoneyUnit;
  /**
   * The part the narrative's sections (a claim's "五(三)") stand in: "第三部分"; absent where the
   * narrative has no parts (the Shanghai layout numbers its sections alone).
   */
  narrative_part?: string;
  /** The title of each narrative section that has one, by its key as claims name it ("五", "五(三)"). */
  section_titles?: Record<string, string>;
  kind?: "单位" | "部门";
  layout: "standard-11" | "shanghai-9" | "unknown";
  subunits: string[];
  staff: Staff;
  tables: Partial<Record<TableId, ReadTable>>;
  claims: Claim[];
  subsidies: Subsidy[];
  /** Lists the narrative states (government procurement). */
  procurement?: Procurement;
  /** Vehicles held and whether any purchase is budgeted, as the narrative states. */
  vehicles?: Vehicles;
  /** The 项目支出绩效目标表 of 第三部分. */
  performance_targets?: PerformanceTarget[];
  performance_statement?: PerformanceStatement;
  overall_target_table?: OverallTargetTable;
  /** The budgets the project descriptions state. */
  project_budgets?: ProjectBudget[];
  /** Sentences that describe an amount (what it is used for, why it changed). */
  amount_sentences?: AmountSentence[];
  /** Amounts the narrative states for this year with no share or change, none of them in a claim. */
  stated_amounts?: StatedAmount[];
  self_reference?: SelfReference;
  /** Sentences that name the budget by another year than the document's. */
  other_budget_years?: OtherBudgetYear[];
  /** Other bodies of the unit's kind and place the narrative names (a sentence copied from another's disclosure). */
  other_unit_names?: OtherUnitName[];
  /** Tables the narrative calls empty. */
  empty_statements?: EmptyStatement[];
  findings: unknown[];
  /** What the reader looked for and did not find (tables, sections), in words a user reads. */
  problems: string[];
}
