import { describe, expect, it } from "vitest";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { compareToModel } from "./compareToModel.ts";
import { NOT_FOUND, ok, type Step } from "./step.ts";

const answer = (status: number, type?: string, message = "m"): TransportResponse => ({
  status,
  headers: type ? { "x-amzn-errortype": type } : {},
  body: JSON.stringify({ message }),
  truncated: false,
  durationMs: 1,
});
const step = (input: Record<string, unknown>, verify?: Step["verify"]): Step => ({
  operation: "GetFunction",
  input,
  expect: ok(200),
  ...(verify ? { verify } : {}),
});

describe("statefulModel signatures", () => {
  const signature = (s: Step, r: TransportResponse, body: Record<string, unknown> = {}) =>
    compareToModel(s, r, body).verdict.signature;

  it("names the predicted and the actual answer, not the names or messages", () => {
    const a = signature(step({ FunctionName: "fn-1" }), answer(404, "ResourceNotFoundException", "fn-1"));
    expect(a).toBe("status 200→404 ResourceNotFoundException");
    expect(signature(step({ FunctionName: "fn-2" }), answer(404, "ResourceNotFoundException", "fn-2"))).toBe(
      a,
    );
    expect(signature({ ...step({}), expect: NOT_FOUND }, answer(200))).toBe(
      "status 404 ResourceNotFoundException→200",
    );
  });

  it("a body mismatch is named by its tag, not its detail", () => {
    const verify = (body: Record<string, unknown>) => `memory: got ${body.MemorySize}`;
    const a = signature(step({}, verify), answer(200), { MemorySize: 1 });
    expect(a).toBe("memory");
    expect(signature(step({}, verify), answer(200), { MemorySize: 2 })).toBe(a);
  });
});
