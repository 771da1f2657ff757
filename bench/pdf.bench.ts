/** Reading the shared PDFs: time per file (pdf.js text layer → lines and cells → reading). */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { pdfText } from "../src/pdf/pdf-text";
import { readDisclosure } from "../src/reader/read-disclosure";
import { median, report } from "./measure";

export async function benchPdf(): Promise<void> {
  console.log("PDF reading");
  const dir = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "pdfs");
  const files = readdirSync(dir).filter((f) => f.endsWith(".pdf")).sort();
  // Load pdf.js once before timing.
  await pdfText(new Uint8Array(readFileSync(join(dir, files[0]))));
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(join(dir, file)));
    const times: number[] = [];
    let pages = 0;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const text = await pdfText(bytes);
      readDisclosure(text);
      times.push(performance.now() - start);
      pages = text.split("-- PAGE_BREAK --").length;
    }
    report(`  ${file} (${pages} pages)`, `${median(times).toFixed(0)} ms`, "≤ 1 s for 30 pages");
  }
}
