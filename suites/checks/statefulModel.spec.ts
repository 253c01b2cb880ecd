import { describe, expect, it } from "vitest";
import type { Prediction } from "../../core/check.ts";
import type { RequestCase } from "../../core/requestCase.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { statefulModel } from "./statefulModel.ts";

const service = loadModelFile("specs/lambda/model.json");
const operation = service.operations.get("GetFunction");
const answer = (status: number, type?: string, body: unknown = { message: "m" }): TransportResponse => ({
  status,
  headers: type ? { "x-amzn-errortype": type } : {},
  body: JSON.stringify(body),
  truncated: false,
  durationMs: 1,
});
const stateful = (input: Record<string, unknown>): RequestCase => ({
  operation: "GetFunction",
  phase: "stateful",
  input,
  seed: 1,
  path: "0.0",
});
const NOT_FOUND: Prediction = { status: 404, error: "ResourceNotFoundException" };

function judge(response: TransportResponse, prediction?: Prediction, input = { FunctionName: "fn-1" }) {
  if (!operation) throw new Error("GetFunction missing from the model");
  return statefulModel.run({
    case: stateful(input),
    response,
    operation,
    service,
    ...(prediction ? { prediction } : {}),
  });
}
const signature = (...args: Parameters<typeof judge>) => {
  const outcome = judge(...args);
  return outcome.status === "fail" ? outcome.signature : outcome.status;
};

describe("statefulModel", () => {
  it("passes when the answer agrees with the prediction", () => {
    expect(judge(answer(200), { status: 200 })).toEqual({ status: "pass" });
    expect(judge(answer(404, "ResourceNotFoundException"), NOT_FOUND)).toEqual({ status: "pass" });
  });

  it("fails on a diverging status or error type, naming what was predicted and answered", () => {
    expect(judge(answer(200), NOT_FOUND)).toMatchObject({
      status: "fail",
      reason: "model expects 404 ResourceNotFoundException, target answered 200",
    });
    expect(signature(answer(404, "ResourceConflictException"), NOT_FOUND)).toBe(
      "status 404 ResourceNotFoundException→404 ResourceConflictException",
    );
  });

  it("is not applicable without a prediction (stateless phases) or without an answer", () => {
    expect(judge(answer(200))).toEqual({ status: "notApplicable" });
    expect(
      judge({ ...answer(0), error: { kind: "connection", message: "refused" } }, { status: 200 }),
    ).toEqual({
      status: "notApplicable",
    });
  });

  it("runs the body check only on an agreed success", () => {
    const verify = (body: Record<string, unknown>) =>
      body.MemorySize === 128 ? undefined : "memory: got it wrong";
    expect(judge(answer(200, undefined, { MemorySize: 128 }), { status: 200, verify })).toEqual({
      status: "pass",
    });
    expect(judge(answer(200, undefined, { MemorySize: 1 }), { status: 200, verify })).toMatchObject({
      status: "fail",
      reason: "memory: got it wrong",
    });
    expect(judge(answer(404, "ResourceNotFoundException"), { ...NOT_FOUND, verify })).toEqual({
      status: "pass",
    });
  });
});

describe("statefulModel signatures", () => {
  it("names the predicted and the actual answer, not the names or messages", () => {
    const a = signature(answer(404, "ResourceNotFoundException", { message: "fn-1" }), { status: 200 });
    expect(a).toBe("status 200→404 ResourceNotFoundException");
    expect(
      signature(
        answer(404, "ResourceNotFoundException", { message: "fn-2" }),
        { status: 200 },
        {
          FunctionName: "fn-2",
        },
      ),
    ).toBe(a);
    expect(signature(answer(200), NOT_FOUND)).toBe("status 404 ResourceNotFoundException→200");
  });

  it("a body mismatch is named by its tag, not its detail", () => {
    const verify = (body: Record<string, unknown>) => `memory: got ${body.MemorySize}`;
    const a = signature(answer(200, undefined, { MemorySize: 1 }), { status: 200, verify });
    expect(a).toBe("memory");
    expect(signature(answer(200, undefined, { MemorySize: 2 }), { status: 200, verify })).toBe(a);
  });
});
