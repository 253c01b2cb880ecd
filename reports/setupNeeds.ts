/**
 * What a reproducer needs before its request: the run's fixtures the request names (`lc-<run>-fn`, a layer,
 * a mapping's UUID, a code signing config), which a curl line alone does not make. One line per resource,
 * saying how the run made it, so a maintainer can make it by hand or let the pytest export make it.
 */
import type { SentRequest } from "../core/transportResponse.ts";

/** A run's resource names: `lc-<8 hex>-<suffix>` (the run id is 8 hex digits). */
const RUN_NAME = /\blc-[0-9a-f]{8}-([a-z]+\d*)\b/g;
const MAPPING = /\/event-source-mappings\/([0-9a-fA-F-]{36})/g;
const CODE_SIGNING_CONFIG = /arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:\d{12}:code-signing-config:csc-[a-z0-9]+/g;

/** How the run made a fixture, by its name's suffix; undefined for names a request creates itself. */
function madeAs(suffix: string): string | undefined {
  if (suffix === "fn" || /^o\d+$/.test(suffix))
    return "function (Node.js zip, version 1, alias live, function URL configs on it and on live, event invoke config, permission lc-statement)";
  if (suffix === "layer" || /^l\d+$/.test(suffix)) return "layer (version 1, permission lc-statement)";
  if (suffix === "role") return "IAM role Lambda can assume";
  if (suffix === "queue") return "SQS queue";
  return undefined;
}

/** The set-up lines for `requests` (a single request, or a stateful sequence), in order of first mention. */
export function setupNeeds(requests: readonly SentRequest[]): string[] {
  const out = new Set<string>();
  for (const r of requests) {
    const text = `${decodeURIComponent(r.url)} ${r.body ?? ""}`;
    for (const [name, suffix = ""] of text.matchAll(RUN_NAME)) {
      const how = madeAs(suffix);
      if (how) out.add(`${name}: ${how}`);
    }
    for (const [, uuid] of r.url.matchAll(MAPPING))
      out.add(
        `event source mapping ${uuid}: a fixture function's mapping on the run's SQS queue (BatchSize 1, disabled)`,
      );
    for (const [arn] of text.matchAll(CODE_SIGNING_CONFIG)) out.add(`${arn}: code signing config`);
  }
  return [...out];
}
