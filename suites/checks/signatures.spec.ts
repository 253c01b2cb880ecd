/**
 * Every check's signature names the defect, not the generated values: two failing answers with the
 * same defect share it, a different defect in the same cell gets another (what the baseline gate keys on).
 */
import { describe, expect, it } from "vitest";
import type { Check } from "../../core/check.ts";
import type { RequestCase } from "../../core/requestCase.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { contentType } from "./contentType.ts";
import { errorIdentity } from "./errorIdentity.ts";
import { negativeDataRejection } from "./negativeDataRejection.ts";
import { noServerError } from "./noServerError.ts";
import { positiveDataAcceptance } from "./positiveDataAcceptance.ts";
import { responseShape } from "./responseShape.ts";
import { successStatus } from "./successStatus.ts";
import { unimplementedOperation } from "./unimplementedOperation.ts";

const service = loadModelFile("specs/lambda/model.json");

const answer = (status: number, body: unknown, headers: Record<string, string> = {}): TransportResponse => ({
  status,
  headers: { "content-type": "application/json", ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
  truncated: false,
  durationMs: 1,
});
const error = (status: number, type: string, message: string) =>
  answer(status, { message }, { "x-amzn-errortype": type });
const valid = (operation: string, input: Record<string, unknown>): RequestCase => ({
  operation,
  phase: "valid",
  input,
  seed: 1,
});
const invalid = (operation: string, input: Record<string, unknown>, path: string): RequestCase => ({
  ...valid(operation, input),
  phase: "invalid",
  violation: { path, kind: "patternMismatch", constraint: "pattern", rawOnly: false },
});

/** The signature of a failing verdict; fails the test when the check does not fail. */
function signature(check: Check, c: RequestCase, response: TransportResponse): string {
  const operation = service.operations.get(c.operation);
  if (!operation) throw new Error(c.operation);
  const outcome = check.run({ case: c, response, operation, service });
  if (outcome.status !== "fail") throw new Error(`${check.name} ${outcome.status}, expected fail`);
  return outcome.signature;
}

const CONFIG = { FunctionName: "my-function", Runtime: "nodejs20.x", MemorySize: 128, Timeout: 3 };
const getFunction = valid("GetFunction", { FunctionName: "my-function" });
const listFunctions = valid("ListFunctions", { MaxItems: 10 });
const withConfig = (change: Record<string, unknown>) =>
  answer(200, { Configuration: { ...CONFIG, ...change } });

describe("responseShape signatures", () => {
  it("names the member and keyword, not the value", () => {
    const a = signature(responseShape, getFunction, withConfig({ MemorySize: "128" }));
    expect(a).toBe("/Configuration/MemorySize type");
    expect(signature(responseShape, getFunction, withConfig({ MemorySize: "4096", Timeout: 9 }))).toBe(a);
    expect(signature(responseShape, getFunction, withConfig({ Timeout: 0 }))).toBe(
      "/Configuration/Timeout range",
    );
  });

  it("normalises list indices and map keys; several issues are sorted and deduplicated", () => {
    const list = (functions: unknown[]) => answer(200, { Functions: functions });
    const one = signature(responseShape, listFunctions, list([CONFIG, { ...CONFIG, MemorySize: "x" }]));
    expect(one).toBe("/Functions/*/MemorySize type");
    const both = list([{ ...CONFIG, MemorySize: "x" }, { ...CONFIG, MemorySize: "y" }, CONFIG]);
    expect(signature(responseShape, listFunctions, both)).toBe(one);
    const two = list([{ ...CONFIG, Timeout: 0, MemorySize: "x" }]);
    expect(signature(responseShape, listFunctions, two)).toBe(
      "/Functions/*/MemorySize type; /Functions/*/Timeout range",
    );
    const vars = (v: Record<string, unknown>) => withConfig({ Environment: { Variables: v } });
    const mapped = signature(responseShape, getFunction, vars({ AB: 1 }));
    expect(mapped).toBe("/Configuration/Environment/Variables/* type");
    expect(signature(responseShape, getFunction, vars({ OTHER_KEY: 2 }))).toBe(mapped);
  });

  it("a body that is no JSON object is its own defect", () => {
    expect(signature(responseShape, getFunction, answer(200, "[1]"))).toBe("body is not a JSON object");
    expect(signature(responseShape, getFunction, answer(200, "[2, 3]"))).toBe("body is not a JSON object");
  });
});

describe("successStatus signatures", () => {
  const create = valid("CreateFunction", { FunctionName: "f", Role: "r", Code: {} });
  it("names the status and the documented one", () => {
    const a = signature(successStatus, create, answer(200, { FunctionName: "a" }));
    expect(a).toBe("200 ≠ 201");
    expect(signature(successStatus, create, answer(200, { FunctionName: "b", MemorySize: 1 }))).toBe(a);
    expect(signature(successStatus, create, answer(202, {}))).toBe("202 ≠ 201");
  });
});

describe("errorIdentity signatures", () => {
  it("names the error type and its status, not the message", () => {
    const a = signature(errorIdentity, getFunction, error(400, "ResourceNotFoundException", "fn a"));
    expect(a).toBe("ResourceNotFoundException 400 ≠ 404");
    expect(signature(errorIdentity, getFunction, error(400, "ResourceNotFoundException", "fn b"))).toBe(a);
    expect(signature(errorIdentity, getFunction, error(409, "ResourceNotFoundException", "x"))).not.toBe(a);
    expect(signature(errorIdentity, getFunction, error(404, "NoSuchThing", "x"))).toBe(
      "undocumented NoSuchThing 404",
    );
    expect(signature(errorIdentity, getFunction, answer(400, { message: "m1" }))).toBe("no error type 400");
    expect(signature(errorIdentity, getFunction, answer(400, { message: "m2" }))).toBe("no error type 400");
  });
});

describe("contentType signatures", () => {
  const typed = (type: string, message: string) =>
    answer(404, { message }, { "content-type": type, "x-amzn-errortype": "ResourceNotFoundException" });
  it("names the media type, not its parameters or the body", () => {
    const a = signature(contentType, getFunction, typed("text/html; charset=utf-8", "a"));
    expect(a).toBe("text/html");
    expect(signature(contentType, getFunction, typed("Text/HTML; charset=latin1", "bb"))).toBe(a);
    expect(signature(contentType, getFunction, typed("text/plain", "a"))).toBe("text/plain");
  });
});

describe("noServerError signatures", () => {
  it("names the status and error type", () => {
    const a = signature(noServerError, getFunction, error(500, "ServiceException", "trace 1"));
    expect(a).toBe("500 ServiceException");
    expect(signature(noServerError, getFunction, error(500, "ServiceException", "trace 2"))).toBe(a);
    expect(signature(noServerError, getFunction, answer(502, "<html>bad gateway</html>"))).toBe(
      "502 no error type",
    );
  });
});

describe("negativeDataRejection signatures", () => {
  const bad = (qualifier: string) =>
    invalid("GetFunction", { FunctionName: "my-function", Qualifier: qualifier }, "/Qualifier");
  it("names the violated member and the answer's status class", () => {
    const a = signature(negativeDataRejection, bad("not valid!"), answer(200, { Configuration: CONFIG }));
    expect(a).toBe("/Qualifier 2xx");
    expect(signature(negativeDataRejection, bad("?%$"), answer(200, { Configuration: {} }))).toBe(a);
    expect(signature(negativeDataRejection, bad("x y"), error(500, "ServiceException", "m"))).toBe(
      "/Qualifier 5xx",
    );
    expect(signature(negativeDataRejection, bad("x y"), error(404, "ResourceNotFoundException", "m"))).toBe(
      "/Qualifier 4xx ResourceNotFoundException",
    );
  });

  it("normalises list indices in the violated path", () => {
    const layers = (i: number) =>
      invalid("CreateFunction", { FunctionName: "f", Layers: ["a", "b", "c"] }, `/Layers/${i}`);
    const a = signature(negativeDataRejection, layers(0), answer(201, {}));
    expect(a).toBe("/Layers/* 2xx");
    expect(signature(negativeDataRejection, layers(2), answer(201, {}))).toBe(a);
  });
});

describe("positiveDataAcceptance signatures", () => {
  it("names the rejecting error type and status", () => {
    const a = signature(positiveDataAcceptance, getFunction, error(400, "ValidationException", "1 error"));
    expect(a).toBe("ValidationException 400");
    expect(signature(positiveDataAcceptance, getFunction, error(400, "ValidationException", "2 errs"))).toBe(
      a,
    );
    expect(
      signature(positiveDataAcceptance, getFunction, error(400, "SerializationException", "x")),
    ).not.toBe(a);
  });
});

describe("unimplementedOperation signatures", () => {
  it("names how the target said so and the status", () => {
    const a = signature(unimplementedOperation, getFunction, answer(501, "nope"));
    expect(a).toBe("status501 501");
    expect(signature(unimplementedOperation, getFunction, answer(501, "other text"))).toBe(a);
    expect(signature(unimplementedOperation, getFunction, answer(404, "<html>no route</html>"))).toBe(
      "untypedNotFound 404",
    );
  });
});
