/** A disclosure file's bytes: whether they are a PDF, and their text decoded, in Node and in the browser alike. */

/** A PDF's bytes: "%PDF-" within the first 1024 bytes (where PDF readers accept it). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).includes("%PDF-");
}

/** A UTF-16 byte order mark (Windows Notepad's "Unicode"): which byte order, or undefined. */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/**
 * What bytes that are no PDF are where they are no text: an Office document (.doc/.xls are OLE
 * files; .docx/.xlsx are zip files whose first entries are Office parts), another zip archive, or
 * other binary data.
 */
export function binaryKind(bytes: Uint8Array): "office" | "archive" | "binary" | undefined {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return "office";
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
    return /\[Content_Types\]\.xml|word\/|xl\/|ppt\//.test(head) ? "office" : "archive";
  }
  if (utf16Order(bytes)) return undefined;
  return bytes.subarray(0, 8192).includes(0) ? "binary" : undefined;
}

/** UTF-8, UTF-16 with its byte order mark, or GB18030 (the encoding Chinese documents are often saved in). */
export function decodeText(bytes: Uint8Array): string {
  const utf16 = utf16Order(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
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

