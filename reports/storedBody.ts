/**
 * How results.json stores a long body: its first characters, with the whole body's length and hash.
 * A 58 KB ListFunctions answer repeated in case after case would otherwise make the file (issue #25);
 * the replay line gets the whole answer back, and findings' examples keep it whole.
 */
import { createHash } from "node:crypto";

/** Characters of a body a case record keeps. */
export const STORED_BODY_CHARS = 4096;

/** On a stored body that is not the whole body: the whole body's length (characters) and its sha256 (hex, UTF-8). */
export interface BodyCut {
  readonly length: number;
  readonly sha256: string;
}

/** `body` as stored: whole when it fits in `keep` characters, else its first `keep` and a `bodyCut`. */
export function storedBody(body: string, keep = STORED_BODY_CHARS): { body: string; bodyCut?: BodyCut } {
  if (body.length <= keep) return { body };
  return {
    body: body.slice(0, keep),
    bodyCut: { length: body.length, sha256: createHash("sha256").update(body).digest("hex") },
  };
}

/** A body as a report page shows it: whole up to `STORED_BODY_CHARS`, else its head and what was left out. */
export function shownBody(body: string): string {
  const { body: head, bodyCut } = storedBody(body);
  return bodyCut
    ? `${head}\n… cut at ${head.length} of ${bodyCut.length} characters (sha256 ${bodyCut.sha256}); the whole body is in results.json's finding and the replay line sends the request again`
    : head;
}
