/**
 * A PDF's text with its layout: pdf.js gives every piece of text with its position; pieces on one
 * baseline become one line, and a gap wider than a space between two pieces is a cell boundary,
 * written as a TAB — the form the reader takes (as text copied out of such PDFs comes).
 * Pages are separated by "-- PAGE_BREAK --" lines.
 */
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { looksLikePdf } from "../text-encoding";

export type PdfProblem = "not-pdf" | "encrypted" | "damaged" | "no-text";

export class PdfReadError extends Error {
  constructor(
    readonly problem: PdfProblem,
    message: string,
  ) {
    super(message);
    this.name = "PdfReadError";
  }
}

const MESSAGES: Record<PdfProblem, string> = {
  "not-pdf": "文件不是 PDF（开头没有 %PDF-） / the file is not a PDF",
  encrypted: "PDF 已加密，需要密码才能读取 / the PDF is encrypted",
  damaged: "PDF 已损坏，无法读取 / the PDF is damaged",
  "no-text": "PDF 没有文字层（像是扫描件），暂不支持 OCR / the PDF has no text layer (a scan?): OCR is not supported",
};

interface Piece {
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
}

/** A line of a page: its text (cells TAB-separated) and where each cell stands. */
export interface PdfLine {
  text: string;
  /** Right edge (x) of each TAB-separated cell: figures are right-aligned in their columns. */
  cellRight: number[];
  /** Left edge (x) of each cell: with the right edge, where a centred heading's column is. */
  cellLeft: number[];
}

/** Lines of a page from its text pieces: same baseline (within a third of the text height), left to right. */
export function pageLines(pieces: Piece[]): PdfLine[] {
  const sorted = pieces.filter((p) => p.text.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Piece[][] = [];
  for (const piece of sorted) {
    const line = lines.find((l) => Math.abs(l[0].y - piece.y) <= Math.max(2, piece.height / 3));
    if (line) line.push(piece);
    else lines.push([piece]);
  }
  return lines
    .sort((a, b) => b[0].y - a[0].y)
    .map((line) => {
      line.sort((a, b) => a.x - b.x);
      let text = "";
      let end = Number.NEGATIVE_INFINITY;
      const cellRight: number[] = [];
      const cellLeft: number[] = [];
      for (const piece of line) {
        const gap = piece.x - end;
        // A gap of about a character separates cells; between a figure and a word, less does.
        const figureMeetsWord = /\d$/.test(text) !== /^[\d-]/.test(piece.text.trim());
        const cellGap = gap > Math.max(6, piece.height * 0.9) || (figureMeetsWord && gap > piece.height * 0.3);
        if (text !== "" && cellGap) cellRight.push(end);
        if (text === "" || cellGap) cellLeft.push(piece.x);
        if (text !== "") text += cellGap ? "\t" : gap > piece.height * 0.2 ? " " : "";
        text += piece.text.trim();
        end = piece.x + piece.width;
      }
      cellRight.push(end);
      return { text, cellRight, cellLeft };
    });
}

/** The text of a PDF file's bytes, or a PdfReadError saying plainly why there is none. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfLayout(bytes)).text;
}

export interface PdfLayout {
  text: string;
  /** Per line of the text: the right edge of each TAB-separated cell (of the line, where it has no TAB). */
  cellRight: (number[] | undefined)[];
  /** Per line of the text: the left edge of each cell. */
  cellLeft: (number[] | undefined)[];
}

/** The text of a PDF with the position of every cell, or a PdfReadError saying why there is none. */
export async function pdfLayout(bytes: Uint8Array): Promise<PdfLayout> {
  if (!looksLikePdf(bytes)) throw new PdfReadError("not-pdf", MESSAGES["not-pdf"]);
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let document;
  try {
    document = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (error) {
    const name = (error as { name?: string })?.name;
    if (name === "PasswordException") throw new PdfReadError("encrypted", MESSAGES.encrypted);
    throw new PdfReadError("damaged", `${MESSAGES.damaged}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const lines: PdfLine[] = [];
    let characters = 0;
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const pieces = (content.items as TextItem[])
        .filter((item) => typeof item.str === "string")
        .map((item) => ({ x: item.transform[4], y: item.transform[5], width: item.width, height: Math.abs(item.transform[3]) || item.height, text: item.str }));
      characters += pieces.reduce((n, p) => n + p.text.trim().length, 0);
      if (n > 1) lines.push({ text: "-- PAGE_BREAK --", cellRight: [], cellLeft: [] });
      lines.push(...pageLines(pieces));
      page.cleanup();
    }
    if (characters < 50) throw new PdfReadError("no-text", MESSAGES["no-text"]);
    const placed = (l: PdfLine) => l.cellRight.length > 0;
    return {
      text: lines.map((l) => l.text).join("\n"),
      cellRight: lines.map((l) => (placed(l) ? l.cellRight : undefined)),
      cellLeft: lines.map((l) => (placed(l) ? l.cellLeft : undefined)),
    };
  } finally {
    await document.destroy();
  }
}
