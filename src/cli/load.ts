/** Loading a disclosure file: its text, or a clear reason why it cannot be read. */
import { readFileSync, statSync } from "node:fs";
import { binaryKind, decodeText, looksLikePdf } from "../text-encoding";
import { PdfReadError, pdfLayout } from "../pdf/pdf-text";
import type { TextPositions } from "../reader/text-lines";

/** The path that stands for standard input ("pdftotext -layout x.pdf - | budget-lens check -"). */
export const STANDARD_INPUT = "-";

/** How a path is named in messages and reports. */
export function displayName(path: string): string {
  return path === STANDARD_INPUT ? "标准输入 standard input" : path;
}

function readStandardInput(): Buffer | { error: string } {
  try {
    return readFileSync(0);
  } catch (error) {
    return { error: `无法读取标准输入 / cannot read standard input: ${String(error)}` };
  }
}

/**
 * Reads a file (or standard input, "-") as a disclosure text — a text file, or a PDF's text layer —
 * or says clearly why it cannot.
 */
export async function loadDisclosure(path: string): Promise<({ text: string } & TextPositions) | { error: string }> {
  let bytes: Buffer;
  if (path === STANDARD_INPUT) {
    const read = readStandardInput();
    if ("error" in read) return read;
    if (read.length === 0) return { error: "标准输入为空 / nothing was given on standard input" };
    bytes = read;
  } else {
    let size: number;
    try {
      const info = statSync(path);
      if (info.isDirectory()) return { error: `${path} 是文件夹，不是文件 / is a folder, not a file` };
      size = info.size;
    } catch {
      return { error: `找不到文件 ${path} / no such file` };
    }
    if (size === 0) return { error: `${path} 是空文件 / the file is empty` };
    bytes = readFileSync(path);
  }
  if (looksLikePdf(bytes)) {
    try {
      return await pdfLayout(new Uint8Array(bytes));
    } catch (error) {
      return { error: `${displayName(path)}: ${error instanceof PdfReadError ? error.message : `PDF 无法读取 / the PDF cannot be read: ${String(error)}`}` };
    }
  }
  if (/\.pdf$/i.test(path)) return { error: `${path}: 文件名是 .pdf，但内容不是 PDF / named .pdf but not a PDF` };
  const binary = binaryKind(bytes);
  if (binary === "office") {
    return { error: `${displayName(path)} 是 Word 或 Excel 文件，不是文本：请先在 Office 中另存为 PDF 或纯文本（.txt） / an Office document: save it as PDF or plain text first` };
  }
  if (binary === "archive") return { error: `${displayName(path)} 是压缩文件（zip），不是文本：请先解压，再读取其中的文件（batch 可读取整个文件夹） / a zip archive: unpack it first` };
  if (binary) return { error: `${displayName(path)} 是二进制文件，不是文本 / a binary file, not text` };
  return { text: decodeText(bytes) };
}
