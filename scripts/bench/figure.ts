/** One measured figure; printed as `name value unit`. */
export type BenchFigure = { name: string; value: number; unit: string };

/** A benchmark file (`scripts/bench/<area>.bench.ts`) exports `run`. */
export type BenchModule = { run(): Promise<BenchFigure[]> };

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)]! * 100) / 100;
}
