/**
 * PDF input in the pane: pdf.js with its worker bundled with the add-in (never loaded from a CDN),
 * loaded only when a PDF arrives, then the same text extraction as the command line.
 */
import workerUrl from "pdfjs-dist/legacy/build/pdf.worker.min.mjs?url";
import { pdfLayout, type PdfLayout } from "../src/pdf/pdf-text";

export async function layoutOfPdf(bytes: Uint8Array): Promise<PdfLayout> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return pdfLayout(bytes);
}
