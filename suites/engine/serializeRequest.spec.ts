import { describe, expect, it } from "vitest";
import type { RequestCase } from "../../core/requestCase.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { serializeRequest } from "./serializeRequest.ts";

const service = loadModelFile("specs/lambda/model.json");
const op = (name: string) => {
  const o = service.operations.get(name);
  if (!o) throw new Error(name);
  return o;
};
const c = (
  operation: string,
  input: Record<string, unknown>,
  extra: Partial<RequestCase> = {},
): RequestCase => ({
  operation,
  phase: "valid",
  input,
  seed: 1,
  ...extra,
});

describe("serializeRequest (restJson1 bindings from the model)", () => {
  it("puts labels in the path (encoded), query members in the query, the rest in a JSON body", () => {
    const r = serializeRequest(
      op("AddPermission"),
      c("AddPermission", {
        FunctionName: "arn:aws:lambda:us-west-2:123456789012:function:my fn",
        Qualifier: "live",
        Action: "lambda:InvokeFunction",
        StatementId: "s1",
        Principal: "*",
      }),
    );
    expect(r.method).toBe("POST");
    expect(r.path).toBe(
      "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-west-2%3A123456789012%3Afunction%3Amy%20fn/policy",
    );
    expect(r.query).toEqual({ Qualifier: "live" });
    expect(JSON.parse(String(r.body))).toEqual({
      Action: "lambda:InvokeFunction",
      StatementId: "s1",
      Principal: "*",
    });
    expect(r.headers?.["content-type"]).toBe("application/json");
  });

  it("sends Invoke's headers and its blob payload as bytes", () => {
    const r = serializeRequest(
      op("Invoke"),
      c("Invoke", {
        FunctionName: "f",
        InvocationType: "DryRun",
        Payload: Buffer.from('{"a":1}').toString("base64"),
      }),
    );
    expect(r.headers?.["X-Amz-Invocation-Type"]).toBe("DryRun");
    expect(Buffer.isBuffer(r.body) && r.body.toString()).toBe('{"a":1}');
  });

  it("keeps literal query parts of the URI and wrong types as they are", () => {
    const r = serializeRequest(op("GetLayerVersionByArn"), c("GetLayerVersionByArn", { Arn: "x" }));
    expect(r.query).toEqual({ find: "LayerVersion", Arn: "x" });
    const wrong = serializeRequest(
      op("PutFunctionConcurrency"),
      c("PutFunctionConcurrency", {
        FunctionName: "f",
        ReservedConcurrentExecutions: "ten",
      }),
    );
    expect(JSON.parse(String(wrong.body))).toEqual({ ReservedConcurrentExecutions: "ten" });
  });

  it("sends unknown members and raw bodies unchanged", () => {
    const unknown = serializeRequest(
      op("PutFunctionConcurrency"),
      c("PutFunctionConcurrency", {
        FunctionName: "f",
        ReservedConcurrentExecutions: 1,
        Bogus: true,
      }),
    );
    expect(JSON.parse(String(unknown.body))).toEqual({ ReservedConcurrentExecutions: 1, Bogus: true });
    const malformed = serializeRequest(
      op("PutFunctionConcurrency"),
      c("PutFunctionConcurrency", { FunctionName: "f" }, { rawBody: '{"Reserved' }),
    );
    expect(malformed.body).toBe('{"Reserved');
  });

  it("leaves an empty path segment for a missing label", () => {
    expect(serializeRequest(op("GetFunction"), c("GetFunction", {})).path).toBe("/2015-03-31/functions/");
  });
});
