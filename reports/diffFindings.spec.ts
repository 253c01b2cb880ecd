import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../core/finding.ts";
import { runSample } from "../testkit/reportFixtures/runSample.ts";
import { caseResult, sampleCases } from "../testkit/reportFixtures/sampleRun.ts";
import { diffFindings, gateExitCode } from "./diffFindings.ts";
import { readResults } from "./readResults.ts";
import { validateResultsDoc } from "./resultsSchema.ts";
import { writeBaseline } from "./writeBaseline.ts";

function finding(
  operation: string,
  check: string,
  violationKind: string,
  reason = "r",
  signature = "sig",
): Finding {
  const example = {
    caseId: `${operation}/x`,
    phase: "invalid" as const,
    seed: Math.random(),
    reason,
    replay: "",
    curl: "curl x",
  };
  return {
    operation,
    check,
    violationKind,
    signature,
    count: 1,
    reason,
    example: example as unknown as Finding["example"],
  };
}

describe("diffFindings", () => {
  it("keys by (operation, check, violation kind, signature) only: reasons, counts and examples may change", () => {
    const baseline = [
      finding("A", "statusCode", "tooLong", "got 201 for xxxx"),
      finding("B", "schema", "none"),
    ];
    const current = [
      finding("A", "statusCode", "tooLong", "got 201 for yyyyyyy"),
      finding("C", "statusCode", "patternMismatch"),
    ];
    const diff = diffFindings(current, baseline);
    expect(diff.new.map((f) => f.operation)).toEqual(["C"]);
    expect(diff.fixed.map((f) => f.operation)).toEqual(["B"]);
    expect(diff.unchanged.map((f) => f.reason)).toEqual(["got 201 for yyyyyyy"]);
  });

  it("distinguishes violation kinds of the same operation and check", () => {
    const diff = diffFindings(
      [finding("A", "s", "tooLong"), finding("A", "s", "tooShort")],
      [finding("A", "s", "tooLong")],
    );
    expect(diff.new.map((f) => f.violationKind)).toEqual(["tooShort"]);
  });

  it("a second defect in a cell that already fails is new: signatures of one cell are told apart", () => {
    const shape = (signature: string) => finding("GetFunction", "responseShape", "none", "r", signature);
    const diff = diffFindings(
      [shape("/Configuration/Runtime enum"), shape("/Configuration/MemorySize type")],
      [shape("/Configuration/Runtime enum")],
    );
    expect(diff.new.map((f) => f.signature)).toEqual(["/Configuration/MemorySize type"]);
    expect(diff.unchanged).toHaveLength(1);
  });
});

describe("gateExitCode", () => {
  const f = [finding("A", "s", "k")];
  it("--fail-on new fails only for findings absent from the baseline", () => {
    expect(gateExitCode(f, diffFindings(f, f), "new")).toBe(0);
    expect(gateExitCode(f, diffFindings(f, []), "new")).toBe(1);
    expect(gateExitCode(f, undefined, "new")).toBe(1);
    expect(gateExitCode([], diffFindings([], f), "new")).toBe(0);
  });
  it("--fail-on any fails on every finding; none never fails", () => {
    expect(gateExitCode(f, diffFindings(f, f), "any")).toBe(1);
    expect(gateExitCode(f, undefined, "none")).toBe(0);
  });
});

describe("baseline round trip", () => {
  it("writeBaseline → readResults → a later run marks new, fixed and unchanged and gates on new", async () => {
    const first = await runSample();
    const baselineFile = join(first.outDir, "baseline.json");
    await writeBaseline(await readResults(join(first.outDir, "results.json")), baselineFile);
    const written = JSON.parse(await readFile(baselineFile, "utf8"));
    expect(validateResultsDoc(written)).toEqual([]);
    expect(written.cases).toEqual([]);
    const baseline = await readResults(baselineFile);

    const same = await runSample({ baseline, failOn: "new" });
    expect(same.outcome.exitCode).toBe(0);
    expect(same.outcome.diff?.unchanged).toHaveLength(4);

    // Next run: GetFunction's schema finding is fixed; a new violation kind fails on ListAliases.
    const cases = sampleCases().filter((c) => !(c.case.operation === "GetFunction" && c.case.path === "0"));
    cases.push(
      caseResult({
        op: "ListAliases",
        method: "GET",
        uri: "/2015-03-31/functions/fn0/aliases?MaxItems=0",
        phase: "invalid",
        path: 7,
        status: 200,
        violation: { path: "/MaxItems", kind: "belowRange", constraint: "range", rawOnly: false },
        verdicts: [
          {
            check: "statusCode",
            status: "fail",
            reason: "expected 4xx for belowRange /MaxItems, got 200",
            signature: "/MaxItems 2xx",
          },
        ],
      }),
    );
    const next = await runSample({ baseline, failOn: "new", cases });
    expect(next.outcome.exitCode).toBe(1);
    expect(next.outcome.diff?.new.map((f) => `${f.operation}|${f.violationKind}`)).toEqual([
      "ListAliases|belowRange",
    ]);
    expect(next.outcome.diff?.fixed.map((f) => f.operation)).toEqual(["GetFunction"]);
    const md = await readFile(join(next.outDir, "report.md"), "utf8");
    expect(md).toContain("Against the baseline: **1 new**, 1 not observed (fixed?), 3 unchanged findings.");
    expect(md).toMatch(/\| 🆕 new \| ListAliases \| statusCode \| belowRange \| \/MaxItems 2xx \| 1 \|/);
    expect(md).toContain(
      "✅ not observed: GetFunction · responseSchema · none · /Code/RepositoryType required",
    );
    const html = await readFile(join(next.outDir, "report.html"), "utf8");
    expect(html).toContain('<span class="badge new">new</span> <b>ListAliases</b>');
    expect(html).toMatch(/<ul id="fixed"><li><span class="badge fixed">fixed<\/span> GetFunction/);
  });
});
