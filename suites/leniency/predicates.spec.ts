import { describe, expect, it } from "vitest";
import { countsAsRejection } from "./countsAsRejection.ts";
import { enumDrift } from "./enumDrift.ts";
import { extraCommonErrorStatus } from "./extraCommonErrorStatus.ts";
import { judgeMediaType } from "./judgeMediaType.ts";
import { rejectionClass } from "./rejectionClass.ts";

describe("extraCommonErrorStatus", () => {
  it("knows the error types AWS sends beyond the document's common list", () => {
    expect(extraCommonErrorStatus("ValidationException")).toBe(400);
    expect(extraCommonErrorStatus("InvalidSignatureException")).toBe(403);
    expect(extraCommonErrorStatus("ValidationError")).toBeUndefined();
    expect(extraCommonErrorStatus("toString")).toBeUndefined();
  });
});

describe("rejectionClass", () => {
  it.each([
    ["ValidationException", "schema"],
    ["ValidationError", "schema"],
    ["InvalidRequestContentException", "schema"],
    ["SerializationException", "schema"],
    ["InvalidParameterValueException", "semantic"],
    ["RequestEntityTooLargeException", "size"],
    ["ResourceNotFoundException", undefined],
    [undefined, undefined],
  ])("%s → %s", (type, expected) => {
    expect(rejectionClass(type)).toBe(expected);
  });
});

describe("countsAsRejection", () => {
  it("takes validation-type errors, and anything for a label violation", () => {
    expect(countsAsRejection("ValidationException", false)).toBe(true);
    expect(countsAsRejection("RequestTooLargeException", false)).toBe(true);
    expect(countsAsRejection("ResourceNotFoundException", false)).toBe(false);
    expect(countsAsRejection(undefined, false)).toBe(false);
    expect(countsAsRejection("UnknownOperationException", true)).toBe(true);
  });
});

describe("judgeMediaType", () => {
  it.each([
    ["application/json", "pass"],
    ["Application/JSON; charset=UTF-8", "pass"],
    ["application/x-amz-json-1.1", "warn"],
    ["application/x-amz-json-1.0", "warn"],
    ["text/html; charset=utf-8", "fail"],
    ["text/plain", "fail"],
    ["", "fail"],
    [undefined, "fail"],
    ["constructor", "fail"],
  ])("%s → %s", (header, verdict) => {
    expect(judgeMediaType(header)).toBe(verdict);
  });
});

describe("enumDrift", () => {
  const runtimes = ["python3.11", "python3.12", "nodejs18.x", "nodejs20.x", "java21", "dotnet6", "provided"];
  it.each(["python3.13", "nodejs24.x", "java25", "dotnet8"])("%s extends a documented family", (value) => {
    expect(enumDrift("Runtime", runtimes, value)).toMatch(/newer version of the documented .* family/);
  });
  it.each(["cobol85.x", "python3.5", "provided.al9", "ruby9", "python"])("%s fits nothing", (value) => {
    expect(enumDrift("Runtime", runtimes, value)).toBeUndefined();
  });
  it("takes a value recorded from AWS for that enum only", () => {
    expect(enumDrift("LastUpdateStatusReasonCode", [], "Creating")).toMatch(/recorded from AWS/);
    expect(enumDrift("Runtime", runtimes, "Creating")).toBeUndefined();
  });
});
