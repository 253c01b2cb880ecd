/** The self-test table: conformant exchanges fail nothing; each defective one fails exactly one named check. */
import type { Prediction } from "../../core/check.ts";
import type { RequestCase } from "../../core/requestCase.ts";
import { CASES } from "./cases.ts";
import {
  awsError,
  createAliasBody,
  type FakeReply,
  getFunctionBody,
  html,
  invokeBody,
  json,
  LIST_FUNCTIONS,
} from "./replies.ts";

/** One exchange and the verdicts it must get. */
export interface Scenario {
  readonly title: string;
  readonly case: RequestCase;
  readonly reply: FakeReply;
  /** What the stateful model predicts, for a stateful case. */
  readonly prediction?: Prediction;
  readonly fails: readonly string[];
  readonly warns?: readonly string[];
  /** What the one failing check's reason must say. */
  readonly because?: RegExp;
}

/** Conformant exchanges: nothing fails. */
export const CONFORMANT: readonly Scenario[] = [
  { title: "GetFunction 200", case: CASES.getFunction, reply: getFunctionBody(), fails: [] },
  {
    title: "GetFunction 404 ResourceNotFoundException",
    case: CASES.getFunction,
    reply: awsError(404, "ResourceNotFoundException", "Function not found"),
    fails: [],
  },
  { title: "ListFunctions 200", case: CASES.listFunctions, reply: LIST_FUNCTIONS, fails: [] },
  { title: "CreateAlias 201", case: CASES.createAlias, reply: createAliasBody(), fails: [] },
  { title: "Invoke RequestResponse 200", case: CASES.invokeRequestResponse, reply: invokeBody(), fails: [] },
  { title: "Invoke without InvocationType 200", case: CASES.invokeDefault, reply: invokeBody(), fails: [] },
  { title: "Invoke Event 202", case: CASES.invokeEvent, reply: { status: 202 }, fails: [] },
  { title: "Invoke DryRun 204", case: CASES.invokeDryRun, reply: { status: 204 }, fails: [] },
  {
    title: "invalid query rejected with ValidationException",
    case: CASES.getFunctionBadQualifier,
    reply: awsError(400, "ValidationException", "1 validation error detected"),
    fails: [],
  },
  {
    title: "invalid body member rejected with InvalidParameterValueException",
    case: CASES.createAliasNumericName,
    reply: awsError(400, "InvalidParameterValueException"),
    fails: [],
  },
  {
    title: "invalid query rejected with a __type body and no header",
    case: CASES.listFunctionsZeroItems,
    reply: json(400, { __type: "com.amazonaws.lambda#InvalidParameterValueException", message: "bad" }),
    fails: [],
  },
  {
    title: "invalid label routed nowhere: UnknownOperationException is a rejection, not unimplemented",
    case: CASES.getFunctionBadName,
    reply: awsError(404, "UnknownOperationException"),
    fails: [],
  },
  {
    title: "unknown response member warns",
    case: CASES.getFunction,
    reply: getFunctionBody({ BrandNewField: "x" }),
    fails: [],
    warns: ["responseShape"],
  },
  {
    title: "awsJson media type on an error warns",
    case: CASES.getFunction,
    reply: {
      ...awsError(404, "ResourceNotFoundException"),
      headers: {
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amzn-ErrorType": "ResourceNotFoundException",
      },
    },
    fails: [],
    warns: ["contentType"],
  },
  {
    title: "a newer runtime of a documented family warns (drift)",
    case: CASES.getFunction,
    reply: getFunctionBody({ Runtime: "python3.13" }),
    fails: [],
    warns: ["responseShape"],
  },
  {
    title: "an enum value recorded from AWS warns (drift)",
    case: CASES.getFunction,
    reply: getFunctionBody({ LastUpdateStatus: "InProgress", LastUpdateStatusReasonCode: "Creating" }),
    fails: [],
    warns: ["responseShape"],
  },
  {
    title: "an error documented for other operations warns (drift)",
    case: CASES.getFunction,
    reply: awsError(409, "ResourceConflictException"),
    fails: [],
    warns: ["errorIdentity"],
  },
  {
    title: "invalid input answered 409 conflict: the identity existed, inconclusive (warn)",
    case: CASES.createAliasNumericName,
    reply: awsError(409, "ResourceConflictException", "Alias already exists"),
    fails: [],
    warns: ["negativeDataRejection"],
  },
  {
    title: "stateful GetFunction 404 as the model predicts",
    case: CASES.getFunctionStateful,
    reply: awsError(404, "ResourceNotFoundException", "Function not found"),
    prediction: { status: 404, error: "ResourceNotFoundException" },
    fails: [],
  },
  {
    title: "valid input rejected with InvalidParameterValueException warns (may not resolve)",
    case: CASES.createAlias,
    reply: awsError(400, "InvalidParameterValueException", "Version 1 does not exist"),
    fails: [],
    warns: ["positiveDataAcceptance"],
  },
  {
    title: "unknown body member accepted: undecided by evidence (warn)",
    case: CASES.createAliasUnknownMember,
    reply: createAliasBody(),
    fails: [],
    warns: ["negativeDataRejection"],
  },
  {
    title: "empty Qualifier accepted: its pattern admits it, its length does not (warn)",
    case: CASES.getFunctionEmptyQualifier,
    reply: getFunctionBody(),
    fails: [],
    warns: ["negativeDataRejection"],
  },
];

