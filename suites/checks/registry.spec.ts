import { describe, expect, it } from "vitest";
import { CHECKS, checkByName, selectChecks } from "./registry.ts";

describe("check registry", () => {
  it("holds unique names, each with a description", () => {
    const names = CHECKS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const check of CHECKS) expect(check.description).not.toBe("");
  });

  it("finds a check by name", () => {
    expect(checkByName("errorIdentity")?.name).toBe("errorIdentity");
    expect(checkByName("nope")).toBeUndefined();
  });

  it("selects all by default and named ones in table order", () => {
    expect(selectChecks()).toBe(CHECKS);
    expect(selectChecks(["contentType", "noServerError"]).map((c) => c.name)).toEqual([
      "noServerError",
      "contentType",
    ]);
  });

  it("selects statefulModel by name like every other check, and leaves it out when not named", () => {
    expect(selectChecks(["statefulModel"]).map((c) => c.name)).toEqual(["statefulModel"]);
    expect(selectChecks(["noServerError"]).map((c) => c.name)).not.toContain("statefulModel");
  });

  it("names the valid checks when one is unknown", () => {
    expect(() => selectChecks(["noServerError", "typo"])).toThrow(
      /unknown check typo; valid checks: unimplementedOperation, noServerError/,
    );
  });
});
