/** The root-cause section of report.html: each cause several findings share, with links to those findings. */
import type { Finding } from "../../core/finding.ts";
import { findingKey } from "../../core/finding.ts";
import { groupRootCauses } from "../rootCause.ts";
import { escapeHtml } from "../text.ts";

/** The section, or "" when no cause is shared; `idOf` gives a finding's anchor in the page. */
export function renderRootCauses(findings: readonly Finding[], idOf: (f: Finding) => string): string {
  const causes = groupRootCauses(findings);
  const shared = causes.filter((c) => c.findings.length > 1);
  if (shared.length === 0) return "";
  const items = shared
    .map((c) => {
      const links = c.findings
        .map((f) => `<li><a href="#${idOf(f)}">${escapeHtml(findingKey(f).replaceAll("|", " · "))}</a></li>`)
        .join("");
      return `<details class="cause"><summary>${escapeHtml(c.cause)} <span class="count">— ${c.findings.length} findings</span></summary><ul>${links}</ul></details>`;
    })
    .join("\n");
  return `<h2>Root causes (${findings.length} findings from ${causes.length} causes; shared ones below)</h2><div id="root-causes">${items}</div>`;
}
