/**
 * The stateful phase: fast-check model-based runs of command sequences against one endpoint. Each run
 * is explored once with every exchange reported; then each new kind of divergence is replayed from its
 * run's seed and path and shrunk to the shortest command sequence that still shows it.
 */
import fc from "fast-check";
import type { CaseResult } from "../../core/caseResult.ts";
import type { SentRequest } from "../../core/transportResponse.ts";
import { statefulModel } from "../checks/statefulModel.ts";
import type { RunChoices } from "../engine/runChoices.ts";
import type { Transports } from "../engine/sendCase.ts";
import { commandSequences } from "./commandSequences.ts";
import type { Family, StatefulReal } from "./commandSpec.ts";
import { type ExpectedState, emptyExpectedState, type Learnt } from "./expected/expectedState.ts";
import { type ApiContext, createStatefulApi, DivergenceError } from "./statefulApi.ts";
import { teardownExpectedState } from "./teardownExpectedState.ts";

/**
 * Replays one shrink may run, and all shrinks of the phase together: counts, not wall time, so the same
 * answers give the same shortest sequence on any machine.
 */
const SHRINK_ATTEMPTS_PER_DIVERGENCE = 40;
const SHRINK_ATTEMPTS_PER_PHASE = 200;

/** What `runStateful` needs. */
export interface StatefulOptions extends Pick<RunChoices, "service" | "checks" | "signal"> {
  readonly transports: Transports;
  readonly seed: number;
  /** fast-check runs, each a sequence of at most `MAX_COMMANDS` commands. */
  readonly runs: number;
  /** The `--model` file when not the default, for the replay line. */
  readonly model?: string;
  /** Every resource name starts with it (`lc-<runId>-st`), then the run's own part, so no run sees another's names. */
  readonly prefix: string;
  readonly roleArn: string;
  onCase(result: CaseResult): void | Promise<void>;
}

/** What a stateful phase did and found. */
export interface StatefulOutcome {
  readonly commandsRun: number;
  /** Exchanges where the target disagreed with the model (explored runs only). */
  readonly divergences: number;
  /** Distinct divergences, `Operation|kind`, in order of discovery. */
  readonly divergenceKinds: readonly string[];
  /** Counterexamples shrunk and reported with `shrunkFrom`. */
  readonly shrunk: number;
  /** Commands run per family. */
  readonly families: Readonly<Partial<Record<Family, number>>>;
  /** Operations the target answered as unimplemented (their commands were disabled). */
  readonly unimplemented: readonly string[];
  /** Names still present after their run's teardown, with the target's answer to the read that should have been 404. */
  readonly leftovers: readonly string[];
  readonly aborted?: string;
}

/**
 * The context with each failing exchange carrying the requests its run sent so far, in order, itself last:
 * a stateful finding reproduces only with the commands that led to it. Requests not sent are left out.
 */
function withSequence(ctx: ApiContext): ApiContext {
  const sent: SentRequest[] = [];
  return {
    ...ctx,
    record(result, divergence) {
      if (result.verdicts.some((v) => v.status === "skipped")) return ctx.record(result, divergence);
      sent.push(result.request);
      const failing = result.verdicts.some((v) => v.status === "fail");
      return ctx.record(failing ? { ...result, sequence: [...sent] } : result, divergence);
    },
  };
}

interface FirstSeen {
  readonly run: number;
  readonly id: string;
}

