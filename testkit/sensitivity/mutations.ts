/**
 * The conformance faults the sensitivity self-test injects, one at a time, into real emulator answers:
 * which answers each bends (operation by method and path, and status class), how, and the finding the
 * gate must then report as new. The proxy sees no case labels, so "invalid input accepted" bends the
 * 4xx answers of an operation whose invalid cases the emulators reject, and "valid input rejected" the
 * 2xx answers of one whose valid cases succeed.
 */

import { SERVICE_WIDE } from "../../core/finding.ts";
import {
  type Answer,
  eachItem,
  member,
  withErrorType,
  withHeader,
  withJson,
  withoutErrorType,
} from "./answerEdits.ts";
import type { FrontGuard } from "./awsFront.ts";

export type { Answer } from "./answerEdits.ts";

/** The finding a mutation must add: operation, check, and a part of the check's signature. */
export interface ExpectedFinding {
  readonly operation: string;
  readonly check: string;
  readonly signatureIncludes: string;
}

/** One injected fault. */
export interface Mutation {
  readonly name: string;
  readonly method: "GET";
  /** The operation's path, decoded, without the query. */
  readonly path: RegExp;
  /** `errors`: any 4xx or 5xx. */
  readonly statuses: "2xx" | "4xx" | "errors";
  mutate(answer: Answer): Answer;
  readonly expect: ExpectedFinding;
  /** A guard of the AWS-like front (awsFront.ts) the fault lifts, letting the emulator answer instead. */
  readonly lifts?: FrontGuard;
}

const LIST_FUNCTIONS = /^\/2015-03-31\/functions\/?$/;
const GET_FUNCTION = /^\/2015-03-31\/functions\/[^/]+$/;
const GET_FUNCTION_CONFIGURATION = /^\/2015-03-31\/functions\/[^/]+\/configuration$/;

/** True when `m` bends this answer. */
export function mutationApplies(m: Mutation, method: string, path: string, status: number): boolean {
  const statusClass = status >= 200 && status < 300 ? "2xx" : status >= 400 && status < 500 ? "4xx" : "";
  const matches = m.statuses === statusClass || (m.statuses === "errors" && status >= 400);
  return m.method === method && m.path.test(path) && matches;
}

/** Bends the `Configuration` member of a GetFunction answer. */
const configuration =
  (edit: (c: Record<string, unknown>) => void) =>
  (a: Answer): Answer =>
    withJson(a, (b) => edit(member(b, "Configuration")));

