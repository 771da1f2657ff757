/**
 * Which column does each printed figure belong to? In text flattened out of a PDF a row prints
 * only its non-blank cells, in order. This module decides the columns from the arithmetic, as a
 * reviewer would:
 *
 * 1. Row identities (a row's total = Σ its parts) leave each row a few candidate assignments.
 * 2. The classification tree (合计 = Σ 类, 类 = Σ 款, 款 = Σ 项) must hold in every column: a
 *    bottom-up pass keeps the candidates some choice of children can add up to, a top-down pass
 *    picks one, preferring the figures other tables print (hints).
 * 3. Where several choices satisfy everything, one is taken and the ambiguity is written down;
 *    where none does (the document has an error), the figures stay in reading order under the
 *    most plausible columns and that is written down too. Nothing is guessed silently.
 */

/**
 * Figures are compared as exact integers: every figure of a table times 10^scale, where scale is
 * the most decimals any of them has (budget figures stay far below 2^53 that way).
 */
import { Decimal, decimalsOf } from "../amount";

// Plain arrays of doubles: V8 allocates them far more cheaply than small typed arrays.
type Vector = number[];

function blankVector(width: number): Vector {
  return new Array<number>(width).fill(Number.NaN);
}

export interface RowIdentity {
  /** The column that is the sum, */
  total: string;
  /** of these columns. */
  parts: string[];
}

/** How many of the identities a row's figures satisfy, exactly (a blank is 0; all blank holds). */
export function identitiesHolding(cells: Record<string, string | undefined>, identities: RowIdentity[]): number {
  let holding = 0;
  for (const { total, parts } of identities) {
    const printed = parts.filter((p) => cells[p] !== undefined);
    if (cells[total] === undefined && printed.length === 0) holding++;
    else if (new Decimal(cells[total] ?? 0).eq(printed.reduce((sum, p) => sum.plus(cells[p]!), new Decimal(0)))) holding++;
  }
  return holding;
}

/** One way of placing a row's figures: the column of each figure, in order. */
export type Placement = string[];

export interface SolverRow {
  /** Printed figures in reading order (strings as printed, separators removed). */
  figures: string[];
  /** Index of the parent row (the row this one adds up into), or -1 for a top-level row. */
  parent: number;
  /** A label for notes: the code or name. */
  label: string;
  /** The columns are known (TAB text keeps them): the placement is not to be solved. */
  fixed?: Record<string, string>;
}

export interface SolverInput {
  columns: string[];
  identities: RowIdentity[];
  rows: SolverRow[];
  /** Index of the total row (Σ of the top-level rows), or -1. */
  totalRow: number;
  /** Figures that other tables print for the total row, by column: they decide between equals. */
  totalHints?: Record<string, string>;
  /** Columns the total row leaves blank cannot hold figures in other rows (non-negative tables). */
  blankTotalsAreEmpty?: boolean;
  /** Columns preferred, most first, where the arithmetic cannot decide (see ColumnSpec). */
  preference?: string[];
}

export interface SolverResult {
  /** Per row: column → printed figure. */
  cells: Record<string, string>[];
  notes: string[];
}

const MAX_SUMS = 4000;

const placementCache = new Map<string, Placement[]>();
const placementsByList = new WeakMap<string[], Map<number, Placement[]>>();
const indexCache = new WeakMap<Placement[], Map<string, number[][]>>();

/** The placements as column indexes of the table's columns (cached with the placements). */
function placementIndexes(list: Placement[], scale: Scale): number[][] {
  let byColumns = indexCache.get(list);
  if (!byColumns) indexCache.set(list, (byColumns = new Map()));
  let indexes = byColumns.get(scale.columnsKey);
  if (!indexes) byColumns.set(scale.columnsKey, (indexes = list.map((p) => p.map((c) => scale.columnIndex.get(c)!))));
  return indexes;
}

