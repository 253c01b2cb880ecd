/** `lambda-conformance run`: flags → session → reports → exit code (0 conformant, 1 not, 2 could not run). */
import { planGapLines, planGaps } from "../generators/planGaps.ts";
import { createReporters } from "../reports/createReporters.ts";
import { reachLine } from "../reports/reach.ts";
import { readResults } from "../reports/readResults.ts";
import { groupRootCauses } from "../reports/rootCause.ts";
import { createRunMeta } from "../reports/runMeta.ts";
import { modelFileFor } from "../specs/model/defaultModel.ts";
import { loadModelFile } from "../specs/model/loadModelFile.ts";
import { selectChecks } from "../suites/checks/registry.ts";
import { costlyExclusions } from "../suites/engine/costlyExclusions.ts";
import { makePlan } from "../suites/engine/plan.ts";
import { fixtureCost } from "../suites/resources/fixtureFailure.ts";
import { accountMode, describeMode } from "../suites/safety/accountMode.ts";
import { readOnlyPlan } from "../suites/safety/readOnlyPlan.ts";
import { wingFor } from "../suites/wing/wingFor.ts";
import { renderDryRun } from "./dryRun.ts";
import { HELP } from "./help.ts";
import { plannedCases } from "./plannedCases.ts";
import { progressLine } from "./progressLine.ts";
import { publishToGitHub } from "./publishGitHub.ts";
import { boundRefusal, describeBound, resourceBound } from "./resourceBound.ts";
import { parseRunArgs, UsageError } from "./runArgs.ts";
import { runEnd } from "./runEnd.ts";
import { RunTally } from "./runSummary.ts";
import { runSession } from "./session.ts";
import { planDigest, shardOf } from "./shardPlan.ts";

