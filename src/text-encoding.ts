/** A disclosure file's bytes: whether they are a PDF, and their text decoded, in Node and in the browser alike. */

/** A PDF's bytes: "%PDF-" within the first 1024 bytes (where PDF readers accept it). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).includes("%PDF-");
}

/** UTF-8, or GB18030 (the encoding Chinese documents are often saved in). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    }
  }
}

