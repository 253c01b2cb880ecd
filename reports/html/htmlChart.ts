/** Inline SVG bar chart of conformance per operation group: no scripts, no external assets. */
import { type ConformanceRow, foldRows, operationGroup, percent } from "../conformance.ts";
import { escapeHtml } from "../text.ts";

const ROW = 24;
const LABEL = 170;
const BAR = 420;

/** Bar colour by conformance band. */
export function bandColour(value: number | undefined): string {
  if (value === undefined) return "#9e9e9e";
  return value >= 0.95 ? "#2e7d32" : value >= 0.7 ? "#f9a825" : "#c62828";
}

/** One bar per operation group, labelled with its conformance. */
export function renderChart(rows: readonly ConformanceRow[]): string {
  const groups = foldRows(rows, operationGroup);
  const height = groups.length * ROW + 8;
  const bars = groups.map((g, i) => {
    const y = i * ROW + 4;
    const width = Math.round((g.conformance ?? 0) * BAR);
    const label = `${percent(g.conformance)}${g.unimplemented ? " (unimplemented)" : ""}`;
    return [
      `<g class="bar" data-group="${escapeHtml(g.name)}">`,
      `<title>${escapeHtml(`${g.name}: ${label}, ${g.passed} passed, ${g.failed} failed`)}</title>`,
      `<text x="${LABEL - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(g.name)}</text>`,
      `<rect x="${LABEL}" y="${y}" width="${BAR}" height="${ROW - 6}" fill="#eeeeee"/>`,
      `<rect x="${LABEL}" y="${y}" width="${width}" height="${ROW - 6}" fill="${bandColour(g.conformance)}"/>`,
      `<text x="${LABEL + BAR + 8}" y="${y + 15}">${escapeHtml(label)}</text>`,
      "</g>",
    ].join("");
  });
  return `<svg id="chart" role="img" aria-label="Conformance per operation group" width="${LABEL + BAR + 170}" height="${height}" viewBox="0 0 ${LABEL + BAR + 170} ${height}">${bars.join("")}</svg>`;
}
