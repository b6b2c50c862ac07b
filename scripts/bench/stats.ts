import type { PrismaClient } from "@/lib/db/generated/client";

export interface BenchContext {
  root: string;
  databaseUrl: string;
  prisma: PrismaClient;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** "p50 12.3 ms, p99 45.6 ms, max 50.1 ms (n = 400)" */
export function summarise(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  return `p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (n = ${sorted.length})`;
}

/** Runs `fn` `runs` times after `warmup` untimed runs; returns the durations in ms. */
export async function time(fn: () => unknown, runs: number, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** The q-quantile of the samples (nearest rank), rounded to 0.1. */
export function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN, 1);
}

export const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Polls `condition` every 10 ms; fails with `label` after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, timeoutMs: number, label = "bench"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${label}: timed out after ${timeoutMs} ms`);
    await sleep(10);
  }
}
