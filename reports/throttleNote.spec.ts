import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { caseResult, sampleMeta } from "../testkit/reportFixtures/sampleRun.ts";
import { createReporters } from "./createReporters.ts";
import { validateResultsDoc } from "./resultsSchema.ts";
import { throttleNote } from "./throttleNote.ts";

const base = {
  op: "ListFunctions",
  method: "GET",
  uri: "/2015-03-31/functions/",
  phase: "valid" as const,
  verdicts: [{ check: "noServerError", status: "pass" as const }],
};

describe("throttle counts in reports", () => {
  it("says nothing when nothing was throttled", () => {
    expect(throttleNote({})).toBe("");
  });

  it("counts throttled cases, retries and persisted throttles into results.json, report.md and report.html", async () => {
    const out = await mkdtemp(join(tmpdir(), "lc-throttle-"));
    const reporters = createReporters(out, { failOn: "none" });
    await reporters.onRunStart(sampleMeta());
    await reporters.onCase({
      ...caseResult({ ...base, path: 1, status: 200 }),
      throttled: { retries: 2, persisted: false },
    });
    await reporters.onCase({
      ...caseResult({ ...base, path: 2, status: 429 }),
      throttled: { retries: 4, persisted: true },
    });
    await reporters.onCase(caseResult({ ...base, path: 3, status: 200 }));
    await reporters.onRunEnd({ exitReason: "completed", unimplementedOperations: [] });

    const doc = JSON.parse(await readFile(join(out, "results.json"), "utf8"));
    expect(validateResultsDoc(doc)).toEqual([]);
    expect(doc.summary.throttles).toEqual({ cases: 2, retries: 6, persisted: 1 });
    expect(doc.cases[0].throttled).toEqual({ retries: 2, persisted: false });
    expect(doc.cases[2].throttled).toBeUndefined();
    const note = "2 throttled (6 retries, 1 persisted)";
    expect(await readFile(join(out, "report.md"), "utf8")).toContain(note);
    expect(await readFile(join(out, "report.html"), "utf8")).toContain(note);
  });
});
