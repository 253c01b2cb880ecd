/** Reads a results.json of any size one line at a time (its layout: head line, one line per case, tail). */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

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
  let summary: ResultsTally["summary"] = {};
  let lineNo = 0;
  for await (const line of createInterface({
    input: createReadStream(file, "utf8"),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    lineNo++;
    if (lineNo === 1 || line === "") continue;
    if (line.startsWith("],")) {
      summary = (JSON.parse(`{${line.slice(2)}`) as { summary: ResultsTally["summary"] }).summary;
      continue;
    }
    const record = JSON.parse(line.startsWith(",") ? line.slice(1) : line) as {
      id: string;
      verdicts: unknown[];
    };
    cases++;
    if (ids.has(record.id)) duplicateIds++;
    ids.add(record.id);
    if (record.verdicts.length === 0) withoutVerdict.push(record.id);
  }
  return { cases, withoutVerdict, duplicateIds, summary };
}
