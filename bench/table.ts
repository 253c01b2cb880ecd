/** The bench's result table, Markdown so it pastes into the README and docs/benchmark.md as it is. */

/** One measured figure, with its goal when the issue sets one. */
export interface Row {
  readonly what: string;
  readonly value: string;
  readonly goal?: string;
  readonly met?: boolean;
}

/** Prints `rows` as a Markdown table, then a line on which goals were met. */
export function printTable(rows: readonly Row[], footer: string): void {
  const cells = rows.map((r) => [
    r.what,
    r.value,
    r.goal ?? "",
    r.met === undefined ? "" : r.met ? "met" : "NOT met",
  ]);
  const head = ["measure", "figure", "goal", ""];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
  const line = (c: readonly string[]) => `| ${c.map((x, i) => x.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const c of cells) console.log(line(c));
  const goals = rows.filter((r) => r.met !== undefined);
  console.log(`\n${footer}; goals met: ${goals.filter((r) => r.met).length} of ${goals.length}`);
}
