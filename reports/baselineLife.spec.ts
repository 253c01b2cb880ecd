/** The baseline over many runs: update merges, prune drops only what was tested, expiry re-gates, old files still read. */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findingKey } from "../core/finding.ts";
import { runSample } from "../testkit/reportFixtures/runSample.ts";
import { sampleCases, sampleMeta } from "../testkit/reportFixtures/sampleRun.ts";
import { type BaselineEntry, updateBaseline } from "./baselineLife.ts";
import { readResults } from "./readResults.ts";
import type { ResultsDoc } from "./resultsDoc.ts";
import { validateResultsDoc } from "./resultsSchema.ts";
import { writeBaseline } from "./writeBaseline.ts";

const DAY1 = "2026-11-25T14:50:00.000Z";
const DAY2 = "2026-12-01T08:00:00.000Z";
const SCHEMA = "GetFunction|responseSchema|none|/Code/RepositoryType required";

/** The sample run's results.json on `startedAt`, optionally with some cases left out. */
async function run(startedAt: string, keep: (op: string, path?: string) => boolean = () => true) {
  const cases = sampleCases().filter((c) => keep(c.case.operation, c.case.path));
  const r = await runSample({ meta: sampleMeta({ startedAt }), cases });
  return readResults(join(r.outDir, "results.json"));
}

const entry = (doc: ResultsDoc, key: string) =>
  (doc.findings as BaselineEntry[]).find((f) => findingKey(f) === key);

describe("baseline update", () => {
  it("keeps first seen, refreshes last seen, and keeps a hand-written reason and expiry", async () => {
    const first = updateBaseline(undefined, await run(DAY1), { prune: false }).doc;
    expect(entry(first, SCHEMA)?.baseline).toEqual({ firstSeen: "2026-11-25", lastSeen: "2026-11-25" });
    const edited: ResultsDoc = {
      ...first,
      findings: first.findings.map((f) =>
        findingKey(f) === SCHEMA
          ? {
              ...f,
              baseline: {
                firstSeen: "2026-11-25",
                lastSeen: "2026-11-25",
                reason: "https://x/1",
                expires: "2027-01-01",
              },
            }
          : f,
      ),
    };
    const second = updateBaseline(edited, await run(DAY2), { prune: false });
    expect(entry(second.doc, SCHEMA)?.baseline).toEqual({
      firstSeen: "2026-11-25",
      lastSeen: "2026-12-01",
      reason: "https://x/1",
      expires: "2027-01-01",
    });
    expect(second).toMatchObject({ added: 0, seenAgain: 4, kept: 0, pruned: 0 });
    expect(validateResultsDoc(second.doc)).toEqual([]);
  });

  it("merges: an entry the run did not reproduce stays, last seen unchanged", async () => {
    const first = updateBaseline(undefined, await run(DAY1), { prune: false }).doc;
    const next = await run(DAY2, (op, path) => !(op === "GetFunction" && path === "0"));
    const merged = updateBaseline(first, next, { prune: false });
    expect(merged).toMatchObject({ kept: 1, pruned: 0 });
    expect(entry(merged.doc, SCHEMA)?.baseline?.lastSeen).toBe("2026-11-25");
  });

  it("--baseline-prune drops entries the run tested and did not reproduce, never ones it did not test", async () => {
    const first = updateBaseline(undefined, await run(DAY1), { prune: false }).doc;
    // GetFunction still judged by responseSchema (path 1 passes), CreateFunction not run at all.
    const next = await run(
      DAY2,
      (op, path) => !(op === "GetFunction" && path === "0") && op !== "CreateFunction",
    );
    const pruned = updateBaseline(first, next, { prune: true });
    expect(entry(pruned.doc, SCHEMA)).toBeUndefined();
    expect(pruned.pruned).toBe(1);
    expect(pruned.doc.findings.filter((f) => f.operation === "CreateFunction")).toHaveLength(2);
  });

  it("refuses to prune from a run that did not complete", async () => {
    const first = updateBaseline(undefined, await run(DAY1), { prune: false }).doc;
    const cut = await run(DAY2);
    const interrupted = { ...cut, summary: { ...cut.summary, exitReason: "timeBudget" as const } };
    expect(() => updateBaseline(first, interrupted, { prune: true })).toThrow(
      /needs a completed run; this one ended timeBudget/,
    );
  });

  it("reads today's baseline files (no lifecycle): first and last seen are the day of their run", async () => {
    const dir = (await runSample()).outDir;
    const file = join(dir, "old-baseline.json");
    await writeBaseline(await readResults(join(dir, "results.json")), file);
    expect(await readFile(file, "utf8")).not.toContain('"firstSeen"');
    const update = updateBaseline(await readResults(file), await run(DAY2), { prune: false });
    expect(entry(update.doc, SCHEMA)?.baseline).toEqual({ firstSeen: "2026-11-25", lastSeen: "2026-12-01" });
  });

  it("a hand-edited expiry that is not a date is a clear error", async () => {
    const doc = updateBaseline(undefined, await run(DAY1), { prune: false }).doc;
    const file = join((await runSample()).outDir, "bad.json");
    const bad = {
      ...doc,
      findings: doc.findings.map((f) => ({
        ...f,
        baseline: { firstSeen: "2026-11-25", lastSeen: "2026-11-25", expires: "next week" },
      })),
    };
    await writeFile(file, JSON.stringify(bad));
    await expect(readResults(file)).rejects.toThrow(/expires must be YYYY-MM-DD, got "next week"/);
  });
});