/** One defect each: exactly the named check fails. */
export const DEFECTIVE: readonly Scenario[] = [
  {
    title: "wrong success status",
    case: CASES.createAlias,
    reply: createAliasBody(200),
    fails: ["successStatus"],
    because: /status 200, documented 201/,
  },
  {
    title: "wrong success status for the invocation type",
    case: CASES.invokeEvent,
    reply: invokeBody(200),
    fails: ["successStatus"],
    because: /status 200, documented 202/,
  },
  {
    title: "an error type the document never names",
    case: CASES.getFunction,
    reply: awsError(409, "MadeUpConflictException"),
    fails: ["errorIdentity"],
    because: /undocumented error MadeUpConflictException/,
  },
  {
    title: "an error documented for other operations, with another status",
    case: CASES.getFunction,
    reply: awsError(400, "ResourceConflictException"),
    fails: ["errorIdentity"],
    because: /ResourceConflictException returned with 400, documented 409/,
  },
  {
    title: "a runtime that fits no documented family",
    case: CASES.getFunction,
    reply: getFunctionBody({ Runtime: "cobol85.x" }),
    fails: ["responseShape"],
    because: /Runtime enum/,
  },
  {
    title: "an older, undocumented version of a documented runtime family",
    case: CASES.getFunction,
    reply: getFunctionBody({ Runtime: "python3.1" }),
    fails: ["responseShape"],
    because: /Runtime enum/,
  },
  {
    title: "error with no type at all",
    case: CASES.getFunction,
    reply: json(400, { Type: "User", Message: "bad" }),
    fails: ["errorIdentity"],
    because: /without an error type/,
  },
  {
    title: "wrong status for a documented error",
    case: CASES.getFunction,
    reply: awsError(400, "ResourceNotFoundException"),
    fails: ["errorIdentity"],
    because: /ResourceNotFoundException returned with 400, documented 404/,
  },
  {
    title: "missing required response member",
    case: CASES.getFunction,
    reply: getFunctionBody({ EphemeralStorage: {} }),
    fails: ["responseShape"],
    because: /EphemeralStorage\/Size required/,
  },
  {
    title: "wrong type in a response",
    case: CASES.getFunction,
    reply: getFunctionBody({ MemorySize: "128" }),
    fails: ["responseShape"],
    because: /MemorySize type/,
  },
  {
    title: "pattern violation in a response body",
    case: CASES.createAlias,
    reply: createAliasBody(201, { AliasArn: "not-an-arn" }),
    fails: ["responseShape"],
    because: /AliasArn pattern/,
  },
  {
    title: "pattern violation in a response header",
    case: CASES.invokeRequestResponse,
    reply: invokeBody(200, { "X-Amz-Executed-Version": "latest" }),
    fails: ["responseShape"],
    because: /ExecutedVersion pattern/,
  },
  {
    title: "non-JSON success body",
    case: CASES.listFunctions,
    reply: { status: 200, body: "Functions: none", headers: { "Content-Type": "application/json" } },
    fails: ["responseShape"],
    because: /not a JSON object/,
  },
  {
    title: "5xx",
    case: CASES.getFunction,
    reply: awsError(500, "ServiceException"),
    fails: ["noServerError"],
    because: /server error 500 \(ServiceException\)/,
  },
  {
    title: "accepted invalid input",
    case: CASES.listFunctionsZeroItems,
    reply: LIST_FUNCTIONS,
    fails: ["negativeDataRejection"],
    because: /accepted invalid input \(belowRange at \/MaxItems\)/,
  },
  {
    title: "accepted empty query value its pattern refuses",
    case: CASES.listAliasesEmptyFunctionVersion,
    reply: json(200, { Aliases: [] }),
    fails: ["negativeDataRejection"],
    because: /accepted invalid input \(tooShort at \/FunctionVersion\)/,
  },
  {
    title: "unknown body member answered 500",
    case: CASES.createAliasUnknownMember,
    reply: awsError(500, "ServiceException"),
    fails: ["negativeDataRejection", "noServerError"],
  },
  {
    title: "invalid input rejected with a non-validation error",
    case: CASES.createAliasNumericName,
    reply: awsError(404, "ResourceNotFoundException"),
    fails: ["negativeDataRejection"],
    because: /rejected with ResourceNotFoundException/,
  },
  {
    title: "rejected valid input",
    case: CASES.getFunction,
    reply: awsError(400, "ValidationException"),
    fails: ["positiveDataAcceptance"],
    because: /rejected with ValidationException/,
  },
  {
    title: "HTML error body",
    case: CASES.getFunction,
    reply: html(404, "Function not found", { "X-Amzn-ErrorType": "ResourceNotFoundException" }),
    fails: ["contentType"],
    because: /text\/html/,
  },
  {
    title: "JSON success body as text/plain",
    case: CASES.listFunctions,
    reply: { ...LIST_FUNCTIONS, headers: { "Content-Type": "text/plain" } },
    fails: ["contentType"],
    because: /text\/plain/,
  },
  {
    title: "stateful GetFunction 200 where the model predicts 404 (the function was deleted)",
    case: CASES.getFunctionStateful,
    reply: getFunctionBody(),
    prediction: { status: 404, error: "ResourceNotFoundException" },
    fails: ["statefulModel"],
    because: /model expects 404 ResourceNotFoundException, target answered 200/,
  },
  {
    title: "unimplemented: LocalStack-style 501",
    case: CASES.invokeRequestResponse,
    reply: json(501, {
      __type: "InternalFailure",
      message: "API action 'Invoke' for service 'lambda' not yet implemented or pro feature",
    }),
    fails: ["unimplementedOperation"],
    because: /^unimplemented: Invoke/,
  },
  {
    title: "unimplemented: moto-style untyped HTML 404",
    case: CASES.createAlias,
    reply: html(404, "404 Not Found"),
    fails: ["unimplementedOperation"],
    because: /^unimplemented: CreateAlias/,
  },
  {
    title: "unimplemented: NotImplemented error type",
    case: CASES.listFunctions,
    reply: awsError(400, "NotImplementedException"),
    fails: ["unimplementedOperation"],
    because: /^unimplemented: ListFunctions/,
  },
];
