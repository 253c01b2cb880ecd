import { describe, expect, it } from "vitest";
import type { RequestCase, Violation } from "../../core/requestCase.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { UNDECIDED_QUESTIONS } from "../leniency/leniencies.ts";
import { negativeDataRejection } from "./negativeDataRejection.ts";

const service = loadModelFile("specs/lambda/model.json");
const answer = (status: number, errorType?: string): TransportResponse => ({
  status,
  headers: { "content-type": "application/json", ...(errorType ? { "x-amzn-errortype": errorType } : {}) },
  body: "{}",
  truncated: false,
  durationMs: 1,
});
const invalid = (operation: string, input: Record<string, unknown>, violation: Violation): RequestCase => ({
  operation,
  phase: "invalid",
  input,
  violation,
  seed: 1,
});
const judge = (c: RequestCase, response: TransportResponse, nameFormDefect?: string) => {
  const operation = service.operations.get(c.operation);
  if (!operation) throw new Error(c.operation);
  return negativeDataRejection.run({
    case: c,
    response,
    operation,
    service,
    ...(nameFormDefect ? { nameFormDefect } : {}),
  });
};
const tooShort = (path: string): Violation => ({
  path,
  kind: "tooShort",
  constraint: "length",
  rawOnly: false,
});
const unknown: Violation = {
  path: "/UnknownMember",
  kind: "unknownMember",
  constraint: "unknownMember",
  rawOnly: true,
};

describe("negativeDataRejection: undecided by evidence warns with the question, never fails", () => {
  it("warns on an accepted unknown body member, naming the question", () => {
    const c = invalid(
      "CreateAlias",
      { FunctionName: "f", Name: "a", FunctionVersion: "1", UnknownMember: "x" },
      unknown,
    );
    expect(judge(c, answer(201))).toEqual({
      status: "warn",
      reason: `undecided: accepted unknownMember at /UnknownMember with 201; ${UNDECIDED_QUESTIONS.unknownMember}`,
    });
  });

  it("warns on an accepted `?Qualifier=` (pattern `(|…)`, length minimum 1), naming the question", () => {
    const c = invalid("GetFunction", { FunctionName: "f", Qualifier: "" }, tooShort("/Qualifier"));
    expect(judge(c, answer(200))).toEqual({
      status: "warn",
      reason: `undecided: accepted tooShort at /Qualifier with 200; ${UNDECIDED_QUESTIONS.emptyQueryValue}`,
    });
  });

  it("still fails an empty query value its pattern refuses (ListAliases FunctionVersion)", () => {
    const c = invalid(
      "ListAliases",
      { FunctionName: "f", FunctionVersion: "" },
      tooShort("/FunctionVersion"),
    );
    expect(judge(c, answer(200)).status).toBe("fail");
  });

  it("fails an accepted too-short body S3Bucket: its length 3–63 decides, its pattern's `*` names no empty alternative", () => {
    // UpdateFunctionCode's S3Bucket: pattern `^[0-9A-Za-z\.\-_]*(?!\.)$` admits "" and "..", length minimum 3
    // refuses them; a body member is present when sent, so no "empty means absent" reading leaves it open.
    for (const S3Bucket of ["", ".."]) {
      const c = invalid("UpdateFunctionCode", { FunctionName: "f", S3Bucket }, tooShort("/S3Bucket"));
      expect(judge(c, answer(200)).status).toBe("fail");
    }
  });

  it("still fails a server error or a non-validation rejection of an undecided case", () => {
    const c = invalid("GetFunction", { FunctionName: "f", Qualifier: "" }, tooShort("/Qualifier"));
    expect(judge(c, answer(500, "ServiceException")).status).toBe("fail");
    expect(judge(c, answer(404, "ResourceNotFoundException")).status).toBe("fail");
    expect(judge(c, answer(400, "ValidationException")).status).toBe("pass");
  });

  it("still fails other accepted breaks of the same member (a pattern mismatch of Qualifier)", () => {
    const c = invalid(
      "GetFunction",
      { FunctionName: "f", Qualifier: "not valid!" },
      {
        path: "/Qualifier",
        kind: "patternMismatch",
        constraint: "pattern",
        rawOnly: false,
      },
    );
    expect(judge(c, answer(200)).status).toBe("fail");
  });
});

describe("negativeDataRejection: a 404 the target gives every valid request in the case's name form", () => {
  const arn = "arn:aws:lambda:us-east-1:123456789012:function:f";
  const c = invalid(
    "ListAliases",
    { FunctionName: arn, MaxItems: 10001 },
    { path: "/MaxItems", kind: "aboveRange", constraint: "range", rawOnly: false },
  );
  const defect = "the target answers 404 to all 5 valid requests naming the function as a full ARN";

  it("is inconclusive, naming the defect, not a MaxItems finding", () => {
    const outcome = judge(c, answer(404, "ResourceNotFoundException"), defect);
    expect(outcome.status).toBe("warn");
    expect(outcome).toMatchObject({ reason: expect.stringContaining(defect) });
  });

  it("still fails the same 404 when the form resolves, and a 2xx or 5xx in the broken form", () => {
    expect(judge(c, answer(404, "ResourceNotFoundException")).status).toBe("fail");
    expect(judge(c, answer(200), defect).status).toBe("fail");
    expect(judge(c, answer(500, "ServiceException"), defect).status).toBe("fail");
  });
});
