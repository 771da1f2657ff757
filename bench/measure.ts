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
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function report(label: string, value: string, goal?: string): void {
  console.log(`  ${label.padEnd(70)} ${value.padStart(12)}${goal ? `   (goal ${goal})` : ""}`);
}
