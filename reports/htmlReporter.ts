/** report.html: one self-contained page — matrix, per-group chart, and a drill-down per finding. */
import type { Finding } from "../core/finding.ts";
import { foldRows, operationRows, percent } from "./conformance.ts";
import { diffStatus } from "./diffFindings.ts";
import { renderChart } from "./html/htmlChart.ts";
import { renderFinding } from "./html/htmlFinding.ts";
import { renderMatrix } from "./html/htmlMatrix.ts";
import { renderRootCauses } from "./html/htmlRootCauses.ts";
import { htmlPage } from "./html/htmlStyle.ts";
import { reachLine, shapeExercised } from "./reach.ts";
import type { RunSummary } from "./reporter.ts";
import type { ReportData } from "./resultsDoc.ts";
import { skippedHeading, skippedNote, skippedRows } from "./skippedCases.ts";
import { escapeHtml, shortHash } from "./text.ts";
import { throttleNote } from "./throttleNote.ts";

/** The HTML report for one run; works offline, from a file:// URL or a CI artifact. */
export function renderHtml(data: ReportData): string {
  const { meta, summary, findings, diff } = data;
  const rows = operationRows(summary);
  const overall = foldRows(rows, () => "all")[0];
  const ids = new Map<string, string>();
  const anchor = new Map(findings.map((f, i) => [f, i]));
  findings.forEach((f, i) => {
    const key = `${f.operation}|${f.check}`;
    if (!ids.has(key)) ids.set(key, `f-${i}`);
  });
  const title = `Lambda API conformance: ${meta.target.name}${meta.target.version ? ` ${meta.target.version}` : ""}`;
  const diffLine = diff
    ? `<p id="baseline">Against the baseline: <span class="badge new">${diff.new.length} new</span> <span class="badge fixed">${diff.fixed.length} fixed</span> <span class="badge unchanged">${diff.unchanged.length} unchanged</span></p>`
    : "";
  const entries = (list: readonly Finding[] | undefined, badge: string, label: string) =>
    (list ?? [])
      .map(
        (f) =>
          `<li><span class="badge ${badge}">${label}</span> ${escapeHtml(`${f.operation} · ${f.check} · ${f.violationKind} · ${f.signature}`)}</li>`,
      )
      .join("");
  const fixed = entries(diff?.fixed, "fixed", "fixed");
  const notTested = entries(diff?.notTested, "unchanged", "not tested");
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">endpoint <code>${escapeHtml(meta.target.endpoint)}</code> · seed <code>${meta.seed}</code> · suite ${escapeHtml(meta.suiteVersion)} · model <code>${escapeHtml(shortHash(meta.modelHash))}</code> · ${escapeHtml(meta.startedAt)} → ${escapeHtml(summary.finishedAt)} · run ${escapeHtml(summary.exitReason)}${summary.detail ? ` (${escapeHtml(summary.detail)})` : ""}</p>`,
    `<p><span class="big" id="overall">${percent(overall?.conformance)}</span> conformance · ${findings.length} findings · ${summary.cases} cases · ${summary.unimplementedOperations.length} unimplemented operations${throttleNote(summary)}${skippedNote(summary)}</p>`,
    ...(reachLine(summary) ? [`<p id="reach">${escapeHtml(reachLine(summary) as string)}</p>`] : []),
    diffLine,
    "<h2>Conformance per operation group</h2>",
    renderChart(rows),
    "<h2>Matrix: operations × checks</h2>",
    renderMatrix(
      rows,
      summary.counts,
      (op, check) => ids.get(`${op}|${check}`),
      (op) => shapeExercised(summary, op),
    ),
    skippedSection(summary),
    renderRootCauses(findings, (f) => `f-${anchor.get(f)}`),
    `<h2>Findings (${findings.length})</h2>`,
    findings.length === 0 ? "<p>No failures.</p>" : "",
    ...findings.map((f, i) => renderFinding(f, `f-${i}`, diffStatus(f, diff))),
    fixed ? `<h2>Fixed since the baseline</h2><ul id="fixed">${fixed}</ul>` : "",
    notTested ? `<h2>Baseline entries this run did not test</h2><ul id="not-tested">${notTested}</ul>` : "",
  ];
  return htmlPage(escapeHtml(title), body.join("\n"));
}

/** The list of what the ownership guard did not send, or "" when everything was sent. */
function skippedSection(summary: RunSummary): string {
  const rows = skippedRows(summary);
  if (rows.length === 0) return "";
  const cells = rows
    .map(
      (s) =>
        `<tr><td>${escapeHtml(s.operation)}</td><td>${s.phase}</td><td>${s.cases}</td><td>${escapeHtml(s.reason)}</td></tr>`,
    )
    .join("");
  return `<h2>${escapeHtml(skippedHeading(summary))}</h2><table id="skipped"><tr><th>Operation</th><th>Phase</th><th>Cases</th><th>First reason</th></tr>${cells}</table>`;
}
