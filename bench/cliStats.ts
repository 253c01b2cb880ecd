/**
 * Child-process entry: runs `lambda-conformance <argv>` in this process, output discarded, then writes
 * its wall time, CPU time and peak RSS as JSON to the file named by `BENCH_STATS`.
 */
import { writeFileSync } from "node:fs";
import { main } from "../cli/main.ts";

/** What one CLI run cost its own process. */
export interface CliStats {
  readonly exitCode: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssMiB: number;
}

const statsFile = process.env.BENCH_STATS;
if (!statsFile) throw new Error("cliStats: set BENCH_STATS to the file the stats go to");
const started = performance.now();
const exitCode = await main(process.argv.slice(2));
const usage = process.resourceUsage();
const stats: CliStats = {
  exitCode,
  wallMs: performance.now() - started,
  cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
  peakRssMiB: usage.maxRSS / 1024,
};
writeFileSync(statsFile, JSON.stringify(stats));
process.exit(0);
