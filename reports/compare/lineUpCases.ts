/**
 * Case-by-case line-up of N runs of one seed and model: the same case id names the same generated
 * request in each, so where the answers differ the targets behave differently on the same input.
 */
import type { CaseRecord } from "../caseRecord.ts";
import type { ResultsDoc } from "../resultsDoc.ts";
import { shortHash } from "../text.ts";
import { type AnswerField, type CaseAnswer, caseAnswer, differingFields } from "./caseAnswer.ts";

/** One case whose answers differ between runs. */
export interface DifferingCase {
  readonly id: string;
  readonly operation: string;
  readonly phase: string;
  /** `tooLong /FunctionName` for an invalid case, the edge for a boundary case. */
  readonly what?: string;
  /** One per run, in the order given; undefined where that run did not have the case. */
  readonly answers: readonly (CaseAnswer | undefined)[];
  readonly fields: readonly AnswerField[];
}

export interface CaseLineUp {
  /** Cases every run has. */
  readonly common: number;
  /** Per run: its cases that some other run lacks (an unimplemented operation stops early). */
  readonly onlySome: readonly number[];
  /** Cases every run has whose answers differ, sorted by id. */
  readonly differing: readonly DifferingCase[];
}

/**
 * Stateful commands follow each target's own earlier answers, and shrunk replays depend on which
 * failure a target showed: neither names the same request across targets, so neither is lined up.
 */
function linesUp(r: CaseRecord): boolean {
  return r.phase !== "stateful" && r.shrunkFrom === undefined;
}

/** Why `docs` cannot be lined up case by case (different seeds or models), or an empty list. */
export function lineUpProblems(docs: readonly ResultsDoc[]): string[] {
  const problems: string[] = [];
  const seeds = [...new Set(docs.map((d) => d.meta.seed))];
  const models = [...new Set(docs.map((d) => d.meta.modelHash))];
  if (seeds.length > 1) problems.push(`seeds differ (${seeds.join(" vs ")})`);
  if (models.length > 1) problems.push(`models differ (${models.map(shortHash).join(" vs ")})`);
  return problems;
}

/** Lines up the cases of each run (streams, one per run) by case id. */
export async function lineUpCases(runs: readonly AsyncIterable<CaseRecord>[]): Promise<CaseLineUp> {
  const byId = new Map<string, { record: CaseRecord; answers: (CaseAnswer | undefined)[] }>();
  for (const [i, cases] of runs.entries())
    for await (const record of cases) {
      if (!linesUp(record)) continue;
      const entry = byId.get(record.id) ?? { record, answers: new Array(runs.length).fill(undefined) };
      entry.answers[i] = caseAnswer(record);
      byId.set(record.id, entry);
    }
  let common = 0;
  const onlySome = new Array<number>(runs.length).fill(0);
  const differing: DifferingCase[] = [];
  for (const [id, { record, answers }] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
    if (answers.some((a) => a === undefined)) {
      answers.forEach((a, i) => {
        if (a) onlySome[i] = (onlySome[i] ?? 0) + 1;
      });
      continue;
    }
    common++;
    const fields = differingFields(answers);
    if (fields.length === 0) continue;
    const what = record.violation
      ? `${record.violation.kind} ${record.violation.path || "/"}`
      : record.boundary;
    differing.push({
      id,
      operation: record.operation,
      phase: record.phase,
      ...(what ? { what } : {}),
      answers,
      fields,
    });
  }
  return { common, onlySome, differing };
}