/** Runs the stateful phase; never throws for what the target answers, only for bugs and bad options. */
export async function runStateful(opts: StatefulOptions): Promise<StatefulOutcome> {
  if (!opts.prefix.startsWith("lc-"))
    throw new Error(`runStateful: prefix must start with "lc-": "${opts.prefix}"`);
  const disabled = new Set<string>();
  const layerHighWater = new Map<string, number>();
  const learnt: Learnt = {};
  const families: Partial<Record<Family, number>> = {};
  const firstSeen = new Map<string, FirstSeen>();
  let commandsRun = 0;
  let divergences = 0;
  const leftovers = new Set<string>();
  let currentRun = 0;
  let shrunk = 0;
  let labels: string[] = [];

  const base = {
    service: opts.service,
    transports: opts.transports,
    signal: opts.signal,
    checks: opts.checks,
    seed: opts.seed,
    runs: opts.runs,
    model: opts.model,
    disabled,
  };

  /**
   * One fast-check run under names of its own (`prefix`): fresh model, the api for `run`, teardown of
   * every name the model could use at the end, also on failure.
   */
  const execute = async (
    cmds: Iterable<fc.AsyncCommand<ExpectedState, StatefulReal>>,
    ctx: ApiContext,
    run: number,
    tally: boolean,
    prefix: string,
  ): Promise<void> => {
    const expected = emptyExpectedState(prefix, opts.roleArn, disabled, layerHighWater, learnt);
    labels = [];
    const real: StatefulReal = {
      api: createStatefulApi(withSequence(ctx), run),
      onCommand(family, label) {
        if (opts.signal?.aborted) throw new Error("interrupted");
        labels.push(label);
        if (!tally) return;
        commandsRun++;
        families[family] = (families[family] ?? 0) + 1;
      },
    };
    try {
      await fc.asyncModelRun(() => ({ model: expected, real }), cmds);
    } finally {
      for (const left of await teardownExpectedState(opts.transports.sdk, expected)) leftovers.add(left);
    }
  };

  const explore: ApiContext = {
    ...base,
    async record(result, divergence) {
      if (divergence !== undefined) {
        divergences++;
        if (!firstSeen.has(divergence)) firstSeen.set(divergence, { run: currentRun, id: result.id });
      }
      await opts.onCase(result);
    },
  };
  const explored = await fc.check(
    fc.asyncProperty(commandSequences(), async (cmds) => {
      await execute(cmds, explore, currentRun, true, `${opts.prefix}${currentRun}`);
      currentRun++;
    }),
    { seed: opts.seed, numRuns: opts.runs, endOnFailure: true },
  );
  if (opts.signal?.aborted) return outcome("interrupted");
  if (explored.failed) throw new Error(`runStateful: a run crashed: ${String(explored.errorInstance)}`);

  let attemptsLeft = SHRINK_ATTEMPTS_PER_PHASE;
  for (const [index, [key, seen]] of [...firstSeen].entries()) {
    if (attemptsLeft <= 0 || opts.signal?.aborted) break;
    const smallest = await shrinkDivergence(key, seen, index);
    if (!smallest) continue;
    shrunk++;
    const sequence = smallest.labels.join(" → ");
    // The last exchange is the one that showed the divergence; it carries the sequence.
    const last = smallest.results.length - 1;
    for (const [index, result] of smallest.results.entries())
      await opts.onCase({
        ...result,
        shrunkFrom: seen.id,
        verdicts: result.verdicts.map((v) =>
          index === last && v.check === statefulModel.name && v.status === "fail"
            ? { ...v, reason: `${v.reason}; shortest sequence: ${sequence}` }
            : v,
        ),
      });
  }
  return outcome(opts.signal?.aborted ? "interrupted" : undefined);

  /** Replays the run that first showed `key` and lets fast-check shrink it; the last failing attempt is the smallest. */
  async function shrinkDivergence(
    key: string,
    seen: FirstSeen,
    index: number,
  ): Promise<{ results: CaseResult[]; labels: string[] } | undefined> {
    let attempt: CaseResult[] = [];
    let attempts = 0;
    const limit = Math.min(SHRINK_ATTEMPTS_PER_DIVERGENCE, attemptsLeft);
    let smallest: { results: CaseResult[]; labels: string[] } | undefined;
    const ctx: ApiContext = { ...base, failOn: key, record: (result) => void attempt.push(result) };
    await fc.check(
      fc.asyncProperty(commandSequences(), async (cmds) => {
        // Past the limit every candidate passes unrun, which ends fast-check's search.
        if (attempts >= limit) return;
        attempts++;
        attemptsLeft--;
        attempt = [];
        try {
          await execute(cmds, ctx, seen.run, false, `${opts.prefix}${seen.run}x${index}-${attempts}`);
        } catch (e) {
          if (e instanceof DivergenceError) smallest = { results: attempt, labels: [...labels] };
          throw e;
        }
      }),
      {
        seed: opts.seed,
        path: String(seen.run),
        numRuns: opts.runs,
      },
    );
    return smallest;
  }

  function outcome(aborted?: string): StatefulOutcome {
    return {
      commandsRun,
      divergences,
      divergenceKinds: [...firstSeen.keys()],
      shrunk,
      families,
      unimplemented: [...disabled].sort(),
      leftovers: [...leftovers].sort(),
      ...(aborted ? { aborted } : {}),
    };
  }
}
