import { describe, expect, it } from "vitest";
import type { CheckContext } from "../../core/check.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { judge } from "../engine/judge.ts";
import { PROJECT_ROOT } from "../targets/venv.ts";
import { CHECKS } from "./registry.ts";
import {
  decideRouting,
  decidesImplemented,
  decideUnimplemented,
  looksUnimplemented,
  pathReach,
} from "./routing.ts";

const service = loadModelFile(`${PROJECT_ROOT}/specs/lambda/model.json`);
const getMapping = service.operations.get("GetEventSourceMapping");
const answer = (looksUnimplemented: boolean, routable = true, answered = true) => ({
  answered,
  looksUnimplemented,
  routable,
});

describe("decideUnimplemented", () => {
  it("is unimplemented when every answered case says so", () => {
    expect(decideUnimplemented([answer(true), answer(true), answer(false, true, false)])).toBe(true);
  });

  it("is implemented as soon as one case got another answer, whatever the order", () => {
    expect(decideUnimplemented([answer(true), answer(false)])).toBe(false);
    expect(decideUnimplemented([answer(false), answer(true)])).toBe(false);
  });

  it("decides implemented on one answered case that does not look unimplemented (decidingBuffer.spec holds it to decideUnimplemented)", () => {
    expect(decidesImplemented(answer(false))).toBe(true);
    expect(decidesImplemented(answer(true))).toBe(false);
    expect(decidesImplemented(answer(false, true, false))).toBe(false);
  });

  it("never decides from cases whose path could not route", () => {
    expect(decideUnimplemented([answer(true, false), answer(true, false)])).toBe(false);
    expect(decideUnimplemented([])).toBe(false);
  });
});

describe("pathReach", () => {
  it("tells plain label values from empty or percent-encoded ones", () => {
    if (!getMapping) throw new Error("GetEventSourceMapping missing from the model");
    const reach = (UUID?: string) => pathReach(getMapping, { input: UUID === undefined ? {} : { UUID } });
    expect(reach("14e0db71-5d35-4eb5-b481-8945cf9d10c2")).toBe("plain");
    expect(reach("")).toBe("emptyLabel");
    expect(reach()).toBe("emptyLabel");
    expect(reach("a/b")).toBe("encodedLabel");
    expect(reach("ü")).toBe("encodedLabel");
  });

  it("is decided by the worst label: an empty one outranks an encoded one", () => {
    const alias = service.operations.get("GetAlias");
    if (!alias) throw new Error("GetAlias");
    expect(pathReach(alias, { input: { FunctionName: "a/b", Name: "" } })).toBe("emptyLabel");
    expect(pathReach(alias, { input: { FunctionName: "f", Name: "a b" } })).toBe("encodedLabel");
    expect(pathReach(alias, { input: { FunctionName: "f", Name: "live" } })).toBe("plain");
  });
});

const res = (status: number, headers: Record<string, string> = {}): TransportResponse => ({
  status,
  headers,
  body: "",
  truncated: false,
  durationMs: 1,
});

describe("looksUnimplemented with the case that was sent", () => {
  const operation = service.operations.get("GetFunction");
  const routingMiss = res(404, { "x-amzn-errortype": "UnknownOperationException" });
  const sent = (path?: string): Pick<CheckContext, "case" | "operation"> => {
    if (!operation) throw new Error("GetFunction");
    const violation = { path, kind: "patternMismatch", constraint: "pattern", rawOnly: false } as const;
    const c = { operation: "GetFunction", phase: "invalid", input: {}, seed: 0 } as const;
    return {
      operation,
      case: path === undefined ? { ...c, phase: "valid" } : { ...c, violation: { ...violation, path } },
    };
  };

  it("does not read a routing miss after a broken label as unimplemented (labelViolationRouting)", () => {
    expect(looksUnimplemented(routingMiss, sent("/FunctionName"))).toBe(false);
  });

  it("flags it for a violation elsewhere or a valid case, never for no answer", () => {
    expect(looksUnimplemented(routingMiss, sent("/Qualifier"))).toBe(true);
    expect(looksUnimplemented(routingMiss, sent())).toBe(true);
    expect(looksUnimplemented(res(0), sent())).toBe(false);
  });
});

describe("checks read the decided routing", () => {
  const operation = service.operations.get("GetFunction");
  const ctx = (response: TransportResponse, FunctionName = "f"): CheckContext => {
    if (!operation) throw new Error("GetFunction");
    return {
      case: { operation: "GetFunction", phase: "valid", input: { FunctionName }, seed: 0 },
      response,
      operation,
      service,
    };
  };
  const judged = (response: TransportResponse, unimplemented: boolean, name?: string) =>
    Object.fromEntries(
      judge(
        { ...ctx(response, name), routing: decideRouting(ctx(response, name), unimplemented) },
        CHECKS,
      ).map((v) => [v.check, v.status]),
    );
  const untyped404 = res(404);

  it("of an unimplemented operation only unimplementedOperation judges", () => {
    const verdicts = judged(untyped404, true);
    expect(verdicts.unimplementedOperation).toBe("fail");
    expect(Object.entries(verdicts).filter(([, s]) => s !== "notApplicable")).toHaveLength(1);
  });

  it("where the operation exists, no answer fails unimplementedOperation", () => {
    expect(judged(untyped404, false).unimplementedOperation).toBe("notApplicable");
    expect(judged(res(200, { "content-type": "application/json" }), false).unimplementedOperation).toBe(
      "pass",
    );
  });

  it("where the operation exists, an untyped 404 on a routable path is its own answer and fails errorIdentity", () => {
    const verdicts = judged(untyped404, false);
    expect(verdicts.unimplementedOperation).toBe("notApplicable");
    expect(verdicts.errorIdentity).toBe("fail");
    expect(verdicts.positiveDataAcceptance).not.toBe("notApplicable");
  });

  it("a miss of a path that could not route (an empty label) stays unjudged", () => {
    const verdicts = judged(untyped404, false, "");
    expect(Object.entries(verdicts).filter(([, s]) => s !== "notApplicable")).toEqual([]);
  });

  it("other not-implemented answers on an implemented operation stay unjudged", () => {
    const verdicts = judged(res(501), false);
    expect(Object.entries(verdicts).filter(([, s]) => s !== "notApplicable")).toEqual([]);
  });

  it("names each kind of answer", () => {
    const brokenLabel = (response: TransportResponse): CheckContext => {
      const base = ctx(response, "a b");
      const violation = {
        path: "/FunctionName",
        kind: "patternMismatch",
        constraint: "pattern",
        rawOnly: false,
      } as const;
      return { ...base, case: { ...base.case, phase: "invalid", violation } };
    };
    expect(decideRouting(ctx(untyped404), true)).toBe("unimplemented");
    expect(decideRouting(ctx(res(200)), false)).toBe("implemented");
    expect(decideRouting(ctx(res(0)), false)).toBe("implemented");
    expect(decideRouting(ctx(untyped404), false)).toBe("ownNotFound");
    expect(decideRouting(ctx(untyped404, "a b"), false)).toBe("unrouted");
    expect(decideRouting(ctx(res(501)), false)).toBe("unrouted");
    expect(decideRouting(brokenLabel(untyped404), false)).toBe("labelMiss");
    expect(decideRouting(brokenLabel(res(400)), false)).toBe("implemented");
  });
});