/** All order-keeping placements of k figures into the columns (k ≤ columns); the same few recur. */
function placements(columns: string[], k: number): Placement[] {
  // The same column list is asked for row after row: found by identity first, then by content.
  let byCount = placementsByList.get(columns);
  if (!byCount) placementsByList.set(columns, (byCount = new Map()));
  const known = byCount.get(k);
  if (known) return known;
  const key = `${k}:${columns.join(",")}`;
  let list = placementCache.get(key);
  if (!list) {
    list = enumeratePlacements(columns, k);
    if (placementCache.size < 1000) placementCache.set(key, list);
  }
  byCount.set(k, list);
  return list;
}

function enumeratePlacements(columns: string[], k: number): Placement[] {
  const result: Placement[] = [];
  const chosen: string[] = [];
  const walk = (start: number) => {
    if (chosen.length === k) {
      result.push([...chosen]);
      return;
    }
    for (let i = start; i <= columns.length - (k - chosen.length); i++) {
      chosen.push(columns[i]);
      walk(i + 1);
      chosen.pop();
    }
  };
  walk(0);
  return result;
}

interface Candidate {
  placement: Placement;
  /** One entry per column: the figure (scaled to an integer) or NaN for a blank cell. */
  values: Vector;
  /** 0 exact, 1 within rounding, 2 breaks an identity. */
  quality: number;
  /** vectorHash(values): sums are looked up by it. */
  hash: number;
}

/** Column indexes of each identity, resolved once per table. */
interface IndexedIdentity {
  total: number;
  parts: number[];
}

interface Scale {
  /** The table's columns, joined: placements index the same way for the same columns. */
  columnsKey: string;
  factor: number;
  /** No figure is negative: a partial sum larger than its parent can be dropped. */
  nonNegative: boolean;
  columnIndex: Map<string, number>;
  identities: IndexedIdentity[];
  width: number;
  /** A vector to judge placements on: all blank between uses. */
  scratch: Vector;
}

/** One buffer for the placements' qualities, reused row after row (the solver runs synchronously). */
let sharedQualities = new Uint8Array(256);
function qualityBuffer(length: number): Uint8Array {
  if (sharedQualities.length < length) sharedQualities = new Uint8Array(Math.max(length, sharedQualities.length * 2));
  return sharedQualities;
}

const blank = (x: number) => Number.isNaN(x);
const orZero = (x: number) => (Number.isNaN(x) ? 0 : x);

function toScaled(figure: string, scale: Scale): number {
  return Math.round(Number(figure) * scale.factor);
}

/** A hash of the vector with blanks as 0 (figures are integers below 2⁵³: both halves count). */
function vectorHash(values: Vector): number {
  let hash = 0;
  for (let i = 0; i < values.length; i++) {
    const value = orZero(values[i]);
    hash = (Math.imul(hash, 31) + (value | 0)) | 0;
    hash = (Math.imul(hash, 31) + ((value / 4294967296) | 0)) | 0;
  }
  return hash;
}

/** Equal vectors, blanks as 0. */
function sameSums(a: Vector, b: Vector): boolean {
  for (let i = 0; i < a.length; i++) if (orZero(a[i]) !== orZero(b[i])) return false;
  return true;
}

interface SumEntry {
  vector: Vector;
  /**
   * One way to reach the vector: the last child's candidate index, after the sum of the children
   * before it (`previous`, undefined for the empty sum). Linked, not copied: most sums are dropped.
   */
  option: number;
  previous: SumEntry | undefined;
  /** How many choices reach it (1 or 2+). */
  ways: number;
}

/**
 * Sums found so far, by vector (blanks as 0), in the order they were found. Hashed numbers, not
 * string keys: turning every figure of every sum into text cost more than the rest of the search.
 */
class SumMap {
  readonly entries: SumEntry[] = [];
  private readonly byHash = new Map<number, SumEntry[]>();

  get(vector: Vector, hash = vectorHash(vector)): SumEntry | undefined {
    const bucket = this.byHash.get(hash);
    if (bucket) for (const entry of bucket) if (sameSums(entry.vector, vector)) return entry;
    return undefined;
  }

  add(entry: SumEntry, hash = vectorHash(entry.vector)): void {
    const bucket = this.byHash.get(hash);
    if (bucket) bucket.push(entry);
    else this.byHash.set(hash, [entry]);
    this.entries.push(entry);
  }

