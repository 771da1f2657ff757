/** Every rule BudgetLens checks a reading with. */
import { codeConsistency } from "./code-consistency";
import { crossTable } from "./cross-table";
import { documentYear } from "./document-year";
import { figureFormat } from "./figure-format";
import { incomeExpenseBalance } from "./income-expense-balance";
import { narrativeAmount } from "./narrative-amount";
import { narrativeChange } from "./narrative-change";
import { narrativeConclusion } from "./narrative-conclusion";
import { narrativeLists } from "./narrative-lists";
import { narrativeProjects } from "./narrative-projects";
import { narrativeShare } from "./narrative-share";
import { narrativeTotals } from "./narrative-totals";
import { performanceTables } from "./performance-tables";
import { performanceTargets } from "./performance-targets";
import { projectAllocation } from "./project-allocation";
import { projectBudget } from "./project-budget";
import { selfReference } from "./self-reference";
import { staffTotal } from "./staff-total";
import { subsidyTotal } from "./subsidy-total";
import { tableCompleteness } from "./table-completeness";
import { tableRowTotal } from "./table-row-total";
import { tableTreeSum } from "./table-tree-sum";
import { unitName } from "./unit-name";
import type { Rule } from "./types";
import { vehicles } from "./vehicles";

export const RULES: readonly Rule[] = [
  tableRowTotal,
  tableTreeSum,
  incomeExpenseBalance,
  crossTable,
  narrativeAmount,
  narrativeShare,
  narrativeChange,
  narrativeTotals,
  narrativeConclusion,
  narrativeLists,
  narrativeProjects,
  projectBudget,
  projectAllocation,
  subsidyTotal,
  staffTotal,
  tableCompleteness,
  performanceTargets,
  performanceTables,
  codeConsistency,
  figureFormat,
  selfReference,
  documentYear,
  unitName,
  vehicles,
];
