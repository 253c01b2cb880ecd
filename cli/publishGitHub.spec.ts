/** The GitHub outputs with the runner's variables set: a temporary summary file, annotations on captured stdout. */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_ANNOTATIONS } from "../reports/githubOutputs.ts";
import { readResults } from "../reports/readResults.ts";
import { caseResult } from "../testkit/reportFixtures/caseResult.ts";
import { runSample } from "../testkit/reportFixtures/runSample.ts";
import { sampleCases } from "../testkit/reportFixtures/sampleRun.ts";
import { publishToGitHub } from "./publishGitHub.ts";

/** `n` new findings on ListLayers, one reason carrying the characters workflow commands must escape. */
function failing(n: number) {
  return Array.from({ length: n }, (_, i) =>
    caseResult({
      op: "ListLayers",
      method: "GET",
      uri: `/2018-10-31/layers?x=${i}`,
      phase: "valid",
      path: i,
      status: 500,
      verdicts: [
        {
          check: "noServerError",
          status: "fail",
          reason: i === 0 ? "got 500: 100% broken\nsecond line" : `got 500 (${i})`,
          signature: `500 #${i}`,
        },
      ],
    }),
  );
}

async function summaryFile(): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), "lc-gh-")), "step_summary.md");
  await writeFile(file, "earlier step\n");
  return file;
}

afterEach(() => vi.restoreAllMocks());

describe("publishToGitHub", () => {
  it("appends the step summary and annotates each new finding on stdout", async () => {
    const first = await runSample();
    const baseline = await readResults(join(first.outDir, "results.json"));
    const { outcome } = await runSample({
      baseline,
      failOn: "new",
      cases: [...sampleCases(), ...failing(2)],
    });
    const file = await summaryFile();
    const stdout = vi.spyOn(console, "log").mockImplementation(() => undefined);
    await publishToGitHub(outcome, "new", { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: file });
    const lines = stdout.mock.calls.map((c) => String(c[0]));
    expect(lines).toEqual([
      "::error title=New finding%3A ListLayers · noServerError::none: got 500: 100%25 broken%0AReproduce: npx lambda-conformance run --ops ListLayers --phases valid --seed 42 --runs 20 --replay 0",
      "::error title=New finding%3A ListLayers · noServerError::none: got 500 (1)%0AReproduce: npx lambda-conformance run --ops ListLayers --phases valid --seed 42 --runs 20 --replay 1",
    ]);
    const summary = await readFile(file, "utf8");
    expect(summary.startsWith("earlier step\n### Lambda API conformance: moto 5.0.28")).toBe(true);
    expect(summary).toContain("Against the baseline: **2 new** · 0 not observed (fixed?) · 4 unchanged");
    expect(summary).toMatch(
      /\| Worst operations \| Conformance \| Failed verdicts \|\n\|---\|---:\|---:\|\n\| ListLayers \| 0\.0% \| 2 \|/,
    );
    expect(summary).toContain("**New findings** (2 of 2; all in report.md and report.html)");
  });

  it("annotates a handful and points at the summary for the rest; warnings when the gate is off", async () => {
    const { outcome } = await runSample({ cases: failing(MAX_ANNOTATIONS + 3), failOn: "none" });
    const printed: string[] = [];
    const file = await summaryFile();
    await publishToGitHub(outcome, "none", { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: file }, (l) =>
      printed.push(l),
    );
    expect(printed.filter((l) => l.startsWith("::warning title=Finding%3A ListLayers"))).toHaveLength(
      MAX_ANNOTATIONS,
    );
    expect(printed.at(-1)).toBe("::notice::3 more new findings in the step summary and report.md");
    expect(await readFile(file, "utf8")).toContain(
      `**New findings** (${MAX_ANNOTATIONS + 3} of ${MAX_ANNOTATIONS + 3};`,
    );
  });

  it("outside GitHub Actions prints nothing and writes no file", async () => {
    const { outcome } = await runSample({ cases: failing(1) });
    const printed: string[] = [];
    await publishToGitHub(outcome, "any", {}, (l) => printed.push(l));
    expect(printed).toEqual([]);
  });

  it("a summary file that cannot be written is a warning on stderr, not a failure", async () => {
    const { outcome } = await runSample({ cases: failing(1) });
    const stderr = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await publishToGitHub(
      outcome,
      "any",
      { GITHUB_STEP_SUMMARY: "/nonexistent-dir/summary.md" },
      () => undefined,
    );
    expect(String(stderr.mock.calls[0]?.[0])).toMatch(/could not append to GITHUB_STEP_SUMMARY/);
  });
});
