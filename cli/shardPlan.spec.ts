import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL } from "../specs/model/defaultModel.ts";
import { loadModelFile } from "../specs/model/loadModelFile.ts";
import { makePlan } from "../suites/engine/plan.ts";
import { stagesOf } from "../suites/engine/stages.ts";
import { plannedCases } from "./plannedCases.ts";
import { parseShard, planDigest, shardOf, splitPlan } from "./shardPlan.ts";

const service = loadModelFile(DEFAULT_MODEL);
const plan = makePlan(service, { runs: 20, seed: 5 });
const reads = new Set(
  stagesOf([...service.operations.values()])
    .filter((s) => s.concurrent)
    .flatMap((s) => s.operations.map((o) => o.name)),
);

describe("parseShard", () => {
  it.each(["0/3", "4/3", "1/0", "a/3", "1", "1/3/2", ""])("refuses %j", (text) => {
    expect(() => parseShard(text)).toThrow(/--shard must be i\/n/);
  });
  it("reads i/n", () => expect(parseShard(" 2/3 ")).toEqual({ index: 2, count: 3 }));
});

describe("splitPlan", () => {
  it.each([1, 2, 3, 5, 80])("puts every operation in exactly one of %i shards, in plan order", (count) => {
    const parts = splitPlan(service, plan, count);
    expect(parts).toHaveLength(count);
    const all = parts.flatMap((p) => p.operations);
    expect([...all].sort()).toEqual([...plan.operations].sort());
    for (const p of parts)
      expect(p.operations).toEqual(plan.operations.filter((o) => p.operations.includes(o)));
    expect(parts.filter((p) => p.stateful)).toHaveLength(1);
  });

  it("keeps every write and delete, and the stateful phase, in one shard: they act on each other", () => {
    const parts = splitPlan(service, plan, 3);
    const writing = parts.filter((p) => p.operations.some((o) => !reads.has(o)));
    expect(writing).toHaveLength(1);
    expect(writing[0]?.stateful).toBe(true);
    expect(writing[0]?.operations.filter((o) => !reads.has(o))).toHaveLength(
      plan.operations.filter((o) => !reads.has(o)).length,
    );
  });

  it("balances the reads by planned cases: the lighter shards differ by at most the heaviest read", () => {
    const parts = splitPlan(service, plan, 4);
    const readOnly = parts.filter((p) => !p.stateful).map((p) => p.weight);
    const heaviestRead = Math.max(
      ...[...reads].map((o) => plannedCases(service, { ...plan, operations: [o] })),
    );
    expect(Math.max(...readOnly) - Math.min(...readOnly)).toBeLessThanOrEqual(heaviestRead);
    expect(parts.reduce((s, p) => s + p.weight, 0)).toBe(plannedCases(service, plan) + plan.runs * 15);
  });

  it("is the same split every time (no clock, no randomness)", () => {
    expect(splitPlan(service, plan, 3)).toEqual(splitPlan(service, plan, 3));
  });

  it("a shard's plan drops the stateful phase unless it holds it, and keeps the whole run's operations", () => {
    const shards = [1, 2, 3].map((index) => shardOf(service, plan, { index, count: 3 }));
    expect(shards.filter((s) => s.phases.includes("stateful"))).toHaveLength(1);
    for (const s of shards) expect(s.wholeRun).toEqual(plan.operations);
  });
});

describe("planDigest", () => {
  it("differs when anything that changes the cases differs", () => {
    const extra = { checks: ["a"], transport: "auto" };
    const base = planDigest(plan, extra);
    expect(planDigest(plan, extra)).toBe(base);
    expect(planDigest({ ...plan, seed: 6 }, extra)).not.toBe(base);
    expect(planDigest({ ...plan, runs: 3 }, extra)).not.toBe(base);
    expect(planDigest(plan, { ...extra, checks: ["b"] })).not.toBe(base);
  });
});
