/** The conformance matrix: a row per operation, a column per check, cells coloured by status and linked to findings. */
import { type ConformanceRow, cellStatus, percent } from "../conformance.ts";
import { SHAPE_CHECK } from "../reach.ts";
import type { CellCounts } from "../reporter.ts";
import { escapeHtml } from "../text.ts";

const SYMBOL = { pass: "✓", fail: "✗", warn: "!", notApplicable: "·" } as const;

/** The matrix table; `findingId(operation, check)` names the anchor of that cell's first finding. */
export function renderMatrix(
  rows: readonly ConformanceRow[],
  counts: readonly CellCounts[],
  findingId: (operation: string, check: string) => string | undefined,
  exercised: (operation: string) => boolean = () => true,
): string {
  const checks = [...new Set(counts.map((c) => c.check))].sort();
  const cells = new Map(counts.map((c) => [`${c.operation}|${c.check}`, c]));
  const head = checks.map((c) => `<th class="check"><span>${escapeHtml(c)}</span></th>`).join("");
  const body = rows.map((row) => {
    const tds = checks.map((check) =>
      check === SHAPE_CHECK && !exercised(row.name) && !row.unimplemented
        ? notExercised(cells.get(`${row.name}|${check}`))
        : cell(cells.get(`${row.name}|${check}`), findingId(row.name, check)),
    );
    const label = row.unimplemented ? ' <span class="badge unimplemented">unimplemented</span>' : "";
    return `<tr data-operation="${escapeHtml(row.name)}"${row.unimplemented ? ' class="unimplemented"' : ""}><th scope="row">${escapeHtml(row.name)}${label}</th><td class="pct">${row.unimplemented ? "—" : percent(row.conformance)}</td>${tds.join("")}</tr>`;
  });
  return `<table id="matrix"><thead><tr><th>Operation</th><th>Conformance</th>${head}</tr></thead><tbody>${body.join("")}</tbody></table>`;
}

/** A shape check that judged no success proves nothing about the success shape: not a ✓. */
function notExercised(c: CellCounts | undefined): string {
  const failed = c && c.fail > 0 ? ` (${c.fail} error shapes failed)` : "";
  return `<td class="cell none" title="no 2xx answer had its shape judged${failed}">not exercised</td>`;
}

function cell(c: CellCounts | undefined, anchor: string | undefined): string {
  if (!c) return '<td class="cell none" title="not run"></td>';
  const status = cellStatus(c);
  const title = `${c.operation} · ${c.check}: pass ${c.pass}, fail ${c.fail}, warn ${c.warn}, n/a ${c.notApplicable}`;
  const text = status === "fail" ? `${SYMBOL.fail} ${c.fail}` : SYMBOL[status];
  const content = anchor ? `<a href="#${anchor}" data-finding="${anchor}">${text}</a>` : text;
  return `<td class="cell ${status}" title="${escapeHtml(title)}">${content}</td>`;
}
