/**
 * Bytes per case of each report file a run wrote (issue #25: 100,000 cases must not mean gigabyte
 * files), and what results.json would weigh at 100,000 cases at that rate.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { readResults } from "../reports/readResults.ts";
import type { Row } from "./table.ts";

const FILES = ["results.json", "report.html", "junit.xml"] as const;

/** The row for the run written to `outDir` (read before the run's directory is removed). */
export async function resultFilesRow(outDir: string): Promise<Row> {
  const { meta, summary, findings } = await readResults(join(outDir, "results.json"));
  const cases = Math.max(1, summary.cases);
  const bytes = await Promise.all(FILES.map(async (f) => (await stat(join(outDir, f))).size));
  const perCase = bytes.map((b) => b / cases);
  // The envelope and the findings grow with distinct defects, not with cases: only the case lines scale.
  const fixed = Buffer.byteLength(JSON.stringify({ meta, summary, findings }));
  const caseLines = Math.max(0, (bytes[0] ?? 0) - fixed) / cases;
  const at100k = (caseLines * 100_000 + fixed) / 1e6;
  return {
    goal: "< 1,000 MB at 100,000",
    met: at100k < 1000,
    what: `report files per case (${summary.cases} cases)`,
    value: `${FILES.map((f, i) => `${f} ${Math.round(perCase[i] ?? 0)} B`).join(", ")}; results.json case lines ${Math.round(caseLines)} B each: 100,000 cases ≈ ${at100k.toFixed(0)} MB`,
  };
}