export async function runCommand(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseRunArgs>;
  try {
    args = parseRunArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`lambda-conformance run: ${e.message}\nSee: lambda-conformance --help`);
    return 2;
  }
  if ("help" in args) {
    console.log(HELP);
    return 0;
  }
  const service = loadModelFile(modelFileFor(args.model));
  const wing = wingFor(service);
  let plan = makePlan(service, {
    ops: args.ops,
    phases: args.phases,
    runs: args.runs,
    seed: args.seed,
    model: args.model,
  });
  if (args.allowRealAws && !args.allowCostly) {
    const kept = costlyExclusions(wing.costly, plan.operations, plan.phases);
    for (const note of kept.notes) console.error(`lambda-conformance: ${note}`);
    plan = { ...plan, operations: kept.operations, phases: kept.phases as typeof plan.phases };
  }
  if (args.readOnly) {
    const narrowed = readOnlyPlan(service, plan);
    if (narrowed.left.length > 0)
      console.error(`lambda-conformance: --read-only leaves out ${narrowed.left.join(", ")}`);
    plan = narrowed.plan;
  }
  // What cannot be generated degrades only itself: said once here and in the reports, never an abort.
  const gaps = planGaps(service, plan.operations);
  const gapLines = planGapLines(gaps);
  for (const line of gapLines) console.error(`lambda-conformance: ${line}`);
  plan = { ...plan, operations: plan.operations.filter((op) => !gaps.leftOut.has(op)) };
  const checks = selectChecks(args.checks);
  const whole = plan;
  if (args.shard) {
    plan = shardOf(service, whole, args.shard);
    console.error(
      `lambda-conformance: shard ${args.shard.index}/${args.shard.count}: ${plan.operations.length} of ${whole.operations.length} operations${plan.phases.includes("stateful") ? ", and the stateful phase" : ""}`,
    );
  }
  const shard = args.shard && {
    ...args.shard,
    operations: plan.operations,
    stateful: plan.phases.includes("stateful"),
    planDigest: planDigest(whole, { checks: checks.map((c) => c.name), transport: args.transport }),
  };
  const bound = resourceBound(service, plan, args.readOnly);
  const refusal = boundRefusal(bound, args.maxResources);
  if (refusal) {
    console.error(`lambda-conformance: ${refusal}`);
    return 2;
  }
  if (args.dryRun) {
    const account = accountMode(args.target !== "endpoint", args.account);
    process.stdout.write(
      renderDryRun(service, plan, { ...args, target: args.endpoint ?? args.target, account, bound }),
    );
    return 0;
  }
  const baseline = args.baseline ? await readResults(args.baseline) : undefined;
  const reporters = createReporters(args.out, { baseline, failOn: args.failOn });
  const tally = new RunTally();
  const planned = plannedCases(service, plan);
  const progress = progressLine(process.stderr, { planned });
  const controller = new AbortController();
  const budget = args.maxTimeS === undefined ? undefined : AbortSignal.timeout(args.maxTimeS * 1000);
  const signal = budget ? AbortSignal.any([controller.signal, budget]) : controller.signal;
  // `on`, not `once`: while this listener is installed the target's exit hook does not re-raise the
  // signal (which would kill us before teardown); a second signal is the user insisting.
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      console.error(`\nlambda-conformance: second ${signal}: exiting now, without teardown or reports`);
      process.exit(130);
    }
    console.error(
      `\nlambda-conformance: ${signal}: stopping, tearing down fixtures and writing partial reports…`,
    );
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  console.error(
    `lambda-conformance: seed ${args.seed}; ${plan.operations.length} operations × ${plan.phases.join(", ")}`,
  );
  let started = false;
  try {
    const outcome = await runSession(
      { ...args, service, plan, checks, signal },
      {
        async onStart({ runId, target, fixtures, account }) {
          started = true;
          console.error(
            `lambda-conformance: target ${target.name} ${target.version ?? ""} at ${target.endpoint}`,
          );
          console.error(
            `lambda-conformance: ${describeMode(account)}${args.readOnly ? "; --read-only" : ""}`,
          );
          console.error(`lambda-conformance: ${describeBound(bound)}`);
          if (fixtures.inactive && wing.needsActiveFunction.length > 0)
            console.error(
              `  environment: ${fixtures.inactive}; 5xx and 409 answers of ${wing.needsActiveFunction.join(", ")} are reported blocked (warn), not as findings`,
            );
          for (const line of fixtures.skipped)
            console.error(
              `  fixture not created: ${line}; ${fixtureCost(line.split(" (")[0] ?? "", plan.operations)}`,
            );
          await reporters.onRunStart({
            ...(await createRunMeta({
              runId,
              seed: args.seed,
              target: {
                name: target.name,
                endpoint: target.endpoint,
                ...(target.version ? { version: target.version } : {}),
              },
              ...(args.region ? { region: args.region } : {}),
              modelPath: modelFileFor(args.model),
              options: { ...args, model: args.model },
              ...(gapLines.length > 0 ? { generatorGaps: gapLines } : {}),
            })),
            shard,
          });
        },
        async onCase(result) {
          tally.add(result);
          await reporters.onCase(result);
        },
        onProgress: (done, op) => progress.update(done, op),
      },
    );
    progress.done();
    const end = runEnd(outcome, {
      interrupted: controller.signal.aborted,
      budgetSpentS: budget?.aborted ? args.maxTimeS : undefined,
      planned,
    });
    await reporters.onRunEnd(end);
    const result = reporters.outcome();
    // A shard's findings are part of a run: the merge job speaks for the whole.
    if (result && !args.shard) await publishToGitHub(result, args.failOn);
    console.log(tally.render(outcome.unimplemented));
    const leftover = [
      ...outcome.leftovers.functions,
      ...outcome.leftovers.layers,
      ...outcome.leftovers.roles,
      ...outcome.undeleted,
    ];
    if (outcome.guard)
      console.error(
        `lambda-conformance: ownership guard: ${outcome.guard.refused} cases not sent, ${outcome.guard.reads} absence reads`,
      );
    if (leftover.length > 0)
      console.error(`lambda-conformance: left behind after teardown: ${leftover.join(", ")}`);
    const untouched = outcome.leftovers.untouched ?? [];
    if (untouched.length > 0)
      console.error(
        `lambda-conformance: not deleted, not recorded as created by this run (shared account): ${untouched.join(", ")}`,
      );
    console.log(
      `\n${outcome.cases} cases, ${result?.findings.length ?? 0} findings (${groupRootCauses(result?.findings ?? []).length} root causes), ${outcome.unimplemented.length} unimplemented operations; reports in ${args.out}/`,
    );
    const reach = result ? reachLine(result.summary) : undefined;
    if (reach) console.log(reach);
    if (end.exitReason === "timeBudget") console.error(`lambda-conformance: ${end.detail}`);
    else if (outcome.aborted) {
      console.error(`lambda-conformance: run stopped: ${outcome.aborted}`);
      return 2;
    }
    return result?.exitCode ?? 2;
  } catch (e) {
    progress.done();
    if (started) await reporters.interrupt((e as Error).message).catch(() => undefined);
    console.error(`lambda-conformance run: could not run: ${(e as Error).message}`);
    return 2;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
