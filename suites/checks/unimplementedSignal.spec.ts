import { describe, expect, it } from "vitest";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { unimplementedSignal } from "./unimplementedSignal.ts";

const res = (status: number, body = "", headers: Record<string, string> = {}): TransportResponse => ({
  status,
  headers,
  body,
  truncated: false,
  durationMs: 1,
});

describe("unimplementedSignal", () => {
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
  });

  it.each([
    ["a success", res(200, '{"note":"not implemented"}')],
    ["a typed 404", res(404, "", { "x-amzn-errortype": "ResourceNotFoundException" })],
    ["a plain 500", res(500, '{"__type":"ServiceException"}')],
    ["no response", { ...res(0), error: { kind: "connection", message: "refused" } } as TransportResponse],
  ])("does not flag %s", (_name, response) => {
    expect(unimplementedSignal(response)).toBeUndefined();
  });
});
