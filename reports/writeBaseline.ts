/** `lambda-conformance baseline update`: a results file without cases, small enough to commit. */

import { compareFindings } from "../core/finding.ts";
import { writeFileAtomic } from "./atomicWrite.ts";
import type { ResultsDoc } from "./resultsDoc.ts";

/** Writes `results` (cases dropped, findings sorted) as a pretty-printed baseline to `file`, atomically. */
export async function writeBaseline(results: ResultsDoc, file: string): Promise<void> {
  const { cases: _cases, ...rest } = results;
  const baseline: ResultsDoc = { ...rest, cases: [], findings: [...results.findings].sort(compareFindings) };
  await writeFileAtomic(file, `${JSON.stringify(baseline, null, 2)}\n`);
}