/** The 13 faults of issue #15 ("out of range" and "too long" counted apart). */
export const MUTATIONS: readonly Mutation[] = [
  {
    name: "wrong success status",
    method: "GET",
    path: LIST_FUNCTIONS,
    statuses: "2xx",
    mutate: (a) => ({ ...a, status: 202 }),
    expect: { operation: "ListFunctions", check: "successStatus", signatureIncludes: "202 ≠ 200" },
  },
  {
    name: "wrong type",
    method: "GET",
    path: GET_FUNCTION,
    statuses: "2xx",
    mutate: configuration((c) => {
      c.Timeout = "3";
    }),
    expect: {
      operation: "GetFunction",
      check: "responseShape",
      signatureIncludes: "/Configuration/Timeout type",
    },
  },
  {
    name: "value outside an enum",
    method: "GET",
    path: LIST_FUNCTIONS,
    statuses: "2xx",
    // No documented runtime family: not drift (leniency enumValueDrift).
    mutate: (a) =>
      withJson(a, (b) =>
        eachItem(b, "Functions", (f) => {
          f.PackageType = "Tarball";
        }),
      ),
    expect: {
      operation: "ListFunctions",
      check: "responseShape",
      signatureIncludes: "/Functions/*/PackageType enum",
    },
  },
  {
    name: "broken pattern",
    method: "GET",
    path: GET_FUNCTION,
    statuses: "2xx",
    mutate: configuration((c) => {
      c.FunctionArn = "not an arn";
    }),
    expect: {
      operation: "GetFunction",
      check: "responseShape",
      signatureIncludes: "/Configuration/FunctionArn pattern",
    },
  },
  {
    name: "value out of range",
    method: "GET",
    path: LIST_FUNCTIONS,
    statuses: "2xx",
    mutate: (a) =>
      withJson(a, (b) =>
        eachItem(b, "Functions", (f) => {
          f.MemorySize = 64;
        }),
      ),
    expect: {
      operation: "ListFunctions",
      check: "responseShape",
      signatureIncludes: "/Functions/*/MemorySize range",
    },
  },
  {
    name: "value too long",
    method: "GET",
    path: GET_FUNCTION,
    statuses: "2xx",
    mutate: configuration((c) => {
      c.Description = "d".repeat(257);
    }),
    expect: {
      operation: "GetFunction",
      check: "responseShape",
      signatureIncludes: "/Configuration/Description length",
    },
  },
  {
    name: "renamed error type",
    method: "GET",
    path: GET_FUNCTION_CONFIGURATION,
    statuses: "4xx",
    mutate: (a) => withErrorType(a, "FunctionMissingException"),
    expect: {
      operation: "GetFunctionConfiguration",
      check: "errorIdentity",
      signatureIncludes: "undocumented FunctionMissingException",
    },
  },
  {
    name: "wrong error status",
    method: "GET",
    path: GET_FUNCTION_CONFIGURATION,
    statuses: "4xx",
    mutate: (a) => ({ ...a, status: 409 }),
    expect: { operation: "GetFunctionConfiguration", check: "errorIdentity", signatureIncludes: " 409 ≠ " },
  },
  {
    name: "5xx instead of a 4xx",
    method: "GET",
    path: GET_FUNCTION_CONFIGURATION,
    statuses: "4xx",
    mutate: (a) => ({ ...a, status: 500 }),
    expect: { operation: "GetFunctionConfiguration", check: "noServerError", signatureIncludes: "500 " },
  },
  {
    name: "unidentifiable error",
    method: "GET",
    path: GET_FUNCTION,
    statuses: "4xx",
    mutate: withoutErrorType,
    expect: { operation: "GetFunction", check: "errorIdentity", signatureIncludes: "no error type" },
  },
  {
    name: "wrong content type",
    method: "GET",
    path: GET_FUNCTION,
    statuses: "2xx",
    mutate: (a) => withHeader(a, "Content-Type", "text/xml"),
    expect: { operation: "GetFunction", check: "contentType", signatureIncludes: "text/xml" },
  },
  {
    name: "invalid input accepted",
    method: "GET",
    path: GET_FUNCTION_CONFIGURATION,
    statuses: "4xx",
    // The documented 200 with a body that fits FunctionConfiguration, as if the request had been served.
    mutate: (a) => ({
      ...withoutErrorType(
        withJson(a, (b) => {
          for (const key of Object.keys(b)) delete b[key];
          b.FunctionName = "sensitivity-probe";
          b.MemorySize = 128;
        }),
      ),
      status: 200,
    }),
    expect: {
      operation: "GetFunctionConfiguration",
      check: "negativeDataRejection",
      signatureIncludes: " 2xx",
    },
  },
  {
    name: "valid input rejected",
    method: "GET",
    path: GET_FUNCTION,
    statuses: "2xx",
    mutate: (a) => ({
      ...withErrorType(
        {
          ...a,
          body: JSON.stringify({ __type: "ValidationException", message: "1 validation error detected" }),
        },
        "ValidationException",
      ),
      status: 400,
    }),
    expect: {
      operation: "GetFunction",
      check: "positiveDataAcceptance",
      signatureIncludes: "ValidationException 400",
    },
  },
];

/** A fault that only lifts a front guard bends no answer: its path matches nothing. */
const NO_PATH = /(?!)/;
const unchanged = (a: Answer): Answer => a;

/** The protocol phase's faults (#22): the emulator's own answer where AWS refuses, and a 200 on no route. */
export const PROTOCOL_MUTATIONS: readonly Mutation[] = [
  {
    name: "unsigned request accepted",
    method: "GET",
    path: NO_PATH,
    statuses: "errors",
    mutate: unchanged,
    lifts: "unsigned",
    expect: { operation: SERVICE_WIDE, check: "authenticationEnforced", signatureIncludes: "not refused" },
  },
  {
    name: "expired date ignored",
    method: "GET",
    path: NO_PATH,
    statuses: "errors",
    mutate: unchanged,
    lifts: "expiredDate",
    expect: { operation: SERVICE_WIDE, check: "requestExpiry", signatureIncludes: "not refused" },
  },
  {
    name: "200 on an unknown path",
    method: "GET",
    path: /^\/[^/]+\/lc-no-such-operation(\/|$)/,
    statuses: "errors",
    mutate: () => ({ status: 200, headers: [["Content-Type", "application/json"]], body: "{}" }),
    expect: { operation: SERVICE_WIDE, check: "unknownOperation", signatureIncludes: "not refused" },
  },
];
