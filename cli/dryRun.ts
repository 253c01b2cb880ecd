/**
 * `--dry-run`: what a run would send and create, printed without sending anything (not even the probe):
 * operations × phases × cases, the fixtures, what cases create, and what is billed by the hour.
 */
import type { ServiceView } from "../core/serviceView.ts";
import type { RunPlan } from "../suites/engine/plan.ts";
import { CREATIONS } from "../suites/resources/createdResources.ts";
import { type AccountMode, describeMode } from "../suites/safety/accountMode.ts";
import { changesState } from "../suites/safety/namedResources.ts";
import { wingFor } from "../suites/wing/wingFor.ts";
import { plannedCasesOf } from "./plannedCases.ts";
import { describeBound, type ResourceBound } from "./resourceBound.ts";

export interface DryRunContext {
  readonly target: string;
  readonly account: AccountMode;
  readonly readOnly: boolean;
  readonly allowRealAws: boolean;
  readonly bound: ResourceBound;
}

const BUNDLE =
  "a function with a version, an alias, URL configs, an event invoke config, a policy statement, an event source mapping, a code signing config, and a layer version with a policy";

export function renderDryRun(service: ServiceView, plan: RunPlan, ctx: DryRunContext): string {
  const generated = plan.phases.filter((p) => p !== "stateful");
  const width = Math.max(9, ...plan.operations.map((o) => o.length));
  const lines = [
    "lambda-conformance: dry run: nothing is sent.",
    `target ${ctx.target} · ${describeMode(ctx.account)} · seed ${plan.seed}`,
    "",
    `${"operation".padEnd(width)}  ${generated.map((p) => p.padStart(8)).join("  ")}  changes state`,
  ];
  let total = 0;
  for (const name of plan.operations) {
    const op = service.operations.get(name);
    if (!op) continue;
    const counts = generated.map((p) => plannedCasesOf(op, p, plan.runs));
    total += counts.reduce((a, b) => a + b, 0);
    lines.push(
      `${name.padEnd(width)}  ${counts.map((n) => String(n).padStart(8)).join("  ")}  ${changesState(op) ? "yes" : "no"}`,
    );
  }
  lines.push(
    "",
    `${total} cases in ${plan.operations.length} operations × ${generated.join(", ") || "no generated phase"}`,
  );
  if (plan.phases.includes("stateful"))
    lines.push(`stateful: ${plan.runs} command sequences (their length follows the target's answers)`);
  lines.push("", ...resources(service, plan, ctx), describeBound(ctx.bound));
  return `${lines.join("\n")}\n`;
}

function resources(service: ServiceView, plan: RunPlan, ctx: DryRunContext): string[] {
  if (ctx.readOnly) return ["creates: nothing (--read-only: no fixtures, only reads)", "hourly-billed: none"];
  const planned = new Set(plan.operations);
  const wing = wingFor(service);
  const own = wing.ownResourceOperations(service).filter((op) => planned.has(op));
  const creating = Object.keys(CREATIONS).filter((op) => planned.has(op));
  const costly = [
    ...plan.operations.filter((op) => wing.costly.operations[op]),
    ...plan.phases.filter((p) => wing.costly.phases[p]).map((p) => `phase ${p}`),
  ];
  return [
    "creates (every name lc-<runId>-…, tagged lambda-conformance:run=<runId>, deleted at the end and on Ctrl-C):",
    `  ${ctx.allowRealAws ? "no role (--role-arn) and no queue" : "1 IAM role, 1 SQS queue"}`,
    `  1 shared bundle: ${BUNDLE}`,
    `  ${own.length} own bundles (the same), one per operation that changes what it names: ${own.join(", ") || "none"}`,
    `  what cases of ${creating.join(", ") || "no operation"} create, recorded from their answers`,
    `hourly-billed: ${
      !ctx.allowRealAws
        ? "none (not real AWS; provisioned concurrency is created on the target)"
        : costly.length > 0
          ? `provisioned concurrency, from ${costly.join(", ")}`
          : "none (provisioned concurrency needs --allow-costly)"
    }`,
  ];
}
