import type { CalibrationResult } from "./calibrate.ts";

/** Counts of one check over a calibration set; `judged` excludes notApplicable. */
export interface CheckTally {
  readonly check: string;
  judged: number;
  pass: number;
  fail: number;
  warn: number;
}

/** Per-check counts, in the order the checks ran. */
export function calibrationTally(results: readonly CalibrationResult[]): CheckTally[] {
  const byCheck = new Map<string, CheckTally>();
  for (const { verdicts } of results)
    for (const v of verdicts) {
      const t = byCheck.get(v.check) ?? { check: v.check, judged: 0, pass: 0, fail: 0, warn: 0 };
      byCheck.set(v.check, t);
      // Calibration sends nothing, so nothing is skipped; the guard's status is no judgement either.
      if (v.status === "notApplicable" || v.status === "skipped") continue;
      t.judged++;
      t[v.status]++;
    }
  return [...byCheck.values()];
}
