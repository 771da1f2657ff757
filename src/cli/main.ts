/**
 * budget-lens: the command line over the core.
 *
 *   budget-lens check FILE [--json]   read and check a disclosure; print a report, or the reading
 *                                     with its findings as JSON
 *
 * Exit codes: 0 no error found, 1 errors found, 2 unreadable input (missing file, not text,
 * nothing usable read).
 */
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { readDisclosure, readingIsUsable } from "../reader/read-disclosure";
import { checkReading } from "../rules/check";
import type { Reading } from "../reader/types";
import { formatReport } from "./report";

export const VERSION = "0.1.0";

const HELP = `budget-lens ${VERSION} — 预算透镜：读取并核对部门/单位预算公开文件
BudgetLens: read and check Chinese budget disclosures

用法 / usage:
  budget-lens check FILE [--json]   读取公开文件（.txt），输出核对报告或 JSON
                                    read a disclosure (.txt) and print a report, or the reading as JSON
  budget-lens --help | --version

退出码 / exit codes: 0 无错误 / no errors, 1 有错误 / errors found, 2 无法读取 / unreadable input`;

interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const consoleOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

/** Reads a file as a disclosure text, or says clearly why it cannot. */
export function loadDisclosure(path: string): { text: string } | { error: string } {
  let size: number;
  try {
    const info = statSync(path);
    if (info.isDirectory()) return { error: `${path} 是文件夹，不是文件 / is a folder, not a file` };
    size = info.size;
  } catch {
    return { error: `找不到文件 ${path} / no such file` };
  }
  if (size === 0) return { error: `${path} 是空文件 / the file is empty` };
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") {
    return { error: `${path} 是 PDF 文件：请先复制出文本（PDF 直接读取即将支持） / a PDF: copy its text out first (reading PDFs directly is coming)` };
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  return { text };
}

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
  const loaded = loadDisclosure(files[0]);
  if ("error" in loaded) {
    output.err(loaded.error);
    return 2;
  }
  const reading = readDisclosure(loaded.text, basename(files[0]));
  const usable = readingIsUsable(reading);
  if (usable) reading.findings = checkReading(reading);
  if (json) output.out(JSON.stringify(publicReading(reading), null, 2));
  else output.out(formatReport(reading, files[0]));
  if (!usable) {
    output.err(`${files[0]}: 没有读到可用的预算内容 / nothing usable was read: ${reading.problems.join("; ")}`);
    return 2;
  }
  return (reading.findings as { severity: string }[]).some((f) => f.severity === "error") ? 1 : 0;
}

/** The reading with its keys in the order of the JSON files in shared/expected (then layout and problems). */
export function publicReading(reading: Reading): Reading {
  const { source, unit, year, money_unit, kind, subunits, staff, tables, claims, subsidies, findings, layout, problems } = reading;
  return { source, unit, year, money_unit, kind, subunits, staff, tables, claims, subsidies, findings, layout, problems };
}
