/** Loading a disclosure file: its text, or a clear reason why it cannot be read. */
import { readFileSync, statSync } from "node:fs";
import { decodeText, looksLikePdf } from "../text-encoding";
import { PdfReadError, pdfLayout } from "../pdf/pdf-text";
import type { TextPositions } from "../reader/text-lines";

/** Reads a file as a disclosure text — a text file, or a PDF's text layer — or says clearly why it cannot. */
export async function loadDisclosure(path: string): Promise<({ text: string } & TextPositions) | { error: string }> {
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
  if (looksLikePdf(bytes)) {
    try {
      return await pdfLayout(new Uint8Array(bytes));
    } catch (error) {
      return { error: `${path}: ${error instanceof PdfReadError ? error.message : `PDF 无法读取 / the PDF cannot be read: ${String(error)}`}` };
    }
  }
  if (/\.pdf$/i.test(path)) return { error: `${path}: 文件名是 .pdf，但内容不是 PDF / named .pdf but not a PDF` };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { error: `${path} 是二进制文件，不是文本 / a binary file, not text` };
  return { text: decodeText(bytes) };
}
