import { describe, expect, it } from "vitest";
import type { CheckContext } from "../../core/check.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { isUnimplemented, unimplementedSignal } from "./isUnimplemented.ts";

const res = (status: number, body = "", headers: Record<string, string> = {}): TransportResponse => ({
  status,
  headers,
  body,
  truncated: false,
  durationMs: 1,
});

describe("isUnimplemented", () => {
  it.each([
    ["501", res(501), "status501"],
    [
      "NotImplemented type",
      res(400, "", { "x-amzn-errortype": "NotImplementedException" }),
      "notImplementedErrorType",
    ],
    [
      "UnknownOperationException",
      res(404, '{"__type":"UnknownOperationException"}'),
      "notImplementedErrorType",
    ],
    [
      "LocalStack's text",
      res(
        500,
        '{"__type":"InternalFailure","message":"API action \'X\' for service \'lambda\' not yet implemented"}',
      ),
      "notImplementedText",
    ],
    [
      "an untyped HTML 404",
      res(404, "<html>Not Found</html>", { "content-type": "text/html" }),
      "untypedNotFound",
    ],
    ["an untyped 405", res(405), "untypedNotFound"],
  ])("recognises %s", (_name, response, id) => {
    expect(unimplementedSignal(response)?.id).toBe(id);
    expect(isUnimplemented(response)).toBe(true);
  });

  it.each([
    ["a success", res(200, '{"note":"not implemented"}')],
    ["a typed 404", res(404, "", { "x-amzn-errortype": "ResourceNotFoundException" })],
    ["a plain 500", res(500, '{"__type":"ServiceException"}')],
    ["no response", { ...res(0), error: { kind: "connection", message: "refused" } } as TransportResponse],
  ])("does not flag %s", (_name, response) => {
    expect(isUnimplemented(response)).toBe(false);
  });
});

describe("isUnimplemented with the case that was sent", () => {
  const service = loadModelFile("specs/lambda/model.json");
  const operation = service.operations.get("GetFunction");
  const routingMiss = res(404, "", { "x-amzn-errortype": "UnknownOperationException" });
  const sent = (path: string): Pick<CheckContext, "case" | "operation"> => {
    if (!operation) throw new Error("GetFunction");
    const violation = { path, kind: "patternMismatch", constraint: "pattern", rawOnly: false } as const;
    return { operation, case: { operation: "GetFunction", phase: "invalid", input: {}, violation, seed: 0 } };
  };

  it("does not read a routing miss after a broken label as unimplemented (labelViolationRouting)", () => {
    expect(isUnimplemented(routingMiss, sent("/FunctionName"))).toBe(false);
  });

  it("still flags it for a violation elsewhere", () => {
    expect(isUnimplemented(routingMiss, sent("/Qualifier"))).toBe(true);
  });
});
