/**
 * budget-lens: the command line over the core — check (a report or the reading as JSON), import (the
 * standard workbook) and batch (a folder: each file's findings, and a summary workbook); HELP below says how.
 *
 * Exit codes: 0 no error found, 1 errors found, 2 unreadable input (missing file, not text,
 * nothing usable read).
 */

import { disclosureFiles, formatBatchTable, progressLine, reviewFile, type BatchEntry } from "./batch";
import { reviewAll } from "./batch-pool";
import { displayName, STANDARD_INPUT } from "./load";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { Reading } from "../reader/types";
import { formatReport } from "./report";
import { workbookWriteFailure, writeDisclosureWorkbook, writeSummaryWorkbook } from "./workbooks";

export const VERSION = "0.1.0";

const HELP = `budget-lens ${VERSION} — 预算透镜：读取并核对部门/单位预算公开文件
BudgetLens: read and check Chinese budget disclosures

用法 / usage:
  budget-lens check FILE [--json]          读取并核对公开文件（.txt 或 .pdf），输出按严重程度分组的报告或 JSON
                                           read and check a disclosure; print a report or JSON
  budget-lens import FILE -o OUT.xlsx      生成标准工作簿：概况、表1…表11、说明核对、补贴核对、问题清单
                                           write the standard workbook, every finding flagged in its cell
  budget-lens batch DIR [-o SUMMARY.xlsx] [--json] [--each DIR]
                                           核对文件夹（含子文件夹）中的全部公开文件，逐个列出问题数；
                                           -o 汇总到一个工作簿，--each DIR 另为每个文件生成工作簿
                                           check every disclosure in a folder and list each one's findings;
                                           -o writes one summary workbook, --each DIR one workbook per disclosure
  budget-lens --help | --version

FILE 为 - 时从标准输入读取 / FILE - reads standard input (pdftotext -layout x.pdf - | budget-lens check -)

退出码 / exit codes: 0 无错误 / no errors, 1 有错误 / errors found, 2 无法读取 / unreadable input
（import：0 已生成 / written, 2 无法读取 / unreadable）`;

interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const consoleOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

export async function main(args: string[], output: Output = consoleOutput): Promise<number> {
  if (args.length === 0 || args.includes("--help") || args.includes("-h")) {
    output.out(HELP);
    return args.length === 0 ? 2 : 0;
  }
  if (args.includes("--version") || args.includes("-v")) {
    output.out(VERSION);
    return 0;
  }
  const [command, ...rest] = args;
  if (command === "import") return importCommand(rest, output);
  if (command === "batch") return batchCommand(rest, output);
  if (command !== "check") {
    output.err(`未知命令“${command}” / unknown command "${command}"\n\n${HELP}`);
    return 2;
  }
  const json = rest.includes("--json");
  const files = rest.filter((a) => !a.startsWith("--"));
  const unknown = rest.filter((a) => a.startsWith("--") && a !== "--json");
  if (unknown.length > 0) {
    output.err(`未知选项 ${unknown.join(" ")} / unknown option`);
    return 2;
  }
  if (files.length !== 1) {
    output.err("check 需要一个文件 / check takes one FILE");
    return 2;
  }
  const entry = await reviewFile(files[0], dirname(files[0]));
  if (entry.reading) {
    if (json) output.out(JSON.stringify(publicReading(entry.reading), null, 2));
    else output.out(formatReport(entry.reading, displayName(files[0])));
  }
  if (entry.error) {
    output.err(entry.reading ? `${displayName(files[0])}: ${entry.error}` : entry.error);
    return 2;
  }
  return entry.findings!.some((f) => f.severity === "error") ? 1 : 0;
}

/** The reading with its keys in the order of the JSON files in shared/expected (then layout and problems). */
export function publicReading(reading: Reading): Reading {
  const { source, unit, year, money_unit, kind, subunits, staff, tables, claims, subsidies, findings, layout, narrative_part, section_titles, problems, procurement, vehicles, amount_sentences, stated_amounts, performance_targets, performance_statement, overall_target_table, project_budgets, empty_statements, other_budget_years, other_unit_names } = reading;
  return { source, unit, year, money_unit, kind, subunits, staff, tables, claims, subsidies, findings, layout, narrative_part, section_titles, problems, procurement, vehicles, amount_sentences, stated_amounts, performance_targets, performance_statement, overall_target_table, project_budgets, empty_statements, other_budget_years, other_unit_names };
}

/** Options: positional arguments, flags, and values after -o / --each. */
function parseOptions(args: string[], valued: string[], flags: string[]): { positional: string[]; values: Record<string, string>; set: Set<string>; error?: string } {
  const positional: string[] = [];
  const values: Record<string, string> = {};
  const set = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (valued.includes(a)) {
      if (i + 1 >= args.length) return { positional, values, set, error: `${a} 后面需要一个路径 / ${a} needs a path` };
      values[a] = args[++i];
    } else if (flags.includes(a)) set.add(a);
    else if (a.startsWith("-") && a !== STANDARD_INPUT) return { positional, values, set, error: `未知选项 ${a} / unknown option` };
    else positional.push(a);
  }
  return { positional, values, set };
}

