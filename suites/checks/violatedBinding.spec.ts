import { describe, expect, it } from "vitest";
import type { Violation } from "../../core/requestCase.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { violatedBinding } from "./violatedBinding.ts";

const service = loadModelFile("specs/lambda/model.json");
const createAlias = service.operations.get("CreateAlias");
const at = (path: string): Violation => ({ path, kind: "tooLong", constraint: "length", rawOnly: false });

describe("violatedBinding", () => {
  it("names the binding of the top-level member a violation breaks", () => {
    if (!createAlias) throw new Error("CreateAlias");
    expect(violatedBinding(createAlias, at("/FunctionName"))).toBe("label");
    expect(violatedBinding(createAlias, at("/RoutingConfig/AdditionalVersionWeights/1"))).toBe("body");
  });

  it("is undefined for the whole body, an unknown member, or no violation", () => {
    if (!createAlias) throw new Error("CreateAlias");
    expect(violatedBinding(createAlias, at(""))).toBeUndefined();
    expect(violatedBinding(createAlias, at("/Nope"))).toBeUndefined();
    expect(violatedBinding(createAlias, undefined)).toBeUndefined();
  });
});
