import type { Change, ModelDiff } from "./ModelDiff.ts";
import { renderChangeSummary } from "./renderChangeSummary.ts";

/**
 * Markdown report of a diff: a summary line, what changed from A to B (operations and members added,
 * enum values, constraints loosened or tightened), then one table per operation (service-wide errors first).
 */
export function renderDiffMarkdown(diff: ModelDiff): string {
  const title = `# Model diff: ${diff.a.service} (${diff.a.version}) → ${diff.b.service} (${diff.b.version})`;
  if (diff.changes.length === 0) return `${title}\n\nNo differences.\n`;
  const operations = [...new Set(diff.changes.map((change) => change.operation))];
  const named = operations.filter((operation) => operation !== "*").length;
  const scope = [
    `${named} operation${named === 1 ? "" : "s"}`,
    ...(operations.includes("*") ? ["service-wide errors"] : []),
  ];
  const lines = [
    title,
    "",
    `${diff.changes.length} changes: ${scope.join(", ")}.`,
    ...renderChangeSummary(diff, code),
  ];
  for (const operation of operations) {
    lines.push("", `### ${operation === "*" ? "Service (common errors)" : operation}`, "");
    lines.push("| change | member | A | B | witness / detail |", "|---|---|---|---|---|");
    for (const change of diff.changes.filter((c) => c.operation === operation)) lines.push(row(change));
  }
  return `${lines.join("\n")}\n`;
}

function row(change: Change): string {
  // An enum's full value lists drown the table; the detail column names the values added and removed.
  const show = change.kind === "enumChanged" ? count : value;
  const cells = [change.kind, code(change.path), show(change.a), show(change.b), detail(change)];
  return `| ${cells.join(" | ")} |`;
}

function detail(change: Change): string {
  const parts: string[] = [];
  if (change.kind === "patternChanged") {
    const { witness } = change;
    parts.push(
      witness
        ? `${code(JSON.stringify(witness.value))} accepted by ${witness.acceptedBy.toUpperCase()} only`
        : "no distinguishing string found (may be equivalent)",
    );
  }
  if (change.added?.length) parts.push(`added ${change.added.map((v) => code(v)).join(", ")}`);
  if (change.removed?.length) parts.push(`removed ${change.removed.map((v) => code(v)).join(", ")}`);
  if (change.alsoIn?.length) parts.push(`also in ${change.alsoIn.join(", ")}`);
  return parts.join("; ");
}

function count(values: unknown): string {
  if (!Array.isArray(values)) return "no enum";
  return `${values.length} value${values.length === 1 ? "" : "s"}`;
}

function value(value: unknown): string {
  if (value === undefined) return "";
  return code(typeof value === "string" ? value : JSON.stringify(value));
}

/** A table-safe code span: pipes escaped, and a fence longer than any backtick run inside. */
function code(text: string): string {
  if (text === "") return "";
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = "`".repeat(longest + 1);
  const padded = text.startsWith("`") || text.endsWith("`") ? ` ${text} ` : text;
  return `${fence}${padded.replaceAll("|", "\\|").replaceAll("\n", " ")}${fence}`;
}
