/** The parity leaderboard as Markdown and as one self-contained HTML page. */
import { type CaseSection, caseDiffHtml, caseDiffMarkdown } from "../compare/renderCaseDiff.ts";
import { percent } from "../conformance.ts";
import { htmlPage } from "../html/htmlStyle.ts";
import { escapeHtml, mdCell } from "../text.ts";
import {
  failedChecksByOperation,
  type LeaderboardRow,
  leaderboard,
  type MatrixRun,
  type MatrixSkip,
  type OperationCell,
} from "./leaderboard.ts";

export interface MatrixReport {
  readonly seed: number;
  readonly runs: readonly MatrixRun[];
  readonly skipped: readonly MatrixSkip[];
  readonly cases: CaseSection;
  /** The command line that produced it, shown so the figures can be reproduced. */
  readonly command: string;
  /** The `--model` every run loaded, when not the committed document model. */
  readonly model?: string;
}

/** The leaderboard's title: against the document's model, or against the model named. */
function matrixTitle(m: MatrixReport): string {
  return `Emulator parity leaderboard (seed ${m.seed}${m.model ? `, model ${m.model}` : ""})`;
}

const HEADERS = [
  "Emulator",
  "Conformance",
  "Findings",
  "Unimplemented ops",
  "Reach: valid cases 2xx",
  "Reach: ops with a 2xx",
  "Cases",
  "Run time",
] as const;

function label(r: Pick<LeaderboardRow, "emulator" | "version">): string {
  return r.version ? `${r.emulator} ${r.version}` : r.emulator;
}

function rowCells(r: LeaderboardRow): string[] {
  return [
    label(r),
    percent(r.conformance),
    String(r.findings),
    String(r.unimplemented),
    `${r.reach.valid2xx}/${r.reach.validSent}`,
    `${r.reach.operations2xx}/${r.reach.operations}`,
    String(r.cases),
    `${Math.round(r.seconds)} s`,
  ];
}

function cellText(c: OperationCell): string {
  if (c.kind === "unimplemented") return "unimplemented";
  if (c.kind === "absent") return "not run";
  return c.failed.length === 0 ? "✅" : c.failed.join(", ");
}

/** The leaderboard table alone (what the README shows). */
export function leaderboardMarkdown(rows: readonly LeaderboardRow[]): string[] {
  return [
    `| ${HEADERS.join(" | ")} |`,
    `|---|${HEADERS.slice(1)
      .map(() => "---:")
      .join("|")}|`,
    ...rows.map((r) => `| ${rowCells(r).map(mdCell).join(" | ")} |`),
  ];
}

export function matrixMarkdown(m: MatrixReport): string {
  const rows = leaderboard(m.runs);
  const labels = m.runs.map((r) => label({ emulator: r.emulator, ...versionOf(r) }));
  const out = [
    `## ${matrixTitle(m)}`,
    "",
    `\`${m.command}\``,
    "",
    ...leaderboardMarkdown(rows),
    "",
    ...m.skipped.map((s) => `- ${mdCell(s.emulator)} not run: ${mdCell(s.reason)}`),
    ...(m.skipped.length > 0 ? [""] : []),
    "Conformance: applicable verdicts passed (warn counts as passed). Reach: valid requests a client would send that the emulator answered 2xx.",
    "",
    "### Failed checks per operation",
    "",
    `| Operation | ${labels.map(mdCell).join(" | ")} |`,
    `|---|${labels.map(() => "---").join("|")}|`,
    ...failedChecksByOperation(m.runs).map(
      ([op, cells]) => `| ${mdCell(op)} | ${cells.map((c) => mdCell(cellText(c))).join(" | ")} |`,
    ),
    "",
    ...caseDiffMarkdown(m.cases, labels),
  ];
  return `${out.join("\n")}\n`;
}

export function matrixHtml(m: MatrixReport): string {
  const rows = leaderboard(m.runs);
  const labels = m.runs.map((r) => label({ emulator: r.emulator, ...versionOf(r) }));
  const th = (s: string) => `<th>${escapeHtml(s)}</th>`;
  const board = `<table id="leaderboard"><thead><tr>${HEADERS.map(th).join("")}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr data-emulator="${escapeHtml(r.emulator)}">${rowCells(r)
          .map((c) => `<td>${escapeHtml(c)}</td>`)
          .join("")}</tr>`,
    )
    .join("")}</tbody></table>`;
  const skipped = m.skipped
    .map((s) => `<li>${escapeHtml(`${s.emulator} not run: ${s.reason}`)}</li>`)
    .join("");
  const ops = failedChecksByOperation(m.runs)
    .map(
      ([op, cells]) =>
        `<tr data-operation="${escapeHtml(op)}"><th scope="row">${escapeHtml(op)}</th>${cells
          .map((c) => `<td class="${cellClass(c)}">${escapeHtml(cellText(c))}</td>`)
          .join("")}</tr>`,
    )
    .join("");
  const title = matrixTitle(m);
  const body = `<h1>${escapeHtml(title)}</h1><p class="meta"><code>${escapeHtml(m.command)}</code></p>${board}${skipped ? `<ul>${skipped}</ul>` : ""}<h2>Failed checks per operation</h2><table id="operations"><thead><tr><th>Operation</th>${labels.map(th).join("")}</tr></thead><tbody>${ops}</tbody></table>${caseDiffHtml(m.cases, labels)}`;
  return htmlPage(escapeHtml(title), body);
}

function versionOf(r: MatrixRun): { version?: string } {
  return r.doc.meta.target.version ? { version: r.doc.meta.target.version } : {};
}

function cellClass(c: OperationCell): string {
  if (c.kind === "unimplemented") return "notApplicable";
  if (c.kind === "absent") return "none";
  return c.failed.length === 0 ? "pass" : "fail";
}
