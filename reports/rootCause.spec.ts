import { describe, expect, it } from "vitest";
import type { Finding } from "../core/finding.ts";
import { renderRootCauses } from "./html/htmlRootCauses.ts";
import { causeOf, groupRootCauses, normalizeMessage, sharedRootCauses } from "./rootCause.ts";

function finding(operation: string, check: string, status: number, body: string, signature = "x"): Finding {
  return {
    operation,
    check,
    violationKind: "none",
    signature,
    count: 1,
    reason: "r",
    example: {
      caseId: `${operation}/invalid/0`,
      phase: "invalid",
      seed: 1,
      request: { transport: "raw", method: "GET", url: "/", headers: {} },
      response: { status, headers: {}, body, truncated: false, durationMs: 1 },
      reason: "r",
      replay: "",
      curl: "",
    },
  };
}

const crash = (detail: string) =>
  JSON.stringify({
    __type: "InternalError",
    message: `exception while calling lambda.UpdateAlias: _create_routing_config_model() missing 1 required positional argument: '${detail}'`,
  });

describe("root causes", () => {
  it("puts one 5xx message met with different values under one cause", () => {
    const causes = groupRootCauses([
      finding("UpdateAlias", "noServerError", 500, crash("function_version"), "a"),
      finding("UpdateAlias", "negativeDataRejection", 500, crash("function_version"), "b"),
      finding("GetAlias", "responseShape", 200, "{}"),
    ]);
    expect(causes.map((c) => c.findings.length)).toEqual([2, 1]);
    expect(causes[0]?.cause).toMatch(/^500: exception while calling lambda.UpdateAlias/);
  });

  it("reads a 404 that names the request path as one misroute, whatever the operation", () => {
    const misroute = (op: string, tail: string) =>
      finding(
        op,
        "errorIdentity",
        404,
        JSON.stringify({ message: `Function not found: /2021-07-20/functions/f/${tail}` }),
      );
    const a = causeOf(misroute("GetRuntimeManagementConfig", "runtime-management-config"));
    expect(a).toBe("misroute: 404 Function not found: <path>");
    expect(causeOf(misroute("PutFunctionRecursionConfig", "recursion-config"))).toBe(a);
  });

  it("leaves a finding whose answer says nothing shared on its own", () => {
    expect(causeOf(finding("GetFunction", "responseShape", 200, "{}"))).toBeUndefined();
    expect(
      causeOf(finding("GetFunction", "errorIdentity", 400, JSON.stringify({ message: "bad" }))),
    ).toBeUndefined();
  });

  it("replaces ARNs, ids, quoted values and numbers, not words", () => {
    expect(
      normalizeMessage(
        "Version arn:aws:lambda:us-east-1:000000000000:function:f:3 of 'x' (12) needs S3 8c1e0f0a-1111-2222-3333-444455556666 at byte 0xf6",
      ),
    ).toBe("Version <arn> of '…' (N) needs S3 <id> at byte N");
  });

  it("records the shared causes for results.json by finding key, and leaves a lone finding out", () => {
    const findings = [
      finding("UpdateAlias", "noServerError", 500, crash("function_version"), "a"),
      finding("UpdateAlias", "negativeDataRejection", 500, crash("function_version"), "b"),
      finding("GetAlias", "responseShape", 200, "{}"),
    ];
    const shared = sharedRootCauses(findings);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.findings).toEqual([
      "UpdateAlias|noServerError|none|a",
      "UpdateAlias|negativeDataRejection|none|b",
    ]);
  });

  it("lists the shared causes in report.html, each finding linked to its drill-down", () => {
    const findings = [
      finding("UpdateAlias", "noServerError", 500, crash("function_version"), "a"),
      finding("UpdateAlias", "negativeDataRejection", 500, crash("function_version"), "b"),
      finding("GetAlias", "responseShape", 200, "{}"),
    ];
    const html = renderRootCauses(findings, (f) => `f-${findings.indexOf(f)}`);
    expect(html).toContain("Root causes (3 findings from 2 causes");
    expect(html).toContain('href="#f-0"');
    expect(html).toContain('href="#f-1"');
    expect(html).not.toContain('href="#f-2"');
    expect(renderRootCauses(findings.slice(2), () => "f")).toBe("");
  });
});
