/** The case-by-case section shared by `compare` (two runs) and `matrix` (N runs), as Markdown and HTML. */
import { escapeHtml, mdCell } from "../text.ts";
import { answerText } from "./caseAnswer.ts";
import type { CaseLineUp, DifferingCase } from "./lineUpCases.ts";

/** Rows listed in Markdown; the HTML page lists them all up to `HTML_ROWS`. */
const MD_ROWS = 60;
const HTML_ROWS = 5000;

/** Either the line-up, or why the runs could not be lined up. */
export type CaseSection = { readonly lineUp: CaseLineUp } | { readonly refused: readonly string[] };

function summaryLine(lineUp: CaseLineUp, labels: readonly string[]): string {
  const missing = lineUp.onlySome.map((n, i) => (n > 0 ? `${n} only in ${labels[i]}` : "")).filter(Boolean);
  return `${lineUp.common} cases in every run, answered differently in ${lineUp.differing.length}${missing.length > 0 ? `; not lined up: ${missing.join(", ")}` : ""}. Stateful commands and shrunk replays are left out (they follow each target's own answers).`;
}

function byOperation(differing: readonly DifferingCase[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const d of differing) counts.set(d.operation, (counts.get(d.operation) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}

/** `### Case by case` in Markdown. */
export function caseDiffMarkdown(section: CaseSection, labels: readonly string[]): string[] {
  const out = ["### Case by case", ""];
  if ("refused" in section) {
    out.push(`> not lined up: ${section.refused.join("; ")}: the same case id names different requests.`, "");
    return out;
  }
  const { lineUp } = section;
  out.push(summaryLine(lineUp, labels), "");
  if (lineUp.differing.length === 0) return out;
  out.push("| Operation | Cases answered differently |", "|---|---:|");
  for (const [op, n] of byOperation(lineUp.differing)) out.push(`| ${mdCell(op)} | ${n} |`);
  out.push(
    "",
    `| Case | Input | ${labels.map(mdCell).join(" | ")} | Differs in |`,
    `|---|---|${labels.map(() => "---").join("|")}|---|`,
  );
  for (const d of lineUp.differing.slice(0, MD_ROWS))
    out.push(
      `| ${mdCell(d.id)} | ${mdCell(d.what ?? d.phase)} | ${d.answers.map((a) => mdCell(answerText(a))).join(" | ")} | ${d.fields.join(", ")} |`,
    );
  if (lineUp.differing.length > MD_ROWS)
    out.push("", `… and ${lineUp.differing.length - MD_ROWS} more (all of them in the HTML page).`);
  out.push("");
  return out;
}

/** The same section as HTML. */
export function caseDiffHtml(section: CaseSection, labels: readonly string[]): string {
  if ("refused" in section)
    return `<h2>Case by case</h2><p class="refused">Not lined up: ${escapeHtml(section.refused.join("; "))}: the same case id names different requests.</p>`;
  const { lineUp } = section;
  const head = labels.map((l) => `<th>${escapeHtml(l)}</th>`).join("");
  const rows = lineUp.differing.slice(0, HTML_ROWS).map((d) => {
    const cells = d.answers.map((a) => `<td>${escapeHtml(answerText(a))}</td>`).join("");
    return `<tr data-case="${escapeHtml(d.id)}"><td><code>${escapeHtml(d.id)}</code></td><td>${escapeHtml(d.what ?? d.phase)}</td>${cells}<td>${escapeHtml(d.fields.join(", "))}</td></tr>`;
  });
  const more =
    lineUp.differing.length > HTML_ROWS ? `<p>… and ${lineUp.differing.length - HTML_ROWS} more.</p>` : "";
  return `<h2>Case by case</h2><p>${escapeHtml(summaryLine(lineUp, labels))}</p>${rows.length > 0 ? `<table id="cases"><thead><tr><th>Case</th><th>Input</th>${head}<th>Differs in</th></tr></thead><tbody>${rows.join("")}</tbody></table>` : ""}${more}`;
}
