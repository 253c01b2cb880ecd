/** Speaks GitHub Actions' language when it runs there: the step summary file and annotations on stdout. */
import { appendFile } from "node:fs/promises";
import type { FailOn } from "../reports/diffFindings.ts";
import { annotations, stepSummary } from "../reports/githubOutputs.ts";
import type { ReportData } from "../reports/resultsDoc.ts";

/**
 * Appends the summary to `GITHUB_STEP_SUMMARY` when set, prints annotations when `GITHUB_ACTIONS` is
 * `true`; does nothing elsewhere. A summary file that cannot be written is a warning, not a failed run.
 */
export async function publishToGitHub(
  data: ReportData,
  failOn: FailOn,
  env: NodeJS.ProcessEnv = process.env,
  print: (line: string) => void = console.log,
): Promise<void> {
  if (env.GITHUB_ACTIONS === "true") for (const line of annotations(data, failOn)) print(line);
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  await appendFile(file, stepSummary(data)).catch((e: Error) =>
    console.error(`lambda-conformance: could not append to GITHUB_STEP_SUMMARY (${file}): ${e.message}`),
  );
}
