/** Hand-built request cases for the self-tests: one valid and one invalid per operation, nothing generated. */
import type { RequestCase, Violation } from "../../core/requestCase.ts";

const valid = (operation: string, input: Record<string, unknown>): RequestCase => ({
  operation,
  phase: "valid",
  input,
  seed: 0,
});

const invalid = (operation: string, input: Record<string, unknown>, violation: Violation): RequestCase => ({
  operation,
  phase: "invalid",
  input,
  violation,
  seed: 0,
});

/** The cases, by a name the scenarios use. */
export const CASES = {
  getFunction: valid("GetFunction", { FunctionName: "my-function" }),
  getFunctionStateful: {
    ...valid("GetFunction", { FunctionName: "my-function" }),
    phase: "stateful",
    path: "0.1",
  },
  getFunctionBadQualifier: invalid(
    "GetFunction",
    { FunctionName: "my-function", Qualifier: "not valid!" },
    { path: "/Qualifier", kind: "patternMismatch", constraint: "pattern", rawOnly: false },
  ),
  getFunctionBadName: invalid(
    "GetFunction",
    { FunctionName: "bad name!" },
    { path: "/FunctionName", kind: "patternMismatch", constraint: "pattern", rawOnly: false },
  ),
  listFunctions: valid("ListFunctions", { MaxItems: 10 }),
  listFunctionsZeroItems: invalid(
    "ListFunctions",
    { MaxItems: 0 },
    { path: "/MaxItems", kind: "belowRange", constraint: "range", rawOnly: false },
  ),
  invokeRequestResponse: valid("Invoke", {
    FunctionName: "my-function",
    InvocationType: "RequestResponse",
    Payload: Buffer.from("{}").toString("base64"),
  }),
  invokeDefault: valid("Invoke", { FunctionName: "my-function" }),
  invokeEvent: valid("Invoke", { FunctionName: "my-function", InvocationType: "Event" }),
  invokeDryRun: valid("Invoke", { FunctionName: "my-function", InvocationType: "DryRun" }),
  createAlias: valid("CreateAlias", { FunctionName: "my-function", Name: "live", FunctionVersion: "1" }),
  createAliasNumericName: invalid(
    "CreateAlias",
    { FunctionName: "my-function", Name: "123", FunctionVersion: "1" },
    { path: "/Name", kind: "patternMismatch", constraint: "pattern", rawOnly: false },
  ),
  // Undecided by evidence (leniencies `unknownMemberUndecided`, `emptyQueryValueUndecided`).
  createAliasUnknownMember: invalid(
    "CreateAlias",
    { FunctionName: "my-function", Name: "live", FunctionVersion: "1", UnknownMember: "unexpected" },
    { path: "/UnknownMember", kind: "unknownMember", constraint: "unknownMember", rawOnly: true },
  ),
  getFunctionEmptyQualifier: invalid(
    "GetFunction",
    { FunctionName: "my-function", Qualifier: "" },
    { path: "/Qualifier", kind: "tooShort", constraint: "length", rawOnly: false },
  ),
  // FunctionVersion's pattern `(\$LATEST|[0-9]+)` refuses the empty string: the document decides.
  listAliasesEmptyFunctionVersion: invalid(
    "ListAliases",
    { FunctionName: "my-function", FunctionVersion: "" },
    { path: "/FunctionVersion", kind: "tooShort", constraint: "length", rawOnly: false },
  ),
} satisfies Record<string, RequestCase>;
