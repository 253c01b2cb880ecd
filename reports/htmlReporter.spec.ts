import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runSample } from "../testkit/reportFixtures/runSample.ts";
import { caseResult, sampleCases } from "../testkit/reportFixtures/sampleRun.ts";

describe("report.html (as text)", () => {
  it("is one self-contained page: inline style and script, no external resource", async () => {
    const { outDir } = await runSample();
    const html = await readFile(join(outDir, "report.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<style>");
    expect(html).not.toMatch(/<(?:link|img|iframe)\b/);
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=/);
    expect(html).not.toMatch(/url\(\s*["']?https?:/);
    expect(html).toContain('<svg id="chart"');
  });

  it("shows the other checks that failed on a finding's response (issue 14)", async () => {
    const { outDir } = await runSample();
    const html = await readFile(join(outDir, "report.html"), "utf8");
    expect(html).toContain("<b>Same response also failed:</b> rejectsInvalid");
  });

  it("escapes whatever the target sent back", async () => {
    const hostile = caseResult({
      op: "GetFunction",
      method: "GET",
      uri: "/2015-03-31/functions/f",
      phase: "valid",
      path: 3,
      status: 500,
      responseBody: '<script>alert(1)</script><img src="http://evil.invalid/x">',
      verdicts: [{ check: "statusCode", status: "fail", reason: "500 <b>boom</b>" }],
    });
    const { outDir } = await runSample({ cases: [...sampleCases(), hostile] });
    const html = await readFile(join(outDir, "report.html"), "utf8");
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("500 &lt;b&gt;boom&lt;/b&gt;");
  });
});
