/** Realistic case results for reporter tests: passes, grouped failures, a warning, a shrunk case, an unimplemented operation, and planted fake credentials. */

import type { CaseResult, Verdict } from "../../core/caseResult.ts";
import type { Violation } from "../../core/requestCase.ts";
import { caseResult, FAKE } from "./caseResult.ts";

export { caseResult, FAKE, sampleMeta } from "./caseResult.ts";

const pass = (check: string): Verdict => ({ check, status: "pass" });
const na = (check: string): Verdict => ({ check, status: "notApplicable" });
/** A failing verdict; by default its signature is the reason without digits, standing in for a check's (values vary, the defect does not). */
const fail = (check: string, reason: string, signature = reason.replace(/\d+/g, "#")): Verdict => ({
  check,
  status: "fail",
  reason,
  signature,
});
const tooLong: Violation = { path: "/FunctionName", kind: "tooLong", constraint: "length", rawOnly: false };

/** The sample run: 5 operations, 3 checks, one operation unimplemented. */
export function sampleCases(): (CaseResult & { shrunkFrom?: string })[] {
  const cf = { op: "CreateFunction", method: "POST", uri: "/2015-03-31/functions" };
  const out: (CaseResult & { shrunkFrom?: string })[] = [];
  for (let i = 0; i < 4; i++)
    out.push(
      caseResult({
        ...cf,
        phase: "valid",
        path: i,
        status: 201,
        body: `{"FunctionName":"fn${i}","Role":"arn:aws:iam::123456789012:role/r"}`,
        verdicts: [pass("statusCode"), pass("responseSchema"), na("rejectsInvalid")],
      }),
    );
  for (let i = 0; i < 3; i++) {
    const name = "x".repeat(200 + 40 * i);
    out.push(
      caseResult({
        ...cf,
        phase: "invalid",
        path: 10 + i,
        status: 201,
        violation: tooLong,
        body: `{"FunctionName":"${name}"}`,
        responseBody: `{"FunctionName":"${name}"}`,
        verdicts: [
          fail("statusCode", "expected 4xx for tooLong /FunctionName, got 201"),
          na("responseSchema"),
          fail("rejectsInvalid", `accepted a FunctionName of ${name.length} characters (max 140)`),
        ],
      }),
    );
  }
  out.push(
    caseResult({
      ...cf,
      phase: "invalid",
      path: 99,
      status: 201,
      violation: tooLong,
      body: `{"FunctionName":"${"x".repeat(141)}"}`,
      shrunkFrom: "CreateFunction/invalid/10",
      verdicts: [
        fail("statusCode", "expected 4xx for tooLong /FunctionName, got 201"),
        na("responseSchema"),
        fail("rejectsInvalid", "accepted a FunctionName of 141 characters (max 140)"),
      ],
    }),
  );
  const gf = { op: "GetFunction", method: "GET", uri: "/2015-03-31/functions/fn0" };
  out.push(
    caseResult({
      ...gf,
      phase: "valid",
      path: 0,
      status: 200,
      responseBody: `{"Configuration":{"FunctionName":"fn0"},"Code":{"Location":"https://bucket.s3.amazonaws.com/fn0?X-Amz-Credential=${FAKE.tempKeyId}%2F20261125&X-Amz-Signature=${FAKE.signature}"}}`,
      verdicts: [
        pass("statusCode"),
        fail(
          "responseSchema",
          `Code.RepositoryType missing; token aws_session_token=${FAKE.sessionToken} aws_secret_access_key=${FAKE.secretKey}`,
          "/Code/RepositoryType required",
        ),
        na("rejectsInvalid"),
      ],
    }),
  );
  out.push(
    caseResult({
      ...gf,
      phase: "valid",
      path: 1,
      status: 200,
      verdicts: [pass("statusCode"), pass("responseSchema"), na("rejectsInvalid")],
    }),
  );
  const la = { op: "ListAliases", method: "GET", uri: "/2015-03-31/functions/fn0/aliases" };
  for (let i = 0; i < 3; i++)
    out.push(
      caseResult({
        ...la,
        phase: "valid",
        path: i,
        status: 200,
        verdicts: [pass("statusCode"), pass("responseSchema"), na("rejectsInvalid")],
      }),
    );
  out.push(
    caseResult({
      ...la,
      phase: "invalid",
      path: 5,
      status: 400,
      violation: { path: "/MaxItems", kind: "aboveRange", constraint: "range", rawOnly: false },
      verdicts: [pass("statusCode"), na("responseSchema"), pass("rejectsInvalid")],
    }),
  );
  out.push(
    caseResult({
      op: "Invoke",
      method: "POST",
      uri: "/2015-03-31/functions/fn0/invocations",
      phase: "valid",
      path: 0,
      status: 200,
      verdicts: [
        { check: "statusCode", status: "warn", reason: "200 without X-Amz-Executed-Version" },
        pass("responseSchema"),
        na("rejectsInvalid"),
      ],
    }),
  );
  out.push(
    caseResult({
      op: "PutFunctionConcurrency",
      method: "PUT",
      uri: "/2017-10-31/functions/fn0/concurrency",
      phase: "valid",
      path: 0,
      status: 501,
      body: '{"ReservedConcurrentExecutions":5}',
      responseBody: '{"message":"The PutFunctionConcurrency action has not been implemented"}',
      verdicts: [
        fail("unimplementedOperation", "501: the target does not implement PutFunctionConcurrency"),
        na("statusCode"),
        na("responseSchema"),
      ],
    }),
  );
  return out;
}
