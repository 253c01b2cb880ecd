import { describe, expect, it } from "vitest";
import type { RequestCase } from "../../core/requestCase.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { negativeDataRejection } from "./negativeDataRejection.ts";
import { reachesOperation } from "./preconditions.ts";

const service = loadModelFile("specs/lambda/model.json");
const operation = service.operations.get("GetFunction");
if (!operation) throw new Error("GetFunction");
const ok: TransportResponse = {
  status: 200,
  headers: {},
  body: '{"Functions":[]}',
  truncated: false,
  durationMs: 1,
};
const invalid = (FunctionName: string): RequestCase => ({
  operation: "GetFunction",
  phase: "invalid",
  input: { FunctionName },
  violation: {
    path: "/FunctionName",
    kind: FunctionName ? "patternMismatch" : "missingRequired",
    constraint: "required",
    rawOnly: false,
  },
  seed: 1,
});

describe("reachesOperation (leniency emptyLabelRoutesElsewhere)", () => {
  it("does not hold when a label is empty: GET /functions/ is ListFunctions' route", () => {
    const ctx = { case: invalid(""), response: ok, operation, service };
    expect(reachesOperation(ctx)).toBe(false);
    expect(negativeDataRejection.run(ctx)).toEqual({ status: "notApplicable" });
  });

  it("holds when every label has a value, and the check then fails an accepted invalid input", () => {
    const ctx = { case: invalid("bad name!"), response: ok, operation, service };
    expect(reachesOperation(ctx)).toBe(true);
    expect(negativeDataRejection.run(ctx).status).toBe("fail");
  });
});
