/** A case the ownership guard did not send: counted apart, listed with its reason in every report. */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SAFETY_CHECK } from "../core/caseResult.ts";
import { caseResult, sampleCases, sampleMeta } from "../testkit/reportFixtures/sampleRun.ts";
import { createReporters } from "./createReporters.ts";
import { validateResultsDoc } from "./resultsSchema.ts";

const REASON = "not sent: would act on function `a`, which this run did not create";

const skipped = (path: number) =>
  caseResult({
    op: "DeleteFunction",
    method: "DELETE",
    uri: "/2015-03-31/functions/a",
    phase: "boundary",
    path,
    status: 0,
    verdicts: [{ check: SAFETY_CHECK, status: "skipped", reason: REASON }],
  });

async function runWithSkips() {
  const out = await mkdtemp(join(tmpdir(), "lc-skip-"));
  const reporters = createReporters(out, { failOn: "none" });
  await reporters.onRunStart(sampleMeta());
  for (const c of [...sampleCases(), skipped(1), skipped(2)]) await reporters.onCase(c);
  await reporters.onRunEnd({ exitReason: "completed", unimplementedOperations: [] });
  const read = (name: string) => readFile(join(out, name), "utf8");
  return { outcome: reporters.outcome(), read };
}

describe("skipped cases", () => {
  it("are counted per operation and phase with the first reason, never as a verdict of a check", async () => {
    const { outcome } = await runWithSkips();
    expect(outcome?.summary.skipped).toEqual([
      { operation: "DeleteFunction", phase: "boundary", cases: 2, reason: REASON },
    ]);
    expect(outcome?.summary.counts.some((c) => c.check === SAFETY_CHECK)).toBe(false);
    expect(outcome?.findings.some((f) => f.check === SAFETY_CHECK)).toBe(false);
  });

  it("flow through results.json (valid against the schema), JUnit, Markdown and HTML with the reason", async () => {
    const { read } = await runWithSkips();
    const doc = JSON.parse(await read("results.json"));
    expect(validateResultsDoc(doc)).toEqual([]);
    expect(
      doc.cases.filter((c: { verdicts: { status: string }[] }) => c.verdicts[0]?.status === "skipped"),
    ).toHaveLength(2);
    expect(await read("junit.xml")).toMatch(
      /name="ownershipGuard \(boundary\)"[\s\S]*<skipped message="2 cases not sent: would act on function `a`/,
    );
    const md = await read("report.md");
    expect(md).toMatch(/2 not sent \(shared account\)/);
    expect(md).toMatch(/\| DeleteFunction \| boundary \| 2 \| not sent: would act on function `a`/);
    expect(await read("report.html")).toMatch(/<table id="skipped">.*DeleteFunction.*boundary.*2/);
  });
});