  get size(): number {
    return this.entries.length;
  }
}

function identityQuality(values: Vector, scale: Scale, tolerancePerTerm: number): number {
  let quality = 0;
  for (const identity of scale.identities) {
    const total = values[identity.total];
    let sum = 0;
    let terms = 0;
    for (const part of identity.parts) {
      if (!blank(values[part])) {
        sum += values[part];
        terms++;
      }
    }
    if (blank(total) && terms === 0) continue;
    const difference = Math.abs(orZero(total) - sum);
    if (difference === 0) continue;
    if (difference <= tolerancePerTerm * (terms + 1)) quality = Math.max(quality, 1);
    else return 2;
  }
  return quality;
}

/** A candidate from the figures already scaled (and its quality, where already judged). */
function candidate(placement: Placement, scaled: number[], scale: Scale, tolerance: number, quality?: number): Candidate {
  const values = blankVector(scale.width);
  placement.forEach((column, i) => (values[scale.columnIndex.get(column)!] = scaled[i]));
  return { placement, values, quality: quality ?? identityQuality(values, scale, tolerance), hash: vectorHash(values) };
}

function candidatesFor(row: SolverRow, input: SolverInput, scale: Scale, allowed: string[], hasChildren = false): Candidate[] {
  let decimalsUsed = 0;
  for (const figure of row.figures) decimalsUsed = Math.max(decimalsUsed, decimalsOf(figure));
  // Half a unit in the last printed place, in scaled units.
  const tolerance = scale.factor * 0.5 * 10 ** -decimalsUsed;
  if (row.fixed) {
    const placement = input.columns.filter((c) => row.fixed![c] !== undefined);
    return [candidate(placement, placement.map((c) => toScaled(row.fixed![c], scale)), scale, tolerance)];
  }
  const k = row.figures.length;
  const columns = allowed.length >= k ? allowed : input.columns;
  // Judge every placement on one scratch vector (undoing only the cells the last one set);
  // build candidates only for the best ones.
  const scratch = scale.scratch;
  const scaled = row.figures.map((f) => toScaled(f, scale));
  const every = placements(columns, k);
  const everyIndexes = placementIndexes(every, scale);
  const qualities = qualityBuffer(every.length);
  let bestQuality = 2;
  for (let p = 0; p < everyIndexes.length; p++) {
    const indexes = everyIndexes[p];
    for (let i = 0; i < indexes.length; i++) scratch[indexes[i]] = scaled[i];
    const quality = identityQuality(scratch, scale, tolerance);
    for (let i = 0; i < indexes.length; i++) scratch[indexes[i]] = Number.NaN;
    qualities[p] = quality;
    if (quality < bestQuality) bestQuality = quality;
  }
  const all: Candidate[] = [];
  for (let p = 0; p < every.length; p++) {
    if (qualities[p] === bestQuality || (bestQuality === 2 && hasChildren)) all.push(candidate(every[p], scaled, scale, tolerance, qualities[p]));
  }
  // Where a placement balances, `all` holds exactly the best ones.
  if (all.length > 0 && bestQuality < 2) {
    if (input.preference && all.length > 1) {
      const preference = input.preference;
      const rank = (column: string) => {
        const i = preference.indexOf(column);
        return i < 0 ? preference.length : i;
      };
      const scores = new Map(all.map((c) => [c, c.placement.reduce((sum, column) => sum + rank(column), 0)] as const));
      all.sort((a, b) => scores.get(a)! - scores.get(b)!);
    }
    return all;
  }
  // No placement balances the row. A row with rows under it is placed later where their sums
  // agree with it in the most columns; another keeps its figures in reading order.
  if (hasChildren && all.length > 1) return all;
  const fallback = all[0] ?? candidate(every[0] ?? [], scaled, scale, tolerance);
  return [{ ...fallback, quality: 2 }];
}

/** a + b into `into` (blank where both are blank); returns `into`. */
function addVectorsInto(into: Vector, a: Vector, b: Vector): Vector {
  for (let i = 0; i < a.length; i++) into[i] = blank(a[i]) && blank(b[i]) ? Number.NaN : orZero(a[i]) + orZero(b[i]);
  return into;
}

