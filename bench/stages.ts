/**
 * Where the suite's own CPU goes, stage by stage: the plan's cases run one at a time against moto
 * (so each stage's CPU is its own) — generation, sending (SDK or raw, as the engine picks, against the
 * replay's raw send of the same case), checks, and report writing. Microseconds of CPU per case.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CaseResult } from "../core/caseResult.ts";
import type { RequestCase } from "../core/requestCase.ts";
import type { ServiceView } from "../core/serviceView.ts";
import { generateCases } from "../generators/generateCases.ts";
import { createReporters } from "../reports/createReporters.ts";
import { createRunMeta } from "../reports/runMeta.ts";
import { CHECKS } from "../suites/checks/registry.ts";
import { judge } from "../suites/engine/judge.ts";
import type { RunPlan } from "../suites/engine/plan.ts";
import { sendCase } from "../suites/engine/sendCase.ts";
import { serializeRequest } from "../suites/engine/serializeRequest.ts";
import { startMotoSession } from "./motoSession.ts";

/** CPU microseconds per case of each stage, and the number of cases. */
export type StageCosts = Record<"generate" | "sendSuite" | "sendRaw" | "judge" | "report", number> & {
  readonly cases: number;
};

const cpuNow = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/** Runs the stages over the cases of `ids` (as the engine named them), or every case when absent. */
export async function measureStages(
  service: ServiceView,
  plan: RunPlan,
  ids?: ReadonlySet<string>,
): Promise<StageCosts> {
  const moto = await startMotoSession(service, plan);
  const out = await mkdtemp(join(tmpdir(), "lc-bench-stages-"));
  const { transports } = moto.session;
  const spent = { generate: 0, sendSuite: 0, sendRaw: 0, judge: 0, report: 0 };
  const results: CaseResult[] = [];
  try {
    let t = cpuNow();
    const cases: RequestCase[] = [];
    for (const name of plan.operations) {
      const op = service.operations.get(name);
      if (op)
        for (const phase of plan.phases)
          cases.push(...generateCases(op, phase, plan.seed, plan.runs, moto.fixtures));
    }
    spent.generate = cpuNow() - t;
    const chosen = cases.filter((c) => !ids || ids.has(`${c.operation}/${c.phase}/${c.path ?? "0"}`));
    for (const c of chosen) {
      const op = service.operations.get(c.operation);
      if (!op) continue;
      t = cpuNow();
      const { request, response } = await sendCase(op, c, transports, "auto");
      spent.sendSuite += cpuNow() - t;
      t = cpuNow();
      await transports.raw.send(serializeRequest(op, c));
      spent.sendRaw += cpuNow() - t;
      t = cpuNow();
      const verdicts = judge({ case: c, response, operation: op, service }, CHECKS);
      spent.judge += cpuNow() - t;
      results.push({
        id: `${c.operation}/${c.phase}/${c.path ?? "0"}`,
        case: c,
        request,
        response,
        verdicts,
        replay: "",
      });
    }
    const reporters = createReporters(out, { failOn: "none" });
    t = cpuNow();
    await reporters.onRunStart(
      await createRunMeta({
        seed: plan.seed,
        target: { name: "moto", endpoint: moto.endpoint },
        options: {},
      }),
    );
    for (const r of results) await reporters.onCase(r);
    await reporters.onRunEnd({ exitReason: "completed", unimplementedOperations: [] });
    spent.report = cpuNow() - t;
    const n = Math.max(1, results.length);
    // Generation is billed over the cases the run sends; the others over the cases measured.
    return {
      cases: results.length,
      generate: spent.generate / Math.max(1, cases.length),
      sendSuite: spent.sendSuite / n,
      sendRaw: spent.sendRaw / n,
      judge: spent.judge / n,
      report: spent.report / n,
    };
  } finally {
    await moto.stop();
    await rm(out, { recursive: true, force: true });
  }
}
