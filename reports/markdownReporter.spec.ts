import { describe, expect, it } from "vitest";
import { sampleCases, sampleMeta } from "../testkit/reportFixtures/sampleRun.ts";
import { FindingAccumulator } from "./findingAccumulator.ts";
import { renderMarkdown, TOP_FAILURES } from "./markdownReporter.ts";
import type { ReportData } from "./resultsDoc.ts";

function sampleData(): ReportData {
  const acc = new FindingAccumulator();
  for (const c of sampleCases()) acc.add(c);
  const summary = {
    finishedAt: "2026-11-25T14:52:00.000Z",
    exitReason: "completed" as const,
    cases: acc.cases,
    counts: acc.counts(),
    unimplementedOperations: ["PutFunctionConcurrency"],
  };
  return { meta: sampleMeta(), summary, findings: acc.findings() };
}

describe("renderMarkdown", () => {
  it("gives overall and per-operation conformance and the top failures with one-line reasons", () => {
    const md = renderMarkdown(sampleData());
    expect(md).toContain("## Lambda API conformance: moto 5.0.28");
    expect(md).toContain(
      "**70.0%** conformance (21 of 30 applicable verdicts passed) · 4 findings · 16 cases",
    );
    expect(md).toContain("| CreateFunction | 57.1% | 8 | 6 | — | ❌ |");
    expect(md).toContain("| ListAliases | 100.0% | 8 | 0 | — | ✅ |");
    expect(md).toContain("| PutFunctionConcurrency | — | 0 | 1 | — | ⚪ unimplemented |");
    expect(md).toContain(
      // One response failed both checks: the row says so (issue 14, findings that share one response).
      "| ❌ | CreateFunction | statusCode | tooLong | expected #xx for tooLong /FunctionName, got # | 3 | expected 4xx for tooLong /FunctionName, got 201 (same response also failed: rejectsInvalid) |",
    );
    expect(md).toContain("Reproduce the first: `npx lambda-conformance run --ops CreateFunction");
  });

  it("keeps a PR comment short: at most TOP_FAILURES findings, sorted by count", () => {
    const data = sampleData();
    const many = Array.from({ length: 40 }, (_, i) => ({
      ...data.findings[0],
      check: `check${i}`,
      count: i + 1,
      reason: `r${i}\nsecond line`,
    }));
    const md = renderMarkdown({ ...data, findings: many as ReportData["findings"] });
    expect(md).toContain(`### Top failures (${TOP_FAILURES} of 40; all in report.html)`);
    expect(md).toContain(
      "| check39 | tooLong | accepted a FunctionName of # characters (max #) | 40 | r39 (same response also failed: statusCode) |",
    );
    expect(md).not.toContain("second line");
  });

  it("escapes table-breaking characters", () => {
    const data = sampleData();
    const first = data.findings[0];
    if (!first) throw new Error("no finding");
    const md = renderMarkdown({ ...data, findings: [{ ...first, reason: "a|b <script>" }] });
    expect(md).toContain("a\\|b &lt;script>");
  });
});
