import { describe, expect, it } from "vitest";
import type { Finding } from "../../core/finding.ts";
import { renderFinding } from "./htmlFinding.ts";

const request = (method: string, path: string) => ({
  transport: "raw" as const,
  method,
  url: `http://127.0.0.1:42303${path}`,
  headers: {},
});

function stateful(sequence: ReturnType<typeof request>[]): Finding {
  const last = sequence.at(-1) ?? request("GET", "/");
  return {
    operation: "CreateFunction",
    check: "statefulModel",
    violationKind: "none",
    signature: "status 409 ResourceConflictException→201",
    count: 1,
    reason: "model expects 409 ResourceConflictException, target answered 201",
    example: {
      caseId: "CreateFunction/stateful/0.1",
      phase: "stateful",
      seed: 1,
      request: last,
      response: { status: 201, headers: {}, body: "{}", truncated: false, durationMs: 1 },
      reason: "model expects 409",
      replay: "npx lambda-conformance run --phases stateful --seed 1",
      curl: `curl -sS -X POST "$AWS_ENDPOINT_URL_LAMBDA"'/2015-03-31/functions'`,
      setup: ["lc-37d28882-role: IAM role Lambda can assume"],
      sequence,
    },
  };
}

describe("a finding's drill-down", () => {
  it("lists a stateful finding's whole command sequence, in order, as curl lines, and the set-up it needs", () => {
    const html = renderFinding(
      stateful([request("POST", "/2015-03-31/functions"), request("POST", "/2015-03-31/functions")]),
      "f-0",
    );
    expect(html).toContain("Command sequence (2 requests, in order; the last one failed)");
    expect(html.match(/# [12]\. POST \/2015-03-31\/functions/g)).toHaveLength(2);
    expect(html).toContain("lc-37d28882-role: IAM role");
    // The request as sent keeps its URL; the reproducers take the endpoint from the variable.
    const sequence = /<pre class="sequence">([^<]*)<\/pre>/.exec(html)?.[1] ?? "";
    // Element text escapes only what HTML needs there (reports/text.ts): the quotes stay as typed.
    expect(sequence).toContain(`"$AWS_ENDPOINT_URL_LAMBDA"'/2015-03-31/functions'`);
    expect(sequence).not.toContain("42303");
  });

  it("shows no sequence block for a sequence of the example's own request alone", () => {
    expect(renderFinding(stateful([request("POST", "/2015-03-31/functions")]), "f-0")).not.toContain(
      "Command sequence",
    );
  });
});
