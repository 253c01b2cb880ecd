import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runSample } from "../testkit/reportFixtures/runSample.ts";
import { caseResult, FAKE, sampleCases, sampleMeta } from "../testkit/reportFixtures/sampleRun.ts";
import { createReporters } from "./createReporters.ts";
import { readCases, readResults } from "./readResults.ts";
import { validateResultsDoc } from "./resultsSchema.ts";

describe("results.json", () => {
  it("validates against results.schema.json and holds every case", async () => {
    const { outDir } = await runSample();
    const doc = JSON.parse(await readFile(join(outDir, "results.json"), "utf8"));
    expect(validateResultsDoc(doc)).toEqual([]);
    expect(doc.cases).toHaveLength(sampleCases().length);
    expect(doc.meta.seed).toBe(42);
    expect(doc.summary.exitReason).toBe("completed");
    expect(doc.summary.unimplementedOperations).toEqual(["PutFunctionConcurrency"]);
    expect(doc.findings).toHaveLength(4);
    expect(Array.isArray(doc.rootCauses)).toBe(true);
  });

  it("the schema rejects what it should (no silent acceptance)", async () => {
    const { outDir } = await runSample();
    const doc = JSON.parse(await readFile(join(outDir, "results.json"), "utf8"));
    doc.cases[0].verdicts[0].status = "ok";
    delete doc.meta.modelHash;
    const errors = validateResultsDoc(doc);
    expect(errors.some((e) => e.startsWith("/cases/0/verdicts/0/status"))).toBe(true);
    expect(errors.some((e) => e.includes("modelHash"))).toBe(true);
  });

  it("never contains the planted fake credentials, in any report file", async () => {
    const { outDir } = await runSample();
    for (const name of await readdir(outDir)) {
      const text = await readFile(join(outDir, name), "utf8");
      for (const secret of Object.values(FAKE)) expect(text, `${name} leaks ${secret}`).not.toContain(secret);
    }
  });

  it("appears only when the run ends: a partial run leaves no results.json, only a temp file", async () => {
    const { outDir } = await runSample();
    const before = await readFile(join(outDir, "results.json"), "utf8");
    const reporter = createReporters(outDir);
    await reporter.onRunStart(sampleMeta({ runId: "run-0002" }));
    for (const c of sampleCases().slice(0, 3)) await reporter.onCase(c);
    expect(await readFile(join(outDir, "results.json"), "utf8")).toBe(before);
    expect((await readdir(outDir)).some((n) => n.startsWith("results.json.partial-"))).toBe(true);
    const outcome = await reporter.interrupt("SIGINT");
    expect(outcome.summary).toMatchObject({ exitReason: "interrupted", detail: "SIGINT", cases: 3 });
    const after = await readResults(join(outDir, "results.json"));
    expect(after.meta.runId).toBe("run-0002");
    expect((await readdir(outDir)).filter((n) => n.includes(".partial-"))).toEqual([]);
    await reporter.onCase(sampleCases()[4] as never);
    expect(reporter.outcome()?.summary.cases).toBe(3);
  });
});

describe("readResults", () => {
  it("reads envelope, summary and findings without the cases, and readCases streams them back", async () => {
    const { outDir, outcome } = await runSample();
    const path = join(outDir, "results.json");
    const doc = await readResults(path);
    expect(doc.cases).toBeUndefined();
    expect(doc.summary).toEqual(JSON.parse(await readFile(path, "utf8")).summary);
    expect(doc.findings.map((f) => f.count)).toEqual(outcome.findings.map((f) => f.count));
    const ids: string[] = [];
    for await (const c of readCases(path)) ids.push(c.id);
    expect(ids).toEqual(sampleCases().map((c) => c.id));
  });

  it("accepts any JSON layout (a pretty-printed baseline) and rejects other files", async () => {
    const { outDir } = await runSample();
    const path = join(outDir, "results.json");
    const pretty = join(outDir, "pretty.json");
    await writeFile(pretty, JSON.stringify(JSON.parse(await readFile(path, "utf8")), null, 2));
    expect((await readResults(pretty)).findings).toHaveLength(4);
    const other = join(outDir, "other.json");
    await writeFile(other, '{"schemaVersion":2}');
    await expect(readResults(other)).rejects.toThrow(/not a lambda-conformance results file/);
  });

  it("refuses a version-1 file (findings without signatures) and says how to regenerate it", async () => {
    const { outDir } = await runSample();
    const v1 = join(outDir, "v1.json");
    const doc = JSON.parse(await readFile(join(outDir, "results.json"), "utf8"));
    await writeFile(v1, JSON.stringify({ ...doc, schemaVersion: 1 }));
    await expect(readResults(v1)).rejects.toThrow(/schemaVersion 1 .*regenerate it.*baseline update/);
  });
});

describe("a large run", () => {
  it("streams 20,000 cases to disk and keeps one finding per group", async () => {
    const cases = function* () {
      for (let i = 0; i < 20_000; i++)
        yield caseResult({
          op: i % 2 ? "GetAlias" : "DeleteAlias",
          method: "GET",
          uri: `/2015-03-31/functions/f/aliases/${"a".repeat(1 + (i % 64))}`,
          phase: "invalid",
          path: i,
          status: 200,
          violation: { path: "/Name", kind: "patternMismatch", constraint: "pattern", rawOnly: false },
          verdicts: [
            { check: "statusCode", status: "fail", reason: `expected 4xx, got 200 (${i})` },
            { check: "responseSchema", status: "notApplicable" },
          ],
        });
    };
    const { outDir, outcome } = await runSample({ cases: [...cases()] });
    expect(outcome.findings.map((f) => [f.operation, f.count])).toEqual([
      ["DeleteAlias", 10_000],
      ["GetAlias", 10_000],
    ]);
    let n = 0;
    for await (const _ of readCases(join(outDir, "results.json"))) n++;
    expect(n).toBe(20_000);
    expect((await readResults(join(outDir, "results.json"))).summary.cases).toBe(20_000);
  }, 60_000);
});
