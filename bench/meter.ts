/** Wall, CPU and event-loop busy time of this process over one measured pass. */
import { performance } from "node:perf_hooks";

/** What one pass cost this process. */
export interface Metered {
  readonly wallMs: number;
  /** User + system CPU of the node process (all its threads). */
  readonly cpuMs: number;
  /** Time the main thread was not idle waiting for I/O (event-loop utilisation × wall). */
  readonly busyMs: number;
}

/** Runs `work` and measures it; a GC first, so one pass's garbage is not billed to the next. */
export async function meter<T>(work: () => Promise<T>): Promise<{ value: T; cost: Metered }> {
  (globalThis as { gc?: () => void }).gc?.();
  const elu = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const wallMs = performance.now() - started;
  const usage = process.cpuUsage(cpu);
  const busy = performance.eventLoopUtilization(elu);
  return { value, cost: { wallMs, cpuMs: (usage.user + usage.system) / 1000, busyMs: busy.active } };
}

/** Peak resident set size of this process so far, in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
