import { describe, expect, it } from "vitest";
import { cellStatus, foldRows, operationGroup, operationRows, percent } from "./conformance.ts";

describe("operationGroup", () => {
  it.each([
    ["CreateFunction", "Function"],
    ["GetFunctionConfiguration", "Function"],
    ["ListAliases", "Alias"],
    ["GetAlias", "Alias"],
    ["ListEventSourceMappings", "EventSource"],
    ["CreateCodeSigningConfig", "CodeSigning"],
    ["ListLayerVersions", "Layer"],
    ["TagResource", "Tag"],
    ["UntagResource", "Tag"],
    ["ListTags", "Tag"],
    ["Invoke", "Invoke"],
    ["GetAccountSettings", "Account"],
  ])("%s → %s", (op, group) => expect(operationGroup(op)).toBe(group));
});

describe("conformance arithmetic", () => {
  const cell = (
    operation: string,
    check: string,
    pass: number,
    fail: number,
    warn = 0,
    notApplicable = 0,
  ) => ({ operation, check, pass, fail, warn, notApplicable });

  it("cell status: fail beats warn beats pass; nothing applicable is n/a", () => {
    expect(cellStatus(cell("A", "c", 5, 1, 1))).toBe("fail");
    expect(cellStatus(cell("A", "c", 5, 0, 1))).toBe("warn");
    expect(cellStatus(cell("A", "c", 5, 0))).toBe("pass");
    expect(cellStatus(cell("A", "c", 0, 0, 0, 4))).toBe("notApplicable");
  });

  it("rows count warnings as passing, ignore n/a, and mark unimplemented operations at 0%", () => {
    const summary = {
      finishedAt: "",
      exitReason: "completed" as const,
      cases: 0,
      counts: [
        cell("CreateFunction", "a", 3, 1, 0, 9),
        cell("CreateFunction", "b", 3, 0, 1),
        cell("ListAliases", "a", 0, 0, 0, 2),
      ],
      unimplementedOperations: ["DeleteAlias"],
    };
    const rows = operationRows(summary);
    expect(rows.map((r) => [r.name, percent(r.conformance), r.unimplemented])).toEqual([
      ["CreateFunction", "87.5%", false],
      ["DeleteAlias", "0.0%", true],
      ["ListAliases", "n/a", false],
    ]);
    expect(foldRows(rows, operationGroup).map((g) => [g.name, percent(g.conformance)])).toEqual([
      ["Alias", "0.0%"],
      ["Function", "87.5%"],
    ]);
  });
});
