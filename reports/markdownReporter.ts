/** report.md: a pull-request comment — overall and per-operation conformance, top failures, baseline marks. */

import type { Finding } from "../core/finding.ts";
import { foldRows, operationRows, percent } from "./conformance.ts";
import { diffStatus } from "./diffFindings.ts";
import { findingWhere } from "./findingWhere.ts";
import { reachLine } from "./reach.ts";
import type { ReportData } from "./resultsDoc.ts";
import { groupRootCauses } from "./rootCause.ts";
import { skippedHeading, skippedNote, skippedRows } from "./skippedCases.ts";
import { mdCell, oneLine, shortHash } from "./text.ts";
import { throttleNote } from "./throttleNote.ts";

/** How many findings the comment lists before pointing at the HTML report. */
export const TOP_FAILURES = 15;
/** How many shared root causes the comment lists. */
export const TOP_CAUSES = 15;

/** The Markdown report for one run. */
export function renderMarkdown(data: ReportData): string {
  const { meta, summary, findings, diff } = data;
  const rows = operationRows(summary);
  const overall = foldRows(rows, () => "all")[0];
  const out: string[] = [];
  const version = meta.target.version ? ` ${meta.target.version}` : "";
  out.push(`## Lambda API conformance: ${meta.target.name}${version}`, "");
  out.push(
    `**${percent(overall?.conformance)}** conformance (${overall?.passed ?? 0} of ${(overall?.passed ?? 0) + (overall?.failed ?? 0)} applicable verdicts passed) · ${findings.length} findings · ${summary.cases} cases${throttleNote(summary)}${skippedNote(summary)}`,
    "",
    ...(reachLine(summary) ? [reachLine(summary) as string, ""] : []),
    `seed \`${meta.seed}\` · suite ${meta.suiteVersion} · model \`${shortHash(meta.modelHash)}\` · run ${summary.exitReason}${summary.detail ? ` (${mdCell(oneLine(summary.detail))})` : ""}`,
    "",
  );
  if (meta.generatorGaps?.length)
    out.push("### Generator gaps", "", ...meta.generatorGaps.map((line) => `- ${mdCell(line)}`), "");
  if (diff)
    out.push(
      `Against the baseline: **${diff.new.length} new**${diff.expired ? ` (${diff.expired.length} of them past their baseline entry's expiry)` : ""}, ${diff.fixed.length} not observed (fixed?), ${diff.unchanged.length} unchanged findings${diff.notTested ? `; ${diff.notTested.length} baseline entries not tested by this run` : ""}.`,
      "",
    );
  out.push(
    "### Per operation",
    "",
    "| Operation | Conformance | Passed | Failed | Valid 2xx | |",
    "|---|---:|---:|---:|---:|---|",
  );
  const reach = new Map((summary.reach ?? []).map((r) => [r.operation, r]));
  for (const r of rows) {
    const mark = r.unimplemented ? "⚪ unimplemented" : r.failed > 0 ? "❌" : "✅";
    const value = r.unimplemented ? "—" : percent(r.conformance);
    const op = reach.get(r.name);
    const valid = op ? `${op.succeeded} of ${op.valid}` : "—";
    out.push(`| ${mdCell(r.name)} | ${value} | ${r.passed} | ${r.failed} | ${valid} | ${mark} |`);
  }
  out.push(
    "",
    ...skippedSection(data),
    ...rootCauses(findings),
    ...topFailures(findings, data),
    ...fixedSection(data),
  );
  return `${out.join("\n")}\n`;
}

function topFailures(findings: readonly Finding[], data: ReportData): string[] {
  if (findings.length === 0) return ["### Failures", "", "None.", ""];
  const rank = (f: Finding) => (diffStatus(f, data.diff) === "new" ? 0 : 1);
  const top = [...findings].sort((a, b) => rank(a) - rank(b) || b.count - a.count).slice(0, TOP_FAILURES);
  const shown =
    top.length < findings.length ? ` (${top.length} of ${findings.length}; all in report.html)` : "";
  const out = [
    `### Top failures${shown}`,
    "",
    "| | Operation | Check | Violation | Signature | Count | Reason |",
    "|---|---|---|---|---|---:|---|",
  ];
  for (const f of top) {
    const status = diffStatus(f, data.diff);
    const mark = status === "new" ? "🆕 new" : status === "unchanged" ? "unchanged" : "❌";
    out.push(
      `| ${mark} | ${mdCell(findingWhere(f))} | ${mdCell(f.check)} | ${mdCell(f.violationKind)} | ${mdCell(f.signature)} | ${f.count} | ${mdCell(oneLine(f.reason))}${sameResponse(f)} |`,
    );
  }
  const first = top[0];
  if (first) out.push("", `Reproduce the first: \`${first.example.replay}\``);
  return [...out, ""];
}

/** Causes several findings share (one defect, many cells), each with every finding it explains. */
function rootCauses(findings: readonly Finding[]): string[] {
  const causes = groupRootCauses(findings);
  const shared = causes.filter((c) => c.findings.length > 1);
  if (shared.length === 0) return [];
  const out = [
    `### Root causes (${findings.length} findings from ${causes.length} causes; shared ones below)`,
    "",
  ];
  for (const c of shared.slice(0, TOP_CAUSES)) {
    out.push(`<details><summary>${mdCell(oneLine(c.cause))} — ${c.findings.length} findings</summary>`, "");
    for (const f of c.findings)
      out.push(
        `- ${mdCell(f.operation)} · ${mdCell(f.check)} · ${mdCell(f.violationKind)} · ${mdCell(f.signature)} (${mdCell(f.example.caseId)}, ${f.count} cases)`,
      );
    out.push("", "</details>", "");
  }
  if (shared.length > TOP_CAUSES) out.push(`…and ${shared.length - TOP_CAUSES} more shared causes.`, "");
  return out;
}

/** The note that ties findings of one response together (one defect, several checks). */
function sameResponse(f: Finding): string {
  const others = f.example.alsoFailed ?? [];
  return others.length > 0 ? ` (same response also failed: ${mdCell(others.join(", "))})` : "";
}

function skippedSection(data: ReportData): string[] {
  const rows = skippedRows(data.summary);
  if (rows.length === 0) return [];
  return [
    `### ${skippedHeading(data.summary)}`,
    "",
    "| Operation | Phase | Cases | First reason |",
    "|---|---|---:|---|",
    ...rows.map((s) => `| ${mdCell(s.operation)} | ${s.phase} | ${s.cases} | ${mdCell(oneLine(s.reason))} |`),
    "",
  ];
}

function fixedSection(data: ReportData): string[] {
  return [
    ...entryList(
      data.diff?.fixed ?? [],
      "✅ not observed",
      "Baseline entries tested and not observed (fixed?)",
    ),
    ...entryList(data.diff?.notTested ?? [], "⚪ not tested", "Baseline entries this run did not test"),
  ];
}

function entryList(entries: readonly Finding[], mark: string, title: string): string[] {
  if (entries.length === 0) return [];
  const items = entries.map(
    (f) =>
      `- ${mark}: ${mdCell(findingWhere(f))} · ${mdCell(f.check)} · ${mdCell(f.violationKind)} · ${mdCell(f.signature)}`,
  );
  return [`<details><summary>${title} (${entries.length})</summary>`, "", ...items, "", "</details>", ""];
}
