/**
 * `--read-only`: a plan of reads only, in every phase — the operations that change nothing (the model's
 * GETs), without the stateful phase (its sequences create and delete) and the protocol phase (its
 * probes send PATCH and bodies to every path) — and no fixtures, so the run creates nothing and has
 * nothing to delete.
 */
import type { Phase } from "../../core/requestCase.ts";
import type { ServiceView } from "../../core/serviceView.ts";
import type { RunPlan } from "../engine/plan.ts";
import { type FixtureSet, fixturePrefix } from "../resources/fixtureSet.ts";
import { changesState } from "./namedResources.ts";

/** Phases whose requests are not the reads of the plan's operations. */
const SENDS_CHANGES: readonly Phase[] = ["stateful", "protocol"];

/** `plan` narrowed to reads; `left` names what was dropped, for the run header. */
export function readOnlyPlan(service: ServiceView, plan: RunPlan): { plan: RunPlan; left: string[] } {
  const changing = (name: string): boolean => {
    const op = service.operations.get(name);
    return op === undefined || changesState(op);
  };
  const operations = plan.operations.filter((name) => !changing(name));
  const phases = plan.phases.filter((p) => !SENDS_CHANGES.includes(p));
  const left = [
    ...plan.operations.filter(changing),
    ...plan.phases.filter((p) => SENDS_CHANGES.includes(p)).map((p) => `phase ${p}`),
  ];
  return { plan: { ...plan, operations, phases }, left };
}

/** The fixture set of a read-only run: nothing created, and the report says so. */
export function readOnlyFixtures(runId: string): FixtureSet {
  return { runId, prefix: fixturePrefix(runId), skipped: ["--read-only: no fixtures created"] };
}
