import { describe, expect, it } from "vitest";
import { parseErrorType } from "./parseErrorType.ts";

const res = (headers: Record<string, string>, body: unknown = "") => ({
  headers,
  body: typeof body === "string" ? body : JSON.stringify(body),
});

describe("parseErrorType", () => {
  it.each([
    ["bare header", res({ "x-amzn-errortype": "ResourceNotFoundException" }), "ResourceNotFoundException"],
    [
      "header with the Coral `:` suffix",
      res({
        "x-amzn-errortype":
          "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.lambda/",
      }),
      "ResourceNotFoundException",
    ],
    [
      "header with a namespace",
      res({ "x-amzn-errortype": "com.amazonaws.lambda#TooManyRequestsException" }),
      "TooManyRequestsException",
    ],
    ["header name in any case", res({ "X-Amzn-ErrorType": "ServiceException" }), "ServiceException"],
    [
      "header with a `,` list",
      res({ "x-amzn-errortype": "ThrottlingException,Other" }),
      "ThrottlingException",
    ],
    ["body code", res({}, { code: "InvalidParameterValueException" }), "InvalidParameterValueException"],
    ["body Code in any case", res({}, { Code: "ValidationException" }), "ValidationException"],
    ["body __type with namespace and suffix", res({}, { __type: "com.amazonaws.lambda#Foo:bar" }), "Foo"],
  ])("reads %s", (_name, response, expected) => {
    expect(parseErrorType(response)).toBe(expected);
  });

  it("prefers the header over the body, and body code over __type, as the SDK does", () => {
    expect(parseErrorType(res({ "x-amzn-errortype": "A" }, { code: "B", __type: "C" }))).toBe("A");
    expect(parseErrorType(res({}, { code: "B", __type: "C" }))).toBe("B");
  });

  it("never reads Lambda's body Type, which is the fault (User/Service), not the name", () => {
    expect(parseErrorType(res({}, { Type: "User", Message: "nope" }))).toBeUndefined();
  });

  it.each([
    ["an empty body", res({})],
    ["an HTML body", res({}, "<html><body>Not Found</body></html>")],
    ["a JSON array", res({}, [1, 2])],
    ["an empty header", res({ "x-amzn-errortype": "" }, { code: "B" })],
    ["a code that is an object (the SDK's reader throws on it)", res({}, { code: { nested: true } })],
    ["a code that is a boolean", res({}, { code: true })],
  ])("finds no type in %s", (_name, response) => {
    expect(parseErrorType(response)).toBeUndefined();
  });
});
