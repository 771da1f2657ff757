/** Loading a disclosure file: its text, or a clear reason why it cannot be read. */
import { readFileSync, statSync } from "node:fs";
import { decodeText } from "../text-encoding";

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
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { error: `${path} 是二进制文件，不是文本 / a binary file, not text` };
  return { text: decodeText(bytes) };
}
