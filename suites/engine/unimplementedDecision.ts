/**
 * Whether an operation is unimplemented, decided once from all the cases of its deciding phase (valid
 * when planned), never by whichever case finishes first.
 */
import type { RequestCase } from "../../core/requestCase.ts";
import type { OperationView } from "../../core/serviceView.ts";

/** What one case of the deciding phase showed. */
export interface DecidingAnswer {
  /** The target answered (status ≠ 0). */
  readonly answered: boolean;
  /** The answer reads "not implemented" (`isUnimplemented`). */
  readonly looksUnimplemented: boolean;
  /** Every path label could reach the operation's route (`routablePath`). */
  readonly routable: boolean;
}

/**
 * Characters a router matches as they are (RFC 3986 pchar without `%`). A label outside them is
 * percent-encoded, and targets decode `%2F` or multi-byte text differently, so its miss says nothing.
 */
const PLAIN_SEGMENT = /^[A-Za-z0-9\-._~!$&'()*+,;=:@]+$/;

/** True when every label of the case's path is non-empty and plain, so a routing miss means no route. */
export function routablePath(op: Pick<OperationView, "input">, c: Pick<RequestCase, "input">): boolean {
  for (const member of op.input.members?.values() ?? []) {
    if (member.binding.kind !== "label") continue;
    const value = c.input[member.name];
    if (value === undefined || !PLAIN_SEGMENT.test(String(value))) return false;
  }
  return true;
}

/** Unimplemented when a routable case says so and no answer of the phase says otherwise. */
export function decideUnimplemented(answers: readonly DecidingAnswer[]): boolean {
  const answered = answers.filter((a) => a.answered);
  return (
    answered.some((a) => a.looksUnimplemented && a.routable) && answered.every((a) => a.looksUnimplemented)
  );
}
