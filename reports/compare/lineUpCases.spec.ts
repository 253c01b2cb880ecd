import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CaseResult, Verdict } from "../../core/caseResult.ts";
import { runSample } from "../../testkit/reportFixtures/runSample.ts";
import { caseResult, sampleCases, sampleMeta } from "../../testkit/reportFixtures/sampleRun.ts";
import { type CaseRecord, toCaseRecord } from "../caseRecord.ts";
import { readCases, readResults } from "../readResults.ts";
import { answerText, caseAnswer } from "./caseAnswer.ts";
import { lineUpCases, lineUpProblems } from "./lineUpCases.ts";
import { renderCompare } from "./renderCompare.ts";

async function* stream(results: readonly CaseResult[]): AsyncGenerator<CaseRecord> {
  for (const r of results) yield toCaseRecord(r);
}

const getFunction = (status: number, responseBody: string, signature?: string) =>
  caseResult({
    op: "GetFunction",
    method: "GET",
    uri: "/2015-03-31/functions/fn0",
    phase: "valid",
    path: 0,
    status,
    responseBody,
    verdicts: [
      // `signature` arrives with results schema v2 (its own change); a verdict carrying one is read as it is.
      signature
        ? ({ check: "responseShape", status: "fail", reason: "MemorySize", signature } as Verdict)
        : { check: "responseShape", status: "pass" },
    ],
  });

describe("caseAnswer", () => {
  it("reads the status, the error type as SDKs read it, and the responseShape signature when present", () => {
    const error = toCaseRecord(
      getFunction(404, '{"__type":"ResourceNotFoundException","message":"no such function"}'),
    );
    expect(caseAnswer(error)).toEqual({ status: 404, errorType: "ResourceNotFoundException" });
    const shaped = toCaseRecord(getFunction(200, "{}", "/Configuration/MemorySize type"));
    expect(answerText(caseAnswer(shaped))).toBe("200 shape /Configuration/MemorySize type");
  });
});

describe("lineUpCases", () => {
  it("lists the cases every run has where status, error type or shape differ, one answer per run", async () => {
    const same = sampleCases().filter((c) => c.case.operation !== "GetFunction");
    const lineUp = await lineUpCases([
      stream([...same, getFunction(200, "{}")]),
      stream([...same, getFunction(404, '{"__type":"ResourceNotFoundException"}')]),
      stream([...same, getFunction(200, "{}", "/Configuration/MemorySize type")]),
    ]);
    expect(lineUp.differing).toHaveLength(1);
    expect(lineUp.differing[0]).toMatchObject({
      id: "GetFunction/valid/0",
      fields: ["status", "errorType", "shape"],
      answers: [
        { status: 200 },
        { status: 404, errorType: "ResourceNotFoundException" },
        { status: 200, shape: "/Configuration/MemorySize type" },
      ],
    });
    // The shrunk replay (CreateFunction/invalid/99) follows the target's own failure: not lined up.
    expect(lineUp.common).toBe(same.length);
  });

  it("counts a case only some runs have instead of comparing it", async () => {
    const all = sampleCases().filter((c) => c.shrunkFrom === undefined);
    const lineUp = await lineUpCases([
      stream(all),
      stream(all.filter((c) => c.case.operation !== "ListAliases")),
    ]);
    const aliases = all.filter((c) => c.case.operation === "ListAliases").length;
    expect(lineUp.onlySome).toEqual([aliases, 0]);
    expect(lineUp.common).toBe(all.length - aliases);
    expect(lineUp.differing).toEqual([]);
  });
});

describe("compare, case by case", () => {
  async function runs(bSeed: number) {
    const moto = await runSample();
    const cases = sampleCases().map((c) =>
      c.id === "ListAliases/invalid/5"
        ? { ...c, response: { ...c.response, status: 500, body: '{"__type":"ServiceException"}' } }
        : c,
    );
    const other = await runSample({
      meta: sampleMeta({
        seed: bSeed,
        target: { name: "ministack", endpoint: "http://127.0.0.1:4567", version: "1.5.33" },
      }),
      cases,
    });
    const paths = [join(moto.outDir, "results.json"), join(other.outDir, "results.json")];
    return { paths, docs: await Promise.all(paths.map((p) => readResults(p))) };
  }

  it("adds the cases the two targets answered differently to the Markdown and the HTML page", async () => {
    const { paths, docs } = await runs(42);
    const [a, b] = docs;
    if (!a || !b) throw new Error("two runs expected");
    expect(lineUpProblems(docs)).toEqual([]);
    const lineUp = await lineUpCases(paths.map((p) => readCases(p)));
    const { markdown, html } = renderCompare(a, b, { lineUp });
    expect(markdown).toContain("### Case by case");
    expect(markdown).toMatch(/\d+ cases in every run, answered differently in 1\./);
    expect(markdown).toContain(
      "| ListAliases/invalid/5 | aboveRange /MaxItems | 400 | 500 ServiceException | status, errorType |",
    );
    expect(html).toContain('<tr data-case="ListAliases/invalid/5">');
  });

  it("refuses to line up runs of different seeds, and says so where the cases would be", async () => {
    const { docs } = await runs(7);
    const [a, b] = docs;
    if (!a || !b) throw new Error("two runs expected");
    const refused = lineUpProblems(docs);
    expect(refused).toEqual(["seeds differ (42 vs 7)"]);
    const { markdown, html } = renderCompare(a, b, { refused });
    expect(markdown).toContain(
      "> not lined up: seeds differ (42 vs 7): the same case id names different requests.",
    );
    expect(html).toContain("Not lined up: seeds differ (42 vs 7)");
  });
});
