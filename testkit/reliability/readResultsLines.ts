/** A soak's tally of a results.json of any size, read with the one streaming reader of `reports/readResults.ts`. */
import { readCases, readResults } from "../../reports/readResults.ts";

/** What a soak needs from results.json without holding it in memory. */
export interface ResultsTally {
  readonly cases: number;
  /** Case ids with no verdict at all. */
  readonly withoutVerdict: string[];
  readonly duplicateIds: number;
  readonly summary: { exitReason?: string; detail?: string; cases?: number; throttles?: unknown };
}

/** Tallies the cases of `file`; throws when a line is not JSON (a half-written file). */
export async function readResultsLines(file: string): Promise<ResultsTally> {
  const ids = new Set<string>();
  const withoutVerdict: string[] = [];
  let cases = 0;
  let duplicateIds = 0;
  for await (const record of readCases(file)) {
    cases++;
    if (ids.has(record.id)) duplicateIds++;
    ids.add(record.id);
    if (record.verdicts.length === 0) withoutVerdict.push(record.id);
  }
  const { summary } = await readResults(file);
  return { cases, withoutVerdict, duplicateIds, summary };
}
