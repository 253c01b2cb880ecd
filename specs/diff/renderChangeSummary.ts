import type { Change, ModelDiff } from "./ModelDiff.ts";
import { type Direction, summarizeChanges } from "./summarizeChanges.ts";

const DIRECTIONS: readonly Direction[] = ["loosened", "tightened", "changed"];

/** The "what B changed since A" section of the Markdown report: additions and constraints by direction. */
export function renderChangeSummary(diff: ModelDiff, code: (text: string) => string): string[] {
  const s = summarizeChanges(diff);
  const byOperation = (changes: readonly Change[]) => {
    const out = new Map<string, string[]>();
    for (const c of changes) out.set(c.operation, [...(out.get(c.operation) ?? []), c.path]);
    return [...out].map(([operation, paths]) => `| ${operation} | ${paths.map(code).join(", ")} |`);
  };
  const restated = s.constraints.filter((d) => d.direction === "restated").length;
  const lines = ["", "## What changed from A to B", ""];
  lines.push(
    `- **${s.operationsAdded.length} operations added**, ${s.operationsRemoved.length} removed`,
    `- **${s.membersAdded.length} members added** to inputs and outputs, ${s.membersRemoved.length} removed (and ${s.errorMembersAdded} members of error shapes added)`,
    `- **${s.enumChanges.length} enum lists changed**`,
    ...DIRECTIONS.map(
      (d) =>
        `- **${s.constraints.filter((c) => c.direction === d).length} constraints ${d === "changed" ? "changed both ways" : d}** (length, range, pattern, required)`,
    ),
    `- ${restated} constraints restated with the same effect (anchors \`^…$\`, a lower length bound of 0, a pattern with no distinguishing string found)`,
    `- ${s.other.length} type, binding, HTTP and error-list changes (in the tables below)`,
  );
  if (s.operationsAdded.length > 0) {
    lines.push("", "### Operations added", "", "| operation | endpoint |", "|---|---|");
    for (const c of s.operationsAdded) lines.push(`| ${c.operation} | ${code(String(c.b))} |`);
  }
  if (s.operationsRemoved.length > 0) {
    lines.push("", "### Operations removed", "", "| operation | endpoint |", "|---|---|");
    for (const c of s.operationsRemoved) lines.push(`| ${c.operation} | ${code(String(c.a))} |`);
  }
  if (s.membersAdded.length > 0)
    lines.push(
      "",
      "### Members added",
      "",
      "| operation | members |",
      "|---|---|",
      ...byOperation(s.membersAdded),
    );
  if (s.membersRemoved.length > 0)
    lines.push(
      "",
      "### Members removed",
      "",
      "| operation | members |",
      "|---|---|",
      ...byOperation(s.membersRemoved),
    );
  if (s.enumChanges.length > 0) {
    lines.push("", "### Enum values", "", "| operation | member | added | removed |", "|---|---|---|---|");
    for (const c of s.enumChanges)
      lines.push(
        `| ${c.operation} | ${code(c.path)} | ${(c.added ?? []).map(code).join(", ")} | ${(c.removed ?? []).map(code).join(", ")} |`,
      );
  }
  for (const d of DIRECTIONS) {
    const rows = s.constraints.filter((c) => c.direction === d);
    if (rows.length === 0) continue;
    lines.push("", `### Constraints ${d === "changed" ? "changed both ways" : d}`, "");
    lines.push("| operation | member | constraint | A | B |", "|---|---|---|---|---|");
    for (const { change: c } of rows) {
      const shown = (v: unknown) =>
        v === undefined ? "" : code(typeof v === "string" ? v : JSON.stringify(v));
      lines.push(
        `| ${c.operation} | ${code(c.path)} | ${c.kind.replace("Changed", "")} | ${shown(c.a)} | ${shown(c.b)} |`,
      );
    }
  }
  lines.push("", "## Every change");
  return lines;
}
