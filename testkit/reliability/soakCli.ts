/** `npm run soak`: the full 10,000-request hostile-target soak, printed as the figures docs/reliability.md quotes. */
import { FAULT_KINDS } from "./faultKinds.ts";
import { runSoak } from "./soak.ts";

const MB = 1024 * 1024;

const figures = await runSoak({
  runs: Number(process.env.SOAK_RUNS ?? 1000),
  faultRate: 0.5,
  seed: Number(process.env.SOAK_SEED ?? 9),
  concurrency: 64,
  timeoutMs: 2_000,
  deadlineMs: 600_000,
});
const { proxy, results } = figures;
const rows: [string, string | number][] = [
  ["requests through the proxy", proxy.requests],
  ["faults injected", figures.faultsInjected],
  ...FAULT_KINDS.map((k): [string, number] => [`  ${k}`, proxy.faults[k]]),
  ["passed through to moto", proxy.passedThrough],
  ["redirects followed", proxy.redirectsFollowed],
  ["cases in results.json", results.cases],
  ["cases without verdict", results.withoutVerdict.length],
  ["duplicate case ids", results.duplicateIds],
  ["exit reason", results.summary.exitReason ?? "(none)"],
  ["throttles (cases, retries, persisted)", JSON.stringify(results.summary.throttles ?? null)],
  ["exit code", String(figures.exitCode)],
  ["crashes", figures.crashed ? 1 : 0],
  ["hangs", figures.hung ? 1 : 0],
  ["leaks (lc- resources left)", figures.leftovers.length],
  ["peak RSS of the suite", `${(figures.peakRssBytes / MB).toFixed(0)} MB`],
  ["wall time", `${(figures.durationMs / 1000).toFixed(1)} s`],
];
for (const [k, v] of rows) console.log(`${k.padEnd(40)} ${v}`);
const ok =
  !figures.crashed && !figures.hung && results.withoutVerdict.length === 0 && figures.leftovers.length === 0;
if (!ok) console.error(figures.stderrTail);
process.exitCode = ok ? 0 : 1;
