/** junit.xml: one testsuite per operation, one testcase per (operation, check), failures carry the minimal example. */

import { SAFETY_CHECK } from "../core/caseResult.ts";
import type { Finding } from "../core/finding.ts";
import { cellStatus } from "./conformance.ts";
import { diffStatus } from "./diffFindings.ts";
import type { CellCounts } from "./reporter.ts";
import type { ReportData } from "./resultsDoc.ts";
import { skippedRows } from "./skippedCases.ts";
import { shownBody } from "./storedBody.ts";
import { oneLine } from "./text.ts";

/** XML-escaped text with characters XML 1.0 forbids removed. */
export function xmlEscape(text: string): string {
  return xmlText(text).replaceAll('"', "&quot;");
}

/** XML element content: as `xmlEscape`, but quotes (only attribute values need them escaped) stay. */
function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");
}

/** The JUnit XML document for one run (Ant/Jenkins dialect, as CI test-report tools read it). */
export function renderJunit(data: ReportData): string {
  const byOp = new Map<string, CellCounts[]>();
  for (const c of data.summary.counts) byOp.set(c.operation, [...(byOp.get(c.operation) ?? []), c]);
  for (const op of data.summary.unimplementedOperations) if (!byOp.has(op)) byOp.set(op, []);
  for (const s of skippedRows(data.summary)) if (!byOp.has(s.operation)) byOp.set(s.operation, []);
  const findings = new Map<string, Finding[]>();
  // A service-wide finding belongs to the testcase of every operation it lists.
  for (const f of data.findings)
    for (const op of f.operations ?? [f.operation]) {
      const key = `${op}|${f.check}`;
      findings.set(key, [...(findings.get(key) ?? []), f]);
    }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const op of [...byOp.keys()].sort()) {
    const cells = byOp.get(op) ?? [];
    const cases = cells.map((c) => testcase(c, findings.get(`${op}|${c.check}`) ?? [], data));
    if (data.summary.unimplementedOperations.includes(op))
      cases.push(
        `    <testcase classname="lambda.${xmlEscape(op)}" name="implemented" time="0">\n      <skipped message="the target does not implement ${xmlEscape(op)}"/>\n    </testcase>`,
      );
    for (const s of skippedRows(data.summary).filter((s) => s.operation === op))
      cases.push(
        `    <testcase classname="lambda.${xmlEscape(op)}" name="${SAFETY_CHECK} (${s.phase})" time="0">\n      <skipped message="${xmlEscape(`${s.cases} cases ${oneLine(s.reason)}`)}"/>\n    </testcase>`,
      );
    const suiteFailures = cells.filter((c) => cellStatus(c) === "fail").length;
    const suiteSkipped =
      cases.length - cells.length + cells.filter((c) => cellStatus(c) === "notApplicable").length;
    tests += cases.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(
      `  <testsuite name="${xmlEscape(op)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}" time="0" timestamp="${xmlEscape(data.meta.startedAt.slice(0, 19))}">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  const name = `lambda-conformance ${data.meta.target.name}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xmlEscape(name)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">\n${suites.join("\n")}\n</testsuites>\n`;
}

function testcase(cell: CellCounts, findings: readonly Finding[], data: ReportData): string {
  const open = `    <testcase classname="lambda.${xmlEscape(cell.operation)}" name="${xmlEscape(cell.check)}" time="0">`;
  const status = cellStatus(cell);
  const counts = `pass ${cell.pass}, fail ${cell.fail}, warn ${cell.warn}, n/a ${cell.notApplicable}`;
  if (status === "notApplicable")
    return `${open}\n      <skipped message="not applicable to any case"/>\n    </testcase>`;
  if (status !== "fail")
    return `${open}\n      <system-out>${xmlEscape(counts)}</system-out>\n    </testcase>`;
  const first = findings[0];
  const message = first
    ? `${cell.fail} failing cases in ${findings.length} finding(s); ${first.violationKind} [${first.signature}]: ${oneLine(first.reason)}`
    : `${cell.fail} failing cases`;
  const body = findings.map((f) => findingText(f, data)).join("\n\n");
  return `${open}\n      <failure message="${xmlEscape(message)}" type="${xmlEscape(cell.check)}">${xmlText(body)}</failure>\n      <system-out>${xmlEscape(counts)}</system-out>\n    </testcase>`;
}

function findingText(f: Finding, data: ReportData): string {
  const e = f.example;
  const mark = diffStatus(f, data.diff);
  const headers = (h: Record<string, string>) => Object.entries(h).map(([k, v]) => `${k}: ${v}`);
  return [
    `[${f.violationKind}] x${f.count}${mark ? ` (${mark})` : ""}: ${f.reason}`,
    `signature: ${f.signature}`,
    `case ${e.caseId}${e.violation ? `, violation ${e.violation.kind} at ${e.violation.path || "/"}` : ""}`,
    "--- request (minimal example)",
    `${e.request.method} ${e.request.url}`,
    ...headers(e.request.headers),
    ...(e.request.body ? ["", shownBody(e.request.body)] : []),
    "--- response",
    `HTTP ${e.response.status}${e.response.error ? ` (${e.response.error.kind}: ${e.response.error.message})` : ""}`,
    ...headers(e.response.headers),
    ...(e.response.body ? ["", shownBody(e.response.body)] : []),
    "--- reproduce",
    e.replay,
    ...(e.setup ? e.setup.map((s) => `set-up: ${s}`) : []),
    ...(e.sequence
      ? e.sequence.map((r, i) => `sequence ${i + 1}: ${r.method} ${r.url}${r.body ? ` ${r.body}` : ""}`)
      : []),
    e.curl,
  ].join("\n");
}
