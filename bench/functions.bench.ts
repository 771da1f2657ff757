/** The BUDGET custom functions: SHARE over a 10,000-cell range, and the cost of exact decimals. */
import { medianMs, report } from "./measure";
import * as BUDGET from "../functions/functions";

export function benchFunctions(): void {
  console.log("Custom functions");
  // Amounts like a disclosure's: two decimals, up to a few thousand 万元.
  const parts = Array.from({ length: 10_000 }, (_, i) => [Math.round(((i * 7919) % 500_000) + 1) / 100]);
  const total = [[4686.81]];
  const shareMs = medianMs(() => BUDGET.share(parts, total));
  report("SHARE over a 10,000-cell range, one call", `${shareMs.toFixed(2)} ms`, "≤ 20 ms");

  const floats = parts.map((row) => row[0]);
  let sink = 0;
  const floatMs = medianMs(() => {
    const out = new Array<number>(floats.length);
    for (let i = 0; i < floats.length; i++) out[i] = floats[i] / 4686.81;
    sink += out[floats.length - 1];
  }, 51, 10);
  const ratio = shareMs / floatMs;
  report("per value: decimal SHARE", `${((shareMs * 1e6) / parts.length).toFixed(0)} ns`);
  report("per value: plain float division (same data, same run)", `${((floatMs * 1e6) / parts.length).toFixed(1)} ns`);
  report("decimal path / float division", `${ratio.toFixed(0)}×`, "≤ 10×");
  if (Number.isNaN(sink)) console.log(sink);
}
