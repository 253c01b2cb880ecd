import { describe, expect, it } from "vitest";
import {
  emptyExpectedState,
  expectedLayerVersion,
  expectedPublish,
  functionName,
  isNewRevision,
  newFunction,
  noteLatestChanged,
  noteRevision,
} from "./expectedState.ts";

describe("expectedState", () => {
  it("names every resource with the run prefix", () => {
    expect(functionName(emptyExpectedState("lc-x-st", "role"), 2)).toBe("lc-x-st-f2");
  });

  it("keeps replaced RevisionIds as stale and tells new ones apart", () => {
    const fn = newFunction("d");
    noteRevision(fn, "r1");
    expect(isNewRevision(fn, "r1")).toBe(false);
    noteRevision(fn, "r2");
    expect(fn.staleRevisionIds).toEqual(["r1"]);
    expect(isNewRevision(fn, "r1")).toBe(false);
    expect(isNewRevision(fn, "r3")).toBe(true);
    noteRevision(fn, undefined);
    expect(fn.revisionId).toBe("r2");
  });

  it("predicts a new version after a change and the same one when nothing changed", () => {
    const fn = newFunction("d");
    expect(expectedPublish(fn)).toEqual({ version: 1, isNew: true });
    fn.versions.push(1);
    fn.dirty = false;
    expect(expectedPublish(fn)).toEqual({ version: 1, isNew: false });
    noteLatestChanged(fn, "r2");
    expect(expectedPublish(fn)).toEqual({ version: 2, isNew: true });
    expect(fn.revisionId).toBe("r2");
  });

  it("never expects a layer version number to be reused, across runs", () => {
    const highWater = new Map([["lc-x-st-l0", 4]]);
    const m = emptyExpectedState("lc-x-st", "role", new Set(), highWater);
    expect(expectedLayerVersion(m, "lc-x-st-l0")).toBe(5);
    expect(expectedLayerVersion(m, "lc-x-st-l1")).toBe(1);
  });
});
