import { describe, expect, it } from "vitest";
import type { RequestCase } from "../../core/requestCase.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { contentType } from "./contentType.ts";

const service = loadModelFile("specs/lambda/model.json");
const operation = service.operations.get("GetFunction");
if (!operation) throw new Error("GetFunction");
const page = (status: number, headers: Record<string, string> = {}): TransportResponse => ({
  status,
  headers: { "content-type": "text/html; charset=utf-8", ...headers },
  body: "<!doctype html><title>page</title>",
  truncated: false,
  durationMs: 1,
});
const labelCase = (FunctionName: string): RequestCase => ({
  operation: "GetFunction",
  phase: "invalid",
  input: { FunctionName },
  violation: { path: "/FunctionName", kind: "patternMismatch", constraint: "pattern", rawOnly: false },
  seed: 1,
});
const judge = (c: RequestCase, response: TransportResponse) =>
  contentType.run({ case: c, response, operation, service }).status;

describe("contentType judges only what reached the operation (issue 14)", () => {
  it("does not judge a 308 redirect page for an empty path label", () => {
    expect(judge(labelCase(""), page(308, { location: "/2015-03-31/functions" }))).toBe("notApplicable");
  });

  it("does not judge the router's untyped HTML 404 for a broken label", () => {
    expect(judge(labelCase("a/b"), page(404))).toBe("notApplicable");
  });

  it("still fails an HTML error the operation sent (it names its error type)", () => {
    const typed = page(404, { "x-amzn-errortype": "ResourceNotFoundException" });
    expect(judge(labelCase("a/b"), typed)).toBe("fail");
    expect(
      judge({ ...labelCase("my-function"), phase: "valid", violation: undefined } as RequestCase, typed),
    ).toBe("fail");
  });
});
