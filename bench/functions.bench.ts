/** The BUDGET custom functions: SHARE over a 10,000-cell range, and the cost of exact decimals. */
import { medianMs, report } from "./measure";
import * as BUDGET from "../functions/functions";
import { shareOfNumbers } from "../src/analytics";

export function benchFunctions(): void {
  console.log("Custom functions");
  // Amounts like a disclosure's: two decimals, up to a few thousand 万元.
  const amounts = Array.from({ length: 10_000 }, (_, i) => Math.round(((i * 7919) % 500_000) + 1) / 100);
  const column = amounts.map((amount) => [amount]);
  const total = 4686.81;
  let sink = 0;

  const floatLoop = () => {
    const out = new Array<number>(amounts.length);
    for (let i = 0; i < amounts.length; i++) out[i] = amounts[i] / total;
    sink += out[amounts.length - 1];
  };
  const exactLoop = () => {
    const out = new Array<number>(amounts.length);
    for (let i = 0; i < amounts.length; i++) out[i] = shareOfNumbers(amounts[i], total);
    sink += out[amounts.length - 1];
  };
  // Warm both up before measuring either, then measure them alternately.
  medianMs(floatLoop, 20, 20);
  medianMs(exactLoop, 20, 20);
  const floatMs = Math.min(medianMs(floatLoop, 51, 5), medianMs(floatLoop, 51, 5));
  const exactMs = Math.min(medianMs(exactLoop, 51, 5), medianMs(exactLoop, 51, 5));
  const shareMs = medianMs(() => BUDGET.share(column, [[total]]));

  report("SHARE over a 10,000-cell range, one call (Excel values in and out)", `${shareMs.toFixed(2)} ms`, "≤ 20 ms");
  report("per value: exact share (src/analytics shareOfNumbers)", `${((exactMs * 1e6) / amounts.length).toFixed(1)} ns`);
  report("per value: plain float division (same data, same run)", `${((floatMs * 1e6) / amounts.length).toFixed(1)} ns`);
  report("exact decimal path / float division", `${(exactMs / floatMs).toFixed(1)}×`, "≤ 10×");
  report("per value: whole SHARE call incl. reading and spilling cells", `${((shareMs * 1e6) / amounts.length).toFixed(0)} ns`);
  if (Number.isNaN(sink)) console.log(sink);
}
