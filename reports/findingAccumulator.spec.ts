import { describe, expect, it } from "vitest";
import { SERVICE_WIDE } from "../core/finding.ts";
import { PROBES } from "../suites/protocol/probes.ts";
import { caseResult, sampleCases } from "../testkit/reportFixtures/sampleRun.ts";
import { FindingAccumulator } from "./findingAccumulator.ts";

describe("FindingAccumulator", () => {
  it("groups failures by (operation, check, violation kind) with a count and the smallest example", () => {
    const acc = new FindingAccumulator("us-east-1");
    for (const c of sampleCases()) acc.add(c);
    const findings = acc.findings();
    expect(findings.map((f) => `${f.operation}|${f.check}|${f.violationKind}|${f.count}`)).toEqual([
      "CreateFunction|rejectsInvalid|tooLong|3",
      "CreateFunction|statusCode|tooLong|3",
      "GetFunction|responseSchema|none|1",
      "PutFunctionConcurrency|unimplementedOperation|none|1",
    ]);
    const tooLong = findings[1];
    // The shrunk replay is the smallest request: it becomes the example but is not counted.
    expect(tooLong?.example.caseId).toBe("CreateFunction/invalid/99");
    expect(tooLong?.example.curl).toMatch(/^curl -sS -X POST /);
    expect(tooLong?.example.request.headers.authorization).toBe("<redacted>");
  });

  it("ties findings of one response together: every verdict kept, each naming the others (issue 14)", () => {
    const acc = new FindingAccumulator();
    const fail = (check: string) => ({ check, status: "fail" as const, reason: `${check} failed` });
    acc.add(
      caseResult({
        op: "Invoke",
        method: "POST",
        uri: "/2015-03-31/functions/f/invocations",
        phase: "invalid",
        path: 0,
        status: 500,
        responseBody: "<html>500</html>",
        violation: { path: "", kind: "malformedJson", constraint: "json", rawOnly: true },
        verdicts: [
          fail("noServerError"),
          fail("errorIdentity"),
          fail("contentType"),
          { check: "successStatus", status: "pass" },
        ],
      }),
    );
    const findings = acc.findings();
    expect(findings.map((f) => f.check)).toEqual(["contentType", "errorIdentity", "noServerError"]);
    expect(Object.fromEntries(findings.map((f) => [f.check, f.example.alsoFailed]))).toEqual({
      contentType: ["noServerError", "errorIdentity"],
      errorIdentity: ["noServerError", "contentType"],
      noServerError: ["errorIdentity", "contentType"],
    });
  });

  it("counts verdicts per (operation, check), leaving shrunk replays out", () => {
    const acc = new FindingAccumulator();
    for (const c of sampleCases()) acc.add(c);
    const cell = acc.counts().find((c) => c.operation === "CreateFunction" && c.check === "statusCode");
    expect(cell).toEqual({
      operation: "CreateFunction",
      check: "statusCode",
      pass: 4,
      fail: 3,
      warn: 0,
      notApplicable: 0,
    });
    expect(acc.cases).toBe(16);
  });

  it("keeps one example per group however many cases arrive (memory flat in cases)", () => {
    const acc = new FindingAccumulator();
    for (let i = 0; i < 5000; i++)
      acc.add(
        caseResult({
          op: "GetAlias",
          method: "GET",
          uri: `/2015-03-31/functions/f/aliases/${"a".repeat(1 + (i % 50))}`,
          phase: "invalid",
          path: i,
          status: 200,
          violation: { path: "/Name", kind: "patternMismatch", constraint: "pattern", rawOnly: false },
          verdicts: [{ check: "statusCode", status: "fail", reason: `got 200 for case ${i}` }],
        }),
      );
    const findings = acc.findings();
    expect(findings).toHaveLength(1);
    expect(findings[0]?.count).toBe(5000);
    expect(findings[0]?.example.request.url.endsWith("/aliases/a")).toBe(true);
    expect(findings[0]?.reason).toBe("got 200 for case 0");
  });

  it("reports a service-wide probe failure once, listing its operations; an operation-scoped one per operation", () => {
    const acc = new FindingAccumulator();
    const probed = (op: string, kind: "unsigned" | "undecodableBody", i: number) => {
      const r = caseResult({
        op,
        method: "GET",
        uri: `/2015-03-31/${op}`,
        phase: "protocol",
        path: i,
        status: 200,
        verdicts: [
          { check: "authenticationEnforced", status: "fail", reason: "served", signature: "not refused" },
        ],
      });
      return { ...r, case: { ...r.case, probe: PROBES[kind] } };
    };
    acc.add(probed("ListLayers", "unsigned", 2));
    acc.add(probed("GetFunction", "unsigned", 2));
    acc.add(probed("ListLayers", "unsigned", 2));
    acc.add(probed("CreateAlias", "undecodableBody", 3));
    acc.add(probed("UpdateAlias", "undecodableBody", 3));
    expect(acc.findings().map((f) => [f.operation, f.violationKind, f.count, f.operations])).toEqual([
      [SERVICE_WIDE, "unsigned", 3, ["GetFunction", "ListLayers"]],
      ["CreateAlias", "undecodableBody", 1, undefined],
      ["UpdateAlias", "undecodableBody", 1, undefined],
    ]);
    expect(acc.counts().map((c) => c.operation)).toEqual([
      "CreateAlias",
      "GetFunction",
      "ListLayers",
      "UpdateAlias",
    ]);
  });
});
