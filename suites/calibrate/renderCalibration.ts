import type { CalibrationResult } from "./calibrate.ts";
import { calibrationTally } from "./calibrationTally.ts";

/** The calibrate command's text: per-check counts, every fail with its reason, warns counted by reason. */
export function renderCalibration(results: readonly CalibrationResult[]): string {
  const lines = [
    `calibrate: ${results.length} recorded responses`,
    "",
    "check | judged | pass | fail | warn",
  ];
  lines.push("---|---:|---:|---:|---:");
  for (const t of calibrationTally(results))
    lines.push(`${t.check} | ${t.judged} | ${t.pass} | ${t.fail} | ${t.warn}`);
  const unknown = results.filter((r) => r.unknownOperation);
  if (unknown.length > 0) {
    lines.push("", `operations the model lacks (drift, not judged): ${unknown.length}`);
    for (const r of unknown) lines.push(`  ${r.recorded.operation} (${r.recorded.source})`);
  }
  const fails = results.flatMap((r) =>
    r.verdicts.filter((v) => v.status === "fail").map((v) => ({ r: r.recorded, v })),
  );
  lines.push("", `fails: ${fails.length}`);
  for (const { r, v } of fails)
    lines.push(`  FAIL ${v.check} ${r.operation} ${r.status} [${r.source}]: ${v.reason ?? ""}`);
  const warns = new Map<string, number>();
  for (const r of results)
    for (const v of r.verdicts)
      if (v.status === "warn") {
        const key = `${v.check}: ${v.reason ?? ""}`;
        warns.set(key, (warns.get(key) ?? 0) + 1);
      }
  lines.push("", `warns by reason: ${[...warns.values()].reduce((a, b) => a + b, 0)}`);
  for (const [reason, n] of [...warns].sort((a, b) => b[1] - a[1])) lines.push(`  ${n} × ${reason}`);
  return lines.join("\n");
}
