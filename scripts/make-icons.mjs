// Draws the BudgetLens icon (a lens over three bars) as PNGs in the sizes the manifest needs.
// Run once when the design changes: node scripts/make-icons.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
const BLUE = [0x0f, 0x6c, 0xbd, 255];
const WHITE = [255, 255, 255, 255];
const GOLD = [0xf2, 0xb7, 0x05, 255];
function icon(x, y) {
  const r = 0.18; // rounded corners
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return [0, 0, 0, 0];
  const bars = [[0.2, 0.55], [0.38, 0.4], [0.56, 0.25]];
  for (const [left, top] of bars) if (x >= left && x < left + 0.12 && y >= top && y < 0.8) return WHITE;
  const d = Math.hypot(x - 0.66, y - 0.6);
  if (d > 0.17 && d < 0.23) return GOLD;
  if (x > 0.78 && y > 0.72 && Math.abs(x - y - 0.06) < 0.06 && x < 0.9) return GOLD;
  return BLUE;
}
for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(`taskpane/public/assets/icon-${size}.png`, png(size, icon));
}
console.log("icons written to taskpane/public/assets/");
