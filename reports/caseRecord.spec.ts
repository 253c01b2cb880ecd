/** A stored case read back is the case the reporters saw: `merge` groups shards' cases by what it keeps. */
import { describe, expect, it } from "vitest";
import type { CaseResult } from "../core/caseResult.ts";
import { caseResult, sampleCases } from "../testkit/reportFixtures/sampleRun.ts";
import { fromCaseRecord, toCaseRecord } from "./caseRecord.ts";
import { violationKindOf } from "./findingAccumulator.ts";
import { STORED_BODY_CHARS } from "./storedBody.ts";

const LIST = {
  op: "ListFunctions",
  method: "GET",
  uri: "/2015-03-31/functions",
  phase: "valid",
  path: 0,
} as const;
/** A ListFunctions answer longer than a record keeps. */
const LONG_BODY = JSON.stringify({
  Functions: Array.from({ length: 200 }, (_, i) => ({ FunctionName: `fn-${i}` })),
});

describe("caseRecord", () => {
  it("keeps a protocol probe, so a merged service-wide failure groups as in the run", () => {
    const [first] = sampleCases();
    if (!first) throw new Error("no sample case");
    const probed: CaseResult = {
      ...first,
      case: {
        ...first.case,
        phase: "protocol",
        probe: { kind: "unsigned", breaks: "no Authorization header", expects: "403", scope: "service" },
      },
    };
    const back = fromCaseRecord(JSON.parse(JSON.stringify(toCaseRecord(probed))));
    expect(back.case.probe).toEqual(probed.case.probe);
    expect(violationKindOf(back)).toBe("unsigned");
  });

  it("keeps a stateful exchange's command sequence, so a merged run picks and shows the same example", () => {
    const [first] = sampleCases();
    if (!first) throw new Error("no sample case");
    const sequenced: CaseResult = { ...first, sequence: [first.request, first.request] };
    const back = fromCaseRecord(JSON.parse(JSON.stringify(toCaseRecord(sequenced))));
    expect(back.sequence).toHaveLength(2);
  });

  it("keeps a passed 2xx compact: what was sent, the status, the body's length and hash", () => {
    const passed = caseResult({
      ...LIST,
      status: 200,
      responseBody: LONG_BODY,
      verdicts: [
        { check: "noServerError", status: "pass" },
        { check: "errorIdentity", status: "notApplicable" },
      ],
    });
    const record = toCaseRecord(passed);
    expect(record.request).toEqual({ transport: "raw", method: "GET", url: passed.request.url });
    expect(record.response).toMatchObject({ status: 200, body: "", bodyCut: { length: LONG_BODY.length } });
    expect(record.response.headers).toBeUndefined();
    expect(record.response.bodyCut?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const back = fromCaseRecord(JSON.parse(JSON.stringify(record)));
    expect(back.verdicts).toEqual(passed.verdicts);
    expect(back.request.headers).toEqual({});
  });

  it("keeps a passed error answer's headers and body, which name its error type", () => {
    const rejected = caseResult({
      ...LIST,
      status: 400,
      responseBody: '{"__type":"InvalidParameterValueException"}',
      verdicts: [{ check: "negativeDataRejection", status: "pass" }],
    });
    const record = toCaseRecord(rejected);
    expect(record.request.headers).toBeUndefined();
    expect(record.response).toMatchObject({
      body: rejected.response.body,
      headers: rejected.response.headers,
    });
    expect(record.response.bodyCut).toBeUndefined();
  });

  it("keeps a failing case's headers, and a long body's head with its whole length", () => {
    const failed = caseResult({
      ...LIST,
      status: 200,
      responseBody: LONG_BODY,
      verdicts: [{ check: "responseShape", status: "fail", reason: "bad", signature: "bad" }],
    });
    const record = toCaseRecord(failed);
    expect(Object.keys(record.request.headers ?? {})).toContain("x-amz-date");
    expect(record.request.headers?.authorization).toBe("<redacted>");
    expect(record.response.headers).toEqual(failed.response.headers);
    expect(record.response.body).toBe(LONG_BODY.slice(0, STORED_BODY_CHARS));
    expect(record.response.bodyCut?.length).toBe(LONG_BODY.length);
    // Read back (merge) and stored again, the record keeps the whole body's length and hash.
    expect(toCaseRecord(fromCaseRecord(JSON.parse(JSON.stringify(record)))).response).toEqual(
      record.response,
    );
  });
});
