import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runSample } from "../../testkit/reportFixtures/runSample.ts";
import { caseResult, sampleCases, sampleMeta } from "../../testkit/reportFixtures/sampleRun.ts";
import { readResults } from "../readResults.ts";
import { compareResults } from "./compareResults.ts";
import { renderCompare } from "./renderCompare.ts";

async function twoTargets() {
  const moto = await runSample();
  // LocalStack: rejects the too-long FunctionName, implements PutFunctionConcurrency, but fails ListAliases' schema.
  const cases = sampleCases()
    .filter((c) => c.case.phase !== "invalid" || c.case.operation !== "CreateFunction")
    .map((c) =>
      c.case.operation === "ListAliases" && c.case.phase === "valid"
        ? {
            ...c,
            verdicts: c.verdicts.map((v) =>
              v.check === "responseSchema"
                ? { check: v.check, status: "fail" as const, reason: "Aliases[0].AliasArn missing" }
                : v,
            ),
          }
        : c,
    );
  cases.push(
    caseResult({
      op: "CreateFunction",
      method: "POST",
      uri: "/2015-03-31/functions",
      phase: "invalid",
      path: 10,
      status: 400,
      violation: { path: "/FunctionName", kind: "tooLong", constraint: "length", rawOnly: false },
      verdicts: [
        { check: "statusCode", status: "pass" },
        { check: "responseSchema", status: "notApplicable" },
        { check: "rejectsInvalid", status: "pass" },
      ],
    }),
  );
  const localstack = await runSample({
    meta: sampleMeta({ target: { name: "localstack", endpoint: "http://127.0.0.1:4566", version: "4.0.3" } }),
    cases,
  });
  return {
    a: await readResults(join(moto.outDir, "results.json")),
    b: await readResults(join(localstack.outDir, "results.json")),
  };
}

describe("compare", () => {
  it("pairs every (operation, check) cell and says where the targets agree", async () => {
    const { a, b } = await twoTargets();
    const rows = compareResults(a, b);
    const row = (op: string, check: string) => rows.find((r) => r.operation === op && r.check === check);
    expect(row("CreateFunction", "statusCode")).toMatchObject({ a: "fail", b: "pass", agree: false });
    expect(row("CreateFunction", "statusCode")?.reasonA).toContain("tooLong");
    expect(row("ListAliases", "responseSchema")).toMatchObject({
      a: "pass",
      b: "fail",
      agree: false,
      reasonB: "none: Aliases[0].AliasArn missing",
    });
    expect(row("GetFunction", "statusCode")).toMatchObject({ a: "pass", b: "pass", agree: true });
    // Both runs were told PutFunctionConcurrency is unimplemented (runSample's onRunEnd).
    expect(row("PutFunctionConcurrency", "unimplementedOperation")).toMatchObject({
      a: "unimplemented",
      b: "unimplemented",
      agree: true,
    });
  });

  it("renders Markdown with the disagreements and per-operation agreement", async () => {
    const { a, b } = await twoTargets();
    const { markdown } = renderCompare(a, b);
    expect(markdown).toContain("## Parity: moto 5.0.28 vs localstack 4.0.3");
    expect(markdown).toMatch(/agree on \d+ of \d+ \(operation, check\) cells, differ on 3\./);
    expect(markdown).toContain(
      "| CreateFunction | statusCode | ❌ fail | ✅ pass | A: tooLong: expected 4xx for tooLong /FunctionName, got 201 |",
    );
    expect(markdown).toContain(
      "| ListAliases | responseSchema | ✅ pass | ❌ fail | B: none: Aliases[0].AliasArn missing |",
    );
    expect(markdown).toContain("| GetFunction | 3/3 ✅ |");
  });

  it("renders one offline HTML page with both sides per cell and disagreements outlined", async () => {
    const { a, b } = await twoTargets();
    const { html } = renderCompare(a, b);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/\b(?:src|href)="https?:/);
    expect(html.match(/<tr data-operation=/g)).toHaveLength(5);
    expect(html.match(/class="pair differ"/g)).toHaveLength(3);
  });

  it("warns when the two runs used different models", async () => {
    const { a, b } = await twoTargets();
    const { markdown } = renderCompare(a, { ...b, meta: { ...b.meta, modelHash: "0".repeat(64) } });
    expect(markdown).toContain("> models differ (9f2c1e7a0b3d vs 000000000000)");
  });
});
