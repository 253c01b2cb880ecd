/** One finding's drill-down: request as sent, response as received, reason, curl and replay lines. */
import type { Finding } from "../../core/finding.ts";
import type { SentRequest } from "../../core/transportResponse.ts";
import { curlCommand, ENDPOINT_VARIABLE } from "../curlCommand.ts";
import { findingWhere } from "../findingWhere.ts";
import { shownBody } from "../storedBody.ts";
import { escapeHtml, escapeHtmlText } from "../text.ts";

function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n");
}

function block(label: string, text: string, cls = ""): string {
  return `<h4>${escapeHtml(label)}</h4><pre class="${cls}">${escapeHtmlText(text)}</pre>`;
}

/** Every request of a sequence as a curl line, numbered, so the divergence can be replayed step by step. */
function sequenceText(sequence: readonly SentRequest[]): string {
  return sequence.map((r, i) => `# ${i + 1}. ${r.method} ${pathOf(r.url)}\n${curlCommand(r)}`).join("\n");
}

/** The URL without scheme and host: the endpoint is the reader's. */
function pathOf(url: string): string {
  return url.replace(/^[a-z]+:\/\/[^/]+/i, "");
}

/** A collapsible `<details>` for `finding`, anchored at `id`; `mark` is its standing against the baseline. */
export function renderFinding(finding: Finding, id: string, mark?: "new" | "unchanged"): string {
  const e = finding.example;
  const req = e.request;
  const res = e.response;
  const request = [
    `${req.method} ${req.url}`,
    headerLines(req.headers),
    req.body ? `\n${shownBody(req.body)}` : "",
  ].join("\n");
  const status = res.error
    ? `HTTP ${res.status} (${res.error.kind}: ${res.error.message})`
    : `HTTP ${res.status}`;
  const response = [status, headerLines(res.headers), res.body ? `\n${shownBody(res.body)}` : ""].join("\n");
  const violation = e.violation
    ? `${e.violation.kind} at <code>${escapeHtml(e.violation.path || "/")}</code> (${escapeHtml(e.violation.constraint)})`
    : escapeHtml(
        e.probe
          ? `${e.probe.kind}: ${e.probe.breaks}; the document: ${e.probe.expects}`
          : e.boundary
            ? `boundary ${e.boundary}`
            : e.phase,
      );
  const badge = mark ? `<span class="badge ${mark}">${mark}</span> ` : "";
  return [
    `<details class="finding" id="${id}" data-operation="${escapeHtml(finding.operation)}" data-check="${escapeHtml(finding.check)}">`,
    `<summary>${badge}<b>${escapeHtml(findingWhere(finding))}</b> · ${escapeHtml(finding.check)} · ${escapeHtml(finding.violationKind)} · <code class="signature">${escapeHtml(finding.signature)}</code> <span class="count">×${finding.count}</span> — ${escapeHtml(finding.reason)}</summary>`,
    '<div class="body">',
    `<p class="reason"><b>Reason:</b> ${escapeHtml(e.reason)}</p>`,
    e.alsoFailed?.length
      ? `<p class="also-failed"><b>Same response also failed:</b> ${e.alsoFailed.map(escapeHtml).join(", ")} (one response, several checks)</p>`
      : "",
    `<p><b>Case:</b> <code>${escapeHtml(e.caseId)}</code>, ${escapeHtml(e.phase)}; ${violation}; smallest of ${finding.count}.</p>`,
    block("Request as sent", request, "request"),
    block(`Response as received${res.truncated ? " (truncated)" : ""}`, response, "response"),
    ...(e.sequence && e.sequence.length > 1
      ? [
          block(
            `Command sequence (${e.sequence.length} requests, in order; the last one failed)`,
            sequenceText(e.sequence),
            "sequence",
          ),
        ]
      : []),
    ...(e.setup
      ? [block("Set-up the request needs (the pytest export makes it)", e.setup.join("\n"), "setup")]
      : []),
    block(`curl (set ${ENDPOINT_VARIABLE} to the emulator's URL)`, e.curl, "curl"),
    block("Replay", e.replay, "replay"),
    "</div></details>",
  ].join("");
}
