import { describe, expect, it } from "vitest";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { hasPayloadOutput, outputValue } from "./outputValue.ts";

const service = loadModelFile("specs/lambda/model.json");
const op = (name: string) => {
  const operation = service.operations.get(name);
  if (!operation) throw new Error(name);
  return operation;
};
const res = (status: number, body: string, headers: Record<string, string> = {}): TransportResponse => ({
  status,
  headers,
  body,
  truncated: false,
  durationMs: 1,
});

describe("outputValue", () => {
  it("takes body members of a non-payload operation", () => {
    expect(outputValue(op("ListFunctions"), res(200, '{"NextMarker":"m"}'))).toEqual({
      ok: true,
      value: { NextMarker: "m" },
    });
  });

  it("maps bound headers back to member names and adds the status member; a blob payload stays out", () => {
    const response = res(200, "raw function output", {
      "x-amz-executed-version": "$LATEST",
      "x-amz-function-error": "Unhandled",
    });
    expect(outputValue(op("Invoke"), response)).toEqual({
      ok: true,
      value: { StatusCode: 200, ExecutedVersion: "$LATEST", FunctionError: "Unhandled" },
    });
  });

  it("leaves an event stream out, even a body that parses as JSON: InvokeWithResponseStream streams a union", () => {
    const frames = '{"PayloadChunk":{"Payload":"eA=="}}';
    const response = res(200, frames, {
      "x-amz-executed-version": "$LATEST",
      "content-type": "application/vnd.amazon.eventstream",
    });
    expect(outputValue(op("InvokeWithResponseStream"), response)).toEqual({
      ok: true,
      value: {
        StatusCode: 200,
        ExecutedVersion: "$LATEST",
        ResponseStreamContentType: "application/vnd.amazon.eventstream",
      },
    });
  });

  it("reports a body that is not a JSON object", () => {
    expect(outputValue(op("ListFunctions"), res(200, "[]"))).toEqual({
      ok: false,
      problem: "body is not a JSON object",
    });
  });

  it("treats an empty body as no members", () => {
    expect(outputValue(op("ListFunctions"), res(200, ""))).toEqual({ ok: true, value: {} });
  });

  it("knows payload operations", () => {
    expect(hasPayloadOutput(op("Invoke"))).toBe(true);
    expect(hasPayloadOutput(op("GetFunction"))).toBe(false);
  });
});
