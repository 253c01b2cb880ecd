import { describe, expect, it } from "vitest";
import type { RequestCase } from "../../core/requestCase.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { createNameForms, nameFormOf } from "./nameForm.ts";

const service = loadModelFile("specs/lambda/model.json");
const listAliases = service.operations.get("ListAliases");
if (!listAliases) throw new Error("ListAliases");
const ARN = "arn:aws:lambda:us-east-1:123456789012:function:f";
const valid = (FunctionName: string): RequestCase => ({
  operation: "ListAliases",
  phase: "valid",
  input: { FunctionName },
  seed: 1,
});
const invalid = (FunctionName: string): RequestCase => ({
  operation: "ListAliases",
  phase: "invalid",
  input: { FunctionName, MaxItems: 10001 },
  violation: { path: "/MaxItems", kind: "aboveRange", constraint: "range", rawOnly: false },
  seed: 1,
});

describe("nameFormOf", () => {
  it("tells the document's three forms apart, with and without a qualifier", () => {
    expect(nameFormOf(listAliases, { FunctionName: "f" })).toBe("name");
    expect(nameFormOf(listAliases, { FunctionName: "f:live" })).toBe("name with a qualifier");
    expect(nameFormOf(listAliases, { FunctionName: ARN })).toBe("full ARN");
    expect(nameFormOf(listAliases, { FunctionName: `${ARN}:1` })).toBe("full ARN with a qualifier");
    expect(nameFormOf(listAliases, { FunctionName: "123456789012:function:f" })).toBe("partial ARN");
  });

  it("has no form for an operation without a FunctionName label", () => {
    const listFunctions = service.operations.get("ListFunctions");
    if (!listFunctions) throw new Error("ListFunctions");
    expect(nameFormOf(listFunctions, { FunctionName: "f" })).toBeUndefined();
  });
});

describe("createNameForms", () => {
  it("names the defect when every valid request in one form 404s and another form succeeds", () => {
    const forms = createNameForms(listAliases);
    for (let i = 0; i < 3; i++) forms.note(valid(ARN), 404);
    forms.note(valid("f"), 200);
    expect(forms.defectOf(invalid(ARN))).toMatch(/all 3 valid requests naming the function as a full ARN/);
    expect(forms.defectOf(invalid("f"))).toBeUndefined();
  });

  it("says nothing when one valid request in the form succeeded, or no other form ever did", () => {
    const some = createNameForms(listAliases);
    some.note(valid(ARN), 404);
    some.note(valid(ARN), 200);
    expect(some.defectOf(invalid(ARN))).toBeUndefined();
    const none = createNameForms(listAliases);
    none.note(valid(ARN), 404);
    none.note(valid("f"), 404);
    expect(none.defectOf(invalid(ARN))).toBeUndefined();
  });
});
