/**
 * What a GitHub Actions job shows without opening an artifact: a short step summary (Markdown) and
 * workflow-command annotations for new findings. GitHub shows at most 10 error annotations per step,
 * so a handful are annotated and the summary lists the rest.
 */
import type { Finding } from "../core/finding.ts";
import { foldRows, operationRows, percent } from "./conformance.ts";
import type { FailOn } from "./diffFindings.ts";
import type { ReportData } from "./resultsDoc.ts";
import { mdCell, oneLine } from "./text.ts";

/** Annotations per run; the rest of the new findings are in the step summary. */
export const MAX_ANNOTATIONS = 5;
/** Operations listed as the worst, and new findings listed in the summary. */
const WORST_OPERATIONS = 5;
const LISTED_NEW = 20;

/** Findings to annotate: the new ones against a baseline, every one without a baseline. */
function newFindings(data: ReportData): readonly Finding[] {
  return data.diff ? data.diff.new : data.findings;
}

/** The step summary: conformance, new / fixed / unchanged, the worst operations, the new findings. */
export function stepSummary(data: ReportData): string {
  const { meta, summary, findings, diff } = data;
  const rows = operationRows(summary);
  const overall = foldRows(rows, () => "all")[0];
  const version = meta.target.version ? ` ${meta.target.version}` : "";
  const shards = meta.merged ? ` · merged from ${meta.merged.shards} shards` : "";
  const out = [
    `### Lambda API conformance: ${mdCell(meta.target.name)}${version}`,
    "",
    `**${percent(overall?.conformance)}** conformance · ${findings.length} findings · ${summary.cases} cases · seed \`${meta.seed}\` · run ${summary.exitReason}${shards}`,
    "",
  ];
  if (summary.detail) out.push(`> ${mdCell(oneLine(summary.detail, 300))}`, "");
  if (diff)
    out.push(
      `Against the baseline: **${diff.new.length} new**${diff.expired ? ` (${diff.expired.length} expired entries)` : ""} · ${diff.fixed.length} not observed (fixed?) · ${diff.unchanged.length} unchanged${diff.notTested ? ` · ${diff.notTested.length} not tested` : ""}`,
      "",
    );
  const worst = rows
    .filter((r) => r.failed > 0)
    .sort(
      (a, b) =>
        (a.conformance ?? 1) - (b.conformance ?? 1) || b.failed - a.failed || a.name.localeCompare(b.name),
    )
    .slice(0, WORST_OPERATIONS);
  if (worst.length > 0) {
    out.push("| Worst operations | Conformance | Failed verdicts |", "|---|---:|---:|");
    for (const r of worst) out.push(`| ${mdCell(r.name)} | ${percent(r.conformance)} | ${r.failed} |`);
    out.push("");
  }
  const fresh = newFindings(data);
  if (fresh.length > 0) {
    const shown = fresh.slice(0, LISTED_NEW);
    out.push(`**New findings** (${shown.length} of ${fresh.length}; all in report.md and report.html)`, "");
    for (const f of shown)
      out.push(
        `- ${mdCell(f.operation)} · ${mdCell(f.check)} · ${mdCell(f.violationKind)}: ${mdCell(oneLine(f.reason))}`,
      );
    out.push("");
  }
  return `${out.join("\n")}\n`;
}

/** `::error`/`::warning` lines for the first new findings, and a `::notice` pointing at the summary for the rest. */
export function annotations(data: ReportData, failOn: FailOn): string[] {
  const fresh = newFindings(data);
  // A finding the gate fails on is an error; under --fail-on none it is a warning.
  const level = failOn === "none" ? "warning" : "error";
  const lines = fresh
    .slice(0, MAX_ANNOTATIONS)
    .map(
      (f) =>
        `::${level} title=${property(`${data.diff ? "New finding" : "Finding"}: ${f.operation} · ${f.check}`)}::${message(`${f.violationKind}: ${oneLine(f.reason, 300)}\nReproduce: ${f.example.replay}`)}`,
    );
  if (fresh.length > MAX_ANNOTATIONS)
    lines.push(
      `::notice::${message(`${fresh.length - MAX_ANNOTATIONS} more new findings in the step summary and report.md`)}`,
    );
  return lines;
}

/** Workflow-command data escaping (the runner's own rules: %, CR, LF). */
function message(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** Property values also escape `:` and `,`. */
function property(text: string): string {
  return message(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
