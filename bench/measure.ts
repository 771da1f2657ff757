/** Small timing helpers for `npm run bench`: figures are printed, never asserted. */
import { performance } from "node:perf_hooks";

/** Median wall time of `run` in ms over `repeats` runs, after `warmup` runs. */
export function medianMs(run: () => unknown, repeats = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The median of the figures: the middle one, or the mean of the two middle ones for an even count. */
export function median(figures: number[]): number {
  const sorted = [...figures].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function report(label: string, value: string, goal?: string): void {
  console.log(`  ${label.padEnd(70)} ${value.padStart(12)}${goal ? `   (goal ${goal})` : ""}`);
}