describe("the gate with a lifecycle baseline", () => {
  async function baselineExpiring(expires: string): Promise<ResultsDoc> {
    const doc = updateBaseline(undefined, await run(DAY1), { prune: false }).doc;
    return {
      ...doc,
      findings: (doc.findings as BaselineEntry[]).map((f) =>
        findingKey(f) === SCHEMA && f.baseline ? { ...f, baseline: { ...f.baseline, expires } } : f,
      ),
    };
  }

  it("an entry past its expiry fails the gate again; on its last day it still excuses", async () => {
    const meta = sampleMeta({ startedAt: DAY2 });
    const lapsed = await runSample({ meta, baseline: await baselineExpiring("2026-11-30"), failOn: "new" });
    expect(lapsed.outcome.exitCode).toBe(1);
    expect(lapsed.outcome.diff?.new.map(findingKey)).toEqual([SCHEMA]);
    expect(lapsed.outcome.diff?.expired?.map(findingKey)).toEqual([SCHEMA]);
    expect(await readFile(join(lapsed.outDir, "report.md"), "utf8")).toContain(
      "(1 of them past their baseline entry's expiry)",
    );
    const lastDay = await runSample({ meta, baseline: await baselineExpiring("2026-12-01"), failOn: "new" });
    expect(lastDay.outcome.exitCode).toBe(0);
  });

  it("lists unobserved entries apart: tested and not reproduced (fixed?) versus not tested", async () => {
    const baseline = updateBaseline(undefined, await run(DAY1), { prune: false }).doc;
    const cases = sampleCases().filter(
      (c) =>
        !(c.case.operation === "GetFunction" && c.case.path === "0") && c.case.operation !== "CreateFunction",
    );
    const r = await runSample({ meta: sampleMeta({ startedAt: DAY2 }), cases, baseline, failOn: "new" });
    expect(r.outcome.exitCode).toBe(0);
    expect(r.outcome.diff?.fixed.map(findingKey)).toEqual([SCHEMA]);
    expect(r.outcome.diff?.notTested?.map((f) => f.operation)).toEqual(["CreateFunction", "CreateFunction"]);
    const md = await readFile(join(r.outDir, "report.md"), "utf8");
    expect(md).toContain("Baseline entries tested and not observed (fixed?) (1)");
    expect(md).toContain("Baseline entries this run did not test (2)");
    expect(md).toContain("⚪ not tested: CreateFunction · rejectsInvalid · tooLong");
    const html = await readFile(join(r.outDir, "report.html"), "utf8");
    expect(html).toMatch(
      /<ul id="not-tested"><li><span class="badge unchanged">not tested<\/span> CreateFunction/,
    );
  });
});
