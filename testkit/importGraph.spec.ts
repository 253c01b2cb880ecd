import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { backwardImports, folderCycles, importEdges } from "./importGraph.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const edges = importEdges(ROOT);

describe("import graph (ARCHITECTURE.md: core → specs → generators → suites → reports → cli)", () => {
  it("reads the imports of the product", () => {
    expect(edges.length).toBeGreaterThan(100);
  });

  it("has no import against the flow, and no product file imports testkit/, bench/ or scripts/", () => {
    expect(backwardImports(edges).map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it("has no cycle between top-level folders", () => {
    expect(folderCycles(edges).map((c) => c.join(" → "))).toEqual([]);
  });

  it("flags a backward import and a cycle when one is planted", () => {
    const planted = [...edges, { from: "core/check.ts", to: "suites/checks/registry.ts" }];
    expect(backwardImports(planted)).toContainEqual({
      from: "core/check.ts",
      to: "suites/checks/registry.ts",
    });
    expect(folderCycles(planted).length).toBeGreaterThan(0);
  });
});
