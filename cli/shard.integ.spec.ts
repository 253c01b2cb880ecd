/**
 * Shard and merge against real moto: the unsharded run and shards 1/3, 2/3, 3/3 of it (each its own
 * moto process, one after another), merged, give the same findings; the gate and the GitHub outputs
 * work on the merged result. Bounded: 6 operations (reads and writes), --runs 2, every phase.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { findingKey } from "../core/finding.ts";
import { readResults } from "../reports/readResults.ts";
import { MOTO_VENV, venvBin } from "../suites/targets/venv.ts";
import { main } from "./main.ts";

const OPS =
  "GetFunction,ListFunctions,GetAccountSettings,PutFunctionConcurrency,DeleteFunctionConcurrency,DeleteFunction";
const RUN = ["run", "--target", "moto", "--ops", OPS, "--runs", "2", "--seed", "26", "--fail-on", "none"];

/** What must be equal: identity, count and example of every finding, and the verdict counts. */
async function fingerprint(dir: string) {
  const doc = await readResults(join(dir, "results.json"));
  return {
    findings: doc.findings.map((f) => `${findingKey(f)}|${f.count}|${f.example.caseId}|${f.example.phase}`),
    counts: doc.summary.counts,
    reach: doc.summary.reach,
    unimplemented: doc.summary.unimplementedOperations,
    cases: doc.summary.cases,
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe.skipIf(venvBin(MOTO_VENV, "moto_server") === undefined)("run --shard i/3 and merge on moto", () => {
  it("merged shards equal the unsharded run; the gate and the GitHub outputs work on the merge", async () => {
    const root = await mkdtemp(join(tmpdir(), "lc-shard-"));
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const stdout = vi.spyOn(console, "log").mockImplementation(() => undefined);
    expect(await main([...RUN, "--out", join(root, "whole")])).toBe(0);
    const shards = [1, 2, 3].map((i) => join(root, `shard-${i}`));
    for (const [i, out] of shards.entries())
      expect(await main([...RUN, "--shard", `${i + 1}/3`, "--out", out])).toBe(0);
    // A shard holds only its part: no shard alone is the run.
    const parts = await Promise.all(shards.map((s) => readResults(join(s, "results.json"))));
    expect(parts.map((p) => p.meta.shard?.operations.length).reduce((a, b) => (a ?? 0) + (b ?? 0))).toBe(6);
    expect(parts.filter((p) => p.meta.shard?.stateful)).toHaveLength(1);

    // Baseline from the unsharded run, one entry dropped: merged with --fail-on new, exactly that one is new.
    const whole = await readResults(join(root, "whole", "results.json"));
    expect(whole.findings.length).toBeGreaterThan(1);
    const [dropped, ...kept] = whole.findings;
    const baseline = join(root, "baseline.json");
    await writeFile(baseline, JSON.stringify({ ...whole, cases: [], findings: kept }));
    const summary = join(root, "step_summary.md");
    vi.stubEnv("GITHUB_ACTIONS", "true");
    vi.stubEnv("GITHUB_STEP_SUMMARY", summary);
    stdout.mockClear();
    const merged = join(root, "merged");
    expect(
      await main(["merge", ...shards, "--out", merged, "--baseline", baseline, "--fail-on", "new"]),
    ).toBe(1);

    expect(await fingerprint(merged)).toEqual(await fingerprint(join(root, "whole")));
    const printed = stdout.mock.calls.map((c) => String(c[0]));
    expect(printed.filter((l) => l.startsWith("::error "))).toHaveLength(1);
    expect(printed[0]).toContain(`title=New finding%3A ${dropped?.operation}`);
    const md = await readFile(summary, "utf8");
    expect(md).toContain("merged from 3 shards");
    expect(md).toContain(
      `Against the baseline: **1 new** · 0 not observed (fixed?) · ${kept.length} unchanged`,
    );
    for (const name of ["junit.xml", "report.md", "report.html"])
      expect((await readFile(join(merged, name), "utf8")).length).toBeGreaterThan(0);
  }, 300_000);
});