async function importCommand(args: string[], output: Output): Promise<number> {
  const options = parseOptions(args, ["-o", "--output"], []);
  const out = options.values["-o"] ?? options.values["--output"];
  if (options.error || options.positional.length !== 1 || !out) {
    output.err(options.error ?? "用法 / usage: budget-lens import FILE -o OUT.xlsx");
    return 2;
  }
  const file = options.positional[0];
  const unwritable = outputProblem(out);
  if (unwritable) {
    output.err(unwritable);
    return 2;
  }
  const entry = await reviewFile(file, dirname(file));
  if (entry.error || !entry.reading || !entry.findings) {
    output.err(entry.reading ? `${displayName(file)}: ${entry.error}` : entry.error ?? file);
    return 2;
  }
  const { reading, findings } = entry;
  try {
    await writeDisclosureWorkbook(reading, findings, out);
  } catch (error) {
    output.err(workbookWriteFailure(out, error));
    return 2;
  }
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  output.out(`${out}: ${reading.unit ?? displayName(file)} — ${count("error")} 错误 errors, ${count("warning")} 提示 warnings, ${count("rounding")} 舍入 rounding`);
  return 0;
}

async function batchCommand(args: string[], output: Output): Promise<number> {
  const options = parseOptions(args, ["-o", "--output", "--each"], ["--json"]);
  const out = options.values["-o"] ?? options.values["--output"];
  const each = options.values["--each"];
  const json = options.set.has("--json");
  if (options.error || options.positional.length !== 1) {
    const problem = options.error ?? (options.positional.length === 0 ? "batch 需要一个文件夹 / batch takes one DIR" : `batch 只接受一个文件夹，收到 ${options.positional.length} 个 / batch takes one DIR, got ${options.positional.length}`);
    output.err(`${problem}\n用法 / usage: budget-lens batch DIR [-o SUMMARY.xlsx] [--json] [--each DIR]`);
    return 2;
  }
  const dir = options.positional[0];
  if (!isFolder(dir)) {
    output.err(`找不到文件夹 ${dir} / no such folder`);
    return 2;
  }
  const unwritable = out ? outputProblem(out) : undefined;
  if (unwritable) {
    output.err(unwritable);
    return 2;
  }
  const files = disclosureFiles(dir);
  if (files.length === 0) {
    output.err(`${dir} 中没有 .txt 或 .pdf 文件 / no disclosure files in the folder`);
    return 2;
  }
  if (each) {
    if (existsSync(each) && !isFolder(each)) {
      output.err(`--each ${each} 是文件，不是文件夹 / --each needs a folder`);
      return 2;
    }
    mkdirSync(each, { recursive: true });
  }
  const started = Date.now();
  let lastDraw = 0;
  // A terminal sees the bar redrawn in place; a log (stderr redirected, CI) gets only the last line.
  const terminal = process.stderr.isTTY === true;
  const progress = (done: number) => {
    const now = Date.now();
    if (terminal && (now - lastDraw > 100 || done === files.length)) {
      process.stderr.write(`\r${progressLine(done, files.length, started, now)}${done === files.length ? "\n" : ""}`);
      lastDraw = now;
    } else if (!terminal && done === files.length) {
      process.stderr.write(`${progressLine(done, files.length, started, now)}\n`);
    }
  };
  const workbookFor = (path: string) => (each ? join(each, relative(dir, path).replace(/[\\/]/g, "_").replace(/\.(txt|pdf)$/i, ".xlsx")) : undefined);
  const results = await reviewAll(files, dir, workbookFor, progress);
  const entries: BatchEntry[] = results.map((r) => ({ file: r.file, error: r.error, findings: r.findings }));
  const rows = results.map((r) => r.row);
  if (out) {
    try {
      await writeSummaryWorkbook(rows, entries, out);
    } catch (error) {
      output.err(workbookWriteFailure(out, error));
      return 2;
    }
  }
  if (json) output.out(JSON.stringify({ files: rows, findings: entries.flatMap((e) => (e.findings ?? []).map((f) => ({ file: e.file, ...f }))) }, null, 2));
  const unreadable = rows.filter((r) => r.error);
  const withErrors = rows.filter((r) => r.errors > 0);
  const unwritten = rows.filter((r) => r.workbook_error);
  if (!json) {
    output.out(formatBatchTable(rows).join("\n"));
    output.out(
      `${rows.length} 个文件 files: ${rows.length - unreadable.length} 已核对 checked, ${withErrors.length} 有错误 with errors, ${unreadable.length} 无法读取 unreadable` +
        (unwritten.length > 0 ? `, ${unwritten.length} 个工作簿未写出 workbooks not written` : "") +
        (out ? ` → ${out}` : ""),
    );
  }
  // Errors found come first; then a run that could not give what was asked for (no file read, a workbook not written).
  return withErrors.length > 0 ? 1 : unreadable.length === rows.length || unwritten.length > 0 ? 2 : 0;
}

/** Why a workbook cannot be written at `path` (checked before any work is done), or undefined. */
function outputProblem(path: string): string | undefined {
  const folder = dirname(path);
  if (!isFolder(folder)) return `找不到文件夹 ${folder}，无法写入 ${path} / no such folder for the output`;
  if (isFolder(path)) return `${path} 是文件夹，不是文件 / the output is a folder, not a file`;
  return undefined;
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