interface ChildSums {
  /** Each sum the children can reach, with one choice that reaches it. */
  sums: SumMap;
  truncated: boolean;
}

function scaleFor(input: SolverInput): Scale {
  let most = 0;
  let negative = false;
  const see = (figure: string) => {
    most = Math.max(most, decimalsOf(figure));
    if (figure.startsWith("-")) negative = true;
  };
  for (const row of input.rows) {
    row.figures.forEach(see);
    if (row.fixed) for (const column in row.fixed) see(row.fixed[column]);
  }
  if (input.totalHints) for (const column in input.totalHints) most = Math.max(most, decimalsOf(input.totalHints[column]));
  const columnIndex = new Map(input.columns.map((c, i) => [c, i] as const));
  return {
    columnsKey: input.columns.join(","),
    nonNegative: !negative,
    factor: 10 ** most,
    columnIndex,
    width: input.columns.length,
    scratch: blankVector(input.columns.length),
    identities: input.identities.map((identity) => ({
      total: columnIndex.get(identity.total)!,
      parts: identity.parts.map((p) => columnIndex.get(p)!),
    })),
  };
}

export function solveColumns(input: SolverInput): SolverResult {
  const { columns, rows } = input;
  const notes: string[] = [];
  const scale = scaleFor(input);
  const children: number[][] = rows.map(() => []);
  const topLevel: number[] = [];
  rows.forEach((row, i) => {
    if (i === input.totalRow) return;
    if (row.parent >= 0) children[row.parent].push(i);
    else topLevel.push(i);
  });
  if (input.totalRow >= 0) children[input.totalRow] = topLevel;

  // Columns the total row leaves blank hold nothing anywhere (when the table is non-negative).
  let allowed = columns;
  const candidates: Candidate[][] = rows.map(() => []);
  if (input.totalRow >= 0) {
    candidates[input.totalRow] = candidatesFor(rows[input.totalRow], input, scale, columns);
  }
  const totalCandidates = input.totalRow >= 0 ? candidates[input.totalRow] : [];
  const chosenTotal = input.totalRow >= 0 ? pickByHints(totalCandidates, scale, input.totalHints) : undefined;
  if (chosenTotal && input.blankTotalsAreEmpty && chosenTotal.quality < 2) {
    allowed = columns.filter((_, i) => !blank(chosenTotal.values[i]));
  }
  rows.forEach((row, i) => {
    if (i !== input.totalRow) candidates[i] = candidatesFor(row, input, scale, allowed, children[i].length > 0);
  });
  if (input.totalRow >= 0 && totalCandidates.every((c) => c.quality === 2)) {
    candidates[input.totalRow] = candidatesFor(rows[input.totalRow], input, scale, columns, true);
  }

  // Bottom-up: which candidates of each row can its children add up to?
  const feasible: number[][] = rows.map(() => []);
  const sums: (ChildSums | undefined)[] = rows.map(() => undefined);
  const order = postOrder(children, input.totalRow >= 0 ? [input.totalRow] : topLevel);
  for (const i of order) {
    const kids = children[i];
    if (kids.length === 0) {
      feasible[i] = candidates[i].map((_, c) => c);
      continue;
    }
    const childSums = combineChildren(
      scale.width,
      kids.map((k) => optionsOf(k, candidates, feasible)),
      candidates,
      kids,
      input.blankTotalsAreEmpty && scale.nonNegative ? candidates[i].map((c) => c.values) : undefined,
    );
    sums[i] = childSums;
    feasible[i] = candidates[i].map((_, c) => c).filter((c) => childSums.sums.get(candidates[i][c].values, candidates[i][c].hash) !== undefined);
  }

  // Top-down: choose.
  const chosen: (Candidate | undefined)[] = rows.map(() => undefined);
  const assign = (i: number, candidateIndex: number) => {
    chosen[i] = candidates[i][candidateIndex];
    const kids = children[i];
    if (kids.length === 0) return;
    const entry = sums[i]?.sums.get(chosen[i]!.values, chosen[i]!.hash);
    if (entry) {
      if (entry.ways > 1) {
        notes.push(`${rows[i].label}：下级行的栏目分配不唯一，已按首个平衡的方案读取 / more than one column assignment of the rows under it balances`);
      }
      const choice = choiceOf(entry);
      kids.forEach((k, j) => assign(k, choice[j]));
      return;
    }
    const allFixed = rows[i].fixed !== undefined && kids.every((k) => rows[k].fixed !== undefined);
    notes.push(
      allFixed
        ? `${rows[i].label}：下级行各栏之和与本行不符 / its rows do not add up to it in every column`
        : `${rows[i].label}：下级行各栏之和与本行不符，按阅读顺序读取 / its rows do not add up to it in every column; figures kept in reading order`,
    );
    const picks = kids.map((k) => bestStandalone(k, candidates, feasible, chosen[i]!));
    fewestUnbalanced(chosen[i]!.values, kids, picks, candidates, feasible, scale.width);
    kids.forEach((k, j) => assign(k, picks[j]));
  };

  const roots = input.totalRow >= 0 ? [input.totalRow] : topLevel;
  for (const root of roots) {
    const options = optionsOf(root, candidates, feasible);
    let pick: number;
    if (root === input.totalRow && chosenTotal) {
      const index = candidates[root].indexOf(chosenTotal);
      pick = options.includes(index) ? index : pickIndexByHints(candidates[root], options, scale, input.totalHints);
    } else {
      pick = options[0];
      if (options.length > 1 && options.some((o) => !sameSums(candidates[root][o].values, candidates[root][options[0]].values))) {
        notes.push(`${rows[root].label}：栏目分配不唯一，已取首个平衡的方案 / more than one column assignment balances`);
      }
    }
    assign(root, pick);
  }
  rows.forEach((_, i) => {
    if (!chosen[i]) assign(i, optionsOf(i, candidates, feasible)[0]);
  });
  // Unbalanced rows with rows under them: the placement their rows' sums agree with most.
  for (const i of order) {
    if (chosen[i]!.quality < 2 || children[i].length === 0 || candidates[i].length < 2) continue;
    const sum: Vector = blankVector(scale.width);
    for (const k of children[i]) addVectorsInto(sum, sum, chosen[k]!.values);
    let best = chosen[i]!;
    let bestScore = -1;
    for (const candidate of candidates[i]) {
      let score = 0;
      candidate.values.forEach((value, c) => {
        if (!blank(value) && orZero(sum[c]) === value) score++;
      });
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    chosen[i] = best;
  }
  rows.forEach((row, i) => {
    if (chosen[i]!.quality === 2 && row.figures.length > 0) {
      notes.push(`${row.label}：本行合计与分项不符，按阅读顺序读取 / the row's total is not the sum of its parts; figures kept in reading order`);
    }
  });

  const cells = rows.map((row, i) => {
    if (row.fixed) return { ...row.fixed };
    const cell: Record<string, string> = {};
    chosen[i]!.placement.forEach((column, j) => (cell[column] = row.figures[j]));
    return cell;
  });
  return { cells, notes };
}

function optionsOf(i: number, candidates: Candidate[][], feasible: number[][]): number[] {
  return feasible[i].length > 0 ? feasible[i] : candidates[i].map((_, c) => c);
}

function postOrder(children: number[][], roots: number[]): number[] {
  const order: number[] = [];
  const visit = (i: number) => {
    for (const k of children[i]) visit(k);
    order.push(i);
  };
  roots.forEach(visit);
  return order;
}

/** Can the partial sum still become one of the parent's vectors (figures are not negative)? */
function withinSomeParent(sum: Vector, parents: Vector[]): boolean {
  return parents.some((parent) => {
    for (let c = 0; c < sum.length; c++) if (orZero(sum[c]) > orZero(parent[c])) return false;
    return true;
  });
}

function combineChildren(width: number, options: number[][], candidates: Candidate[][], kids: number[], parents?: Vector[]): ChildSums {
  const empty: Vector = blankVector(width);
  let found = new SumMap();
  found.add({ vector: empty, option: -1, previous: undefined, ways: 1 });
  let truncated = false;
  // Each sum is made on a scratch vector and copied only when it is new and kept.
  const scratch = blankVector(width);
  kids.forEach((kid, j) => {
    const next = new SumMap();
    for (const entry of found.entries) {
      for (const option of options[j]) {
        const vector = addVectorsInto(scratch, entry.vector, candidates[kid][option].values);
        if (parents && !withinSomeParent(vector, parents)) continue;
        const hash = vectorHash(vector);
        const existing = next.get(vector, hash);
        if (existing) existing.ways += entry.ways;
        else if (next.size < MAX_SUMS) next.add({ vector: vector.slice(), option, previous: entry, ways: entry.ways }, hash);
        else truncated = true;
      }
    }
    found = next;
  });
  return { sums: found, truncated };
}

/** The candidate index of each child, in order, that the sum was reached by. */
function choiceOf(entry: SumEntry): number[] {
  const choice: number[] = [];
  for (let at: SumEntry | undefined = entry; at?.previous; at = at.previous) choice.push(at.option);
  return choice.reverse();
}

function pickByHints(options: Candidate[], scale: Scale, hints?: Record<string, string>): Candidate | undefined {
  if (options.length === 0) return undefined;
  return options[pickIndexByHints(options, options.map((_, i) => i), scale, hints)];
}

function pickIndexByHints(candidates: Candidate[], options: number[], scale: Scale, hints?: Record<string, string>): number {
  if (!hints || options.length === 1) return options[0];
  // The hinted columns and figures, scaled once.
  const hinted: [number, number][] = [];
  for (const [column, hint] of Object.entries(hints)) {
    const index = scale.columnIndex.get(column);
    if (index !== undefined) hinted.push([index, toScaled(hint, scale)]);
  }
  let best = options[0];
  let bestScore = -Infinity;
  for (const option of options) {
    const values = candidates[option].values;
    let score = 0;
    for (const [index, expected] of hinted) {
      const value = values[index];
      if (!blank(value) && value === expected) score += 2;
      else if (blank(value) && expected === 0) score += 1;
      else score -= 1;
    }
    score -= candidates[option].quality * 10;
    if (score > bestScore) {
      bestScore = score;
      best = option;
    }
  }
  return best;
}

/**
 * Where the rows under a row that does not balance can be placed more than one way, the placement
 * that balances the most of its columns: one row at a time, the others held (表6: 302's figures
 * under 公用经费, not 人员经费, when only the 公用经费 total is misprinted).
 */
function fewestUnbalanced(parent: Vector, kids: number[], picks: number[], candidates: Candidate[][], feasible: number[][], width: number): void {
  const sum: Vector = blankVector(width);
  const balanced = () => {
    sum.fill(Number.NaN);
    kids.forEach((k, j) => addVectorsInto(sum, sum, candidates[k][picks[j]].values));
    let count = 0;
    parent.forEach((value, c) => {
      if (orZero(sum[c]) === orZero(value)) count++;
    });
    return count;
  };
  let most = balanced();
  kids.forEach((kid, j) => {
    const options = optionsOf(kid, candidates, feasible);
    if (options.length < 2) return;
    const held = picks[j];
    let best = held;
    for (const option of options) {
      if (option === held) continue;
      picks[j] = option;
      const count = balanced();
      if (count > most) [most, best] = [count, option];
    }
    picks[j] = best;
  });
}

/** A child's candidate when its parent does not balance: figures only where the parent has some. */
function bestStandalone(kid: number, candidates: Candidate[][], feasible: number[][], parent: Candidate): number {
  const options = optionsOf(kid, candidates, feasible);
  let best = options[0];
  let bestScore = -Infinity;
  for (const option of options) {
    const candidate = candidates[kid][option];
    let score = -candidate.quality * 10;
    candidate.values.forEach((value, c) => {
      if (blank(value)) return;
      const parentValue = parent.values[c];
      if (blank(parentValue)) score -= 3;
      else if (value <= parentValue) score += 1;
    });
    if (score > bestScore) {
      bestScore = score;
      best = option;
    }
  }
  return best;
}
