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
  it("tells the document's three forms apart, qualified in the name or by Qualifier, or not", () => {
    const form = (FunctionName: string, Qualifier?: string) =>
      nameFormOf(listAliases, { FunctionName, ...(Qualifier === undefined ? {} : { Qualifier }) });
    expect(form("f")).toEqual({ form: "name", qualified: false });
    expect(form("f:live")).toEqual({ form: "name", qualified: true });
    expect(form(ARN)).toEqual({ form: "full ARN", qualified: false });
    expect(form(`${ARN}:1`)).toEqual({ form: "full ARN", qualified: true });
    expect(form("123456789012:function:f")).toEqual({ form: "partial ARN", qualified: false });
    expect(form("f", "1")).toEqual({ form: "name", qualified: true });
    expect(form("f", "")).toEqual({ form: "name", qualified: false });
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
    expect(forms.defectOf(invalid(ARN))).toMatch(
      /all 3 valid requests naming the function as a full ARN \(unqualified\)/,
    );
    expect(forms.defectOf(invalid("f"))).toBeUndefined();
  });

  it("never blames the form for a 404 of qualified requests when only unqualified ones in another form succeed", () => {
    // ministack's GetPolicy: no policy on the version or alias asked for, whatever the form.
    const forms = createNameForms(listAliases);
    forms.note({ ...valid("f"), input: { FunctionName: "f", Qualifier: "1" } }, 404);
    forms.note(valid(ARN), 200);
    expect(
      forms.defectOf({ ...invalid("f"), input: { FunctionName: "f", Qualifier: "$$$" } }),
    ).toBeUndefined();
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
