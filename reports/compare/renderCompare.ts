/** `lambda-conformance compare A B`: the two runs side by side, as Markdown and as one offline HTML page. */
import { htmlPage } from "../html/htmlStyle.ts";
import type { ResultsDoc } from "../resultsDoc.ts";
import { escapeHtml, mdCell, oneLine, shortHash } from "../text.ts";
import { type CompareRow, compareResults, type SideStatus, targetLabel } from "./compareResults.ts";
import { type CaseSection, caseDiffHtml, caseDiffMarkdown } from "./renderCaseDiff.ts";

const MD_SYMBOL: Record<SideStatus, string> = {
  pass: "✅ pass",
  fail: "❌ fail",
  warn: "⚠️ warn",
  notApplicable: "· n/a",
  unimplemented: "⚪ unimplemented",
  absent: "— not run",
};

/** Markdown and HTML renderings of the comparison of runs `a` and `b`, with their case line-up when given. */
export function renderCompare(
  a: ResultsDoc,
  b: ResultsDoc,
  cases?: CaseSection,
): { markdown: string; html: string } {
  const rows = compareResults(a, b);
  const labels = [`A: ${targetLabel(a)}`, `B: ${targetLabel(b)}`];
  const md = compareMarkdown(a, b, rows);
  return {
    markdown: cases ? `${md}\n${caseDiffMarkdown(cases, labels).join("\n")}` : md,
    html: compareHtml(a, b, rows, cases ? caseDiffHtml(cases, labels) : ""),
  };
}

function heading(a: ResultsDoc, b: ResultsDoc, rows: readonly CompareRow[]): string[] {
  const agree = rows.filter((r) => r.agree).length;
  const notes = [];
  if (a.meta.modelHash !== b.meta.modelHash)
    notes.push(
      `models differ (${shortHash(a.meta.modelHash)} vs ${shortHash(b.meta.modelHash)}): cells may not be comparable`,
    );
  if (a.meta.seed !== b.meta.seed) notes.push(`seeds differ (${a.meta.seed} vs ${b.meta.seed})`);
  return [
    `A = ${targetLabel(a)}, B = ${targetLabel(b)}: agree on ${agree} of ${rows.length} (operation, check) cells, differ on ${rows.length - agree}.`,
    ...notes,
  ];
}

function compareMarkdown(a: ResultsDoc, b: ResultsDoc, rows: readonly CompareRow[]): string {
  const [line, ...notes] = heading(a, b, rows);
  const out = [
    `## Parity: ${mdCell(targetLabel(a))} vs ${mdCell(targetLabel(b))}`,
    "",
    line ?? "",
    ...notes.map((n) => `> ${n}`),
    "",
  ];
  const differ = rows.filter((r) => !r.agree);
  out.push("### Where they differ", "");
  if (differ.length === 0) out.push("Nowhere.", "");
  else {
    out.push(
      `| Operation | Check | A: ${mdCell(targetLabel(a))} | B: ${mdCell(targetLabel(b))} | Reason |`,
      "|---|---|---|---|---|",
    );
    for (const r of differ) {
      const reason = [
        r.reasonA && `A: ${oneLine(r.reasonA, 100)}`,
        r.reasonB && `B: ${oneLine(r.reasonB, 100)}`,
      ]
        .filter(Boolean)
        .join("; ");
      out.push(
        `| ${mdCell(r.operation)} | ${mdCell(r.check)} | ${MD_SYMBOL[r.a]} | ${MD_SYMBOL[r.b]} | ${mdCell(reason)} |`,
      );
    }
    out.push("");
  }
  const byOp = new Map<string, { agree: number; total: number }>();
  for (const r of rows) {
    const s = byOp.get(r.operation) ?? { agree: 0, total: 0 };
    s.total++;
    if (r.agree) s.agree++;
    byOp.set(r.operation, s);
  }
  out.push("### Per operation", "", "| Operation | Cells agreeing |", "|---|---:|");
  for (const [op, s] of byOp)
    out.push(`| ${mdCell(op)} | ${s.agree}/${s.total}${s.agree === s.total ? " ✅" : ""} |`);
  return `${out.join("\n")}\n`;
}

function compareHtml(a: ResultsDoc, b: ResultsDoc, rows: readonly CompareRow[], casesHtml: string): string {
  const checks = [...new Set(rows.map((r) => r.check))].sort();
  const ops = [...new Set(rows.map((r) => r.operation))].sort();
  const byKey = new Map(rows.map((r) => [`${r.operation}|${r.check}`, r]));
  const cell = (r: CompareRow | undefined) => {
    if (!r) return '<td class="none"></td>';
    const title = [`A ${r.a}`, r.reasonA, `B ${r.b}`, r.reasonB].filter(Boolean).join("\n");
    return `<td class="pair${r.agree ? "" : " differ"}" title="${escapeHtml(title)}"><span class="${r.a}">${escapeHtml(short(r.a))}</span><span class="${r.b}">${escapeHtml(short(r.b))}</span></td>`;
  };
  const head = checks.map((c) => `<th class="check"><span>${escapeHtml(c)}</span></th>`).join("");
  const body = ops.map(
    (op) =>
      `<tr data-operation="${escapeHtml(op)}"><th scope="row">${escapeHtml(op)}</th>${checks.map((c) => cell(byKey.get(`${op}|${c}`))).join("")}</tr>`,
  );
  const title = `Parity: ${targetLabel(a)} vs ${targetLabel(b)}`;
  const style =
    "<style>td.pair{padding:0;white-space:nowrap}td.pair span{display:inline-block;width:22px;text-align:center;padding:3px 0}span.pass{background:#dafbe1}span.fail{background:#ffd8d3}span.warn{background:#fff8c5}span.notApplicable,span.absent{background:#f6f8fa;color:#8c959f}span.unimplemented{background:#eee6ff}</style>";
  const notes = heading(a, b, rows)
    .map((n) => `<p>${escapeHtml(n)}</p>`)
    .join("");
  const html = `${style}<h1>${escapeHtml(title)}</h1>${notes}<p class="meta">Each cell: left A, right B; a red outline marks disagreement.</p><table id="matrix" class="diff"><thead><tr><th>Operation</th>${head}</tr></thead><tbody>${body.join("")}</tbody></table>${casesHtml}`;
  return htmlPage(escapeHtml(title), html);
}

function short(s: SideStatus): string {
  return { pass: "✓", fail: "✗", warn: "!", notApplicable: "·", unimplemented: "U", absent: "–" }[s];
}
