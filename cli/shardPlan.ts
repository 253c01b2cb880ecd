/**
 * `run --shard i/n`: the part of a plan one CI job runs. The unit is the operation, balanced by planned
 * cases, except where operations act on each other: reads see only the fixtures (they run first, before
 * any write), so each read is a unit of its own; writes and deletes run one at a time in plan order and
 * one can find what another made, so they stay together, with the stateful phase that runs after them,
 * as one unit. Every shard creates the fixtures of the whole plan and shrinks with the whole plan's
 * budget, so each case and verdict is the one the unsharded run has, and merged shards equal it.
 */
import { createHash } from "node:crypto";
import type { ServiceView } from "../core/serviceView.ts";
import type { RunPlan } from "../suites/engine/plan.ts";
import { stagesOf } from "../suites/engine/stages.ts";
import { MAX_COMMANDS } from "../suites/stateful/commandSequences.ts";
import { plannedCases } from "./plannedCases.ts";

/** Shard `index` (1-based) of `count`. */
export interface ShardSpec {
  readonly index: number;
  readonly count: number;
}

/** One unit of the split: operations that must run together, and whether the stateful phase is with them. */
interface Unit {
  readonly operations: readonly string[];
  readonly stateful: boolean;
  readonly weight: number;
}

/** What one shard runs. */
export interface ShardPart {
  readonly operations: readonly string[];
  readonly stateful: boolean;
  /** Planned cases, the stateful phase counted as runs × its longest sequence. */
  readonly weight: number;
}

/** `"2/3"` → `{ index: 2, count: 3 }`; throws with what was expected. */
export function parseShard(text: string): ShardSpec {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count)
    throw new Error(`--shard must be i/n with 1 ≤ i ≤ n (e.g. 2/3), got "${text}"`);
  return { index, count };
}

function unitsOf(service: ServiceView, plan: RunPlan): Unit[] {
  const ops = plan.operations.flatMap((name) => service.operations.get(name) ?? []);
  const cases = (name: string) => plannedCases(service, { ...plan, operations: [name] });
  const units: Unit[] = [];
  const chain: string[] = [];
  for (const stage of stagesOf(ops))
    for (const op of stage.operations)
      if (stage.concurrent) units.push({ operations: [op.name], stateful: false, weight: cases(op.name) });
      else chain.push(op.name);
  const stateful = plan.phases.includes("stateful");
  if (chain.length > 0 || stateful)
    units.push({
      operations: chain,
      stateful,
      weight: chain.reduce((sum, name) => sum + cases(name), 0) + (stateful ? plan.runs * MAX_COMMANDS : 0),
    });
  return units;
}

/** Every shard's part: heaviest unit first onto the lightest shard (lowest index on a tie), so any machine splits alike. */
export function splitPlan(service: ServiceView, plan: RunPlan, count: number): ShardPart[] {
  const parts = Array.from({ length: count }, () => ({ units: [] as Unit[], weight: 0 }));
  const units = unitsOf(service, plan).sort(
    (a, b) => b.weight - a.weight || (a.operations[0] ?? "").localeCompare(b.operations[0] ?? ""),
  );
  for (const unit of units) {
    const lightest = parts.reduce((best, p) => (p.weight < best.weight ? p : best));
    lightest.units.push(unit);
    lightest.weight += unit.weight;
  }
  return parts.map((p) => {
    const mine = new Set(p.units.flatMap((u) => u.operations));
    return {
      // Plan order: the write stage's order is part of what the run does.
      operations: plan.operations.filter((name) => mine.has(name)),
      stateful: p.units.some((u) => u.stateful),
      weight: p.weight,
    };
  });
}

/** The plan shard `spec` runs: its operations, the stateful phase only where it was assigned. */
export function shardOf(service: ServiceView, plan: RunPlan, spec: ShardSpec): RunPlan {
  const part = splitPlan(service, plan, spec.count)[spec.index - 1];
  if (!part) throw new Error(`shard ${spec.index}/${spec.count} does not exist`);
  return {
    ...plan,
    operations: part.operations,
    phases: plan.phases.filter((p) => p !== "stateful" || part.stateful),
    wholeRun: plan.wholeRun ?? plan.operations,
  };
}

/** sha256 of what makes two shards parts of one run: `merge` refuses shards whose digests differ. */
export function planDigest(
  plan: RunPlan,
  extra: { readonly checks: readonly string[]; readonly transport: string },
): string {
  const { operations, phases, runs, seed, model } = plan;
  return createHash("sha256")
    .update(JSON.stringify({ operations, phases, runs, seed, model: model ?? null, ...extra }))
    .digest("hex");
}
