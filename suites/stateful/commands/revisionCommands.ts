/** Revision ids: a mutation sent with a RevisionId that is not the current one is refused with 412. */
import fc from "fast-check";
import type { CommandSpec } from "../commandSpec.ts";
import { type ExpectedState, type FunctionState, nextUnique } from "../expected/expectedState.ts";
import { PRECONDITION_FAILED } from "../step.ts";
import { existingFn, fnIndex, fnLabel } from "./shared.ts";

/** A RevisionId the target never issued: well-formed, and not the current one either. */
export const NEVER_ISSUED_REVISION = "00000000-0000-4000-8000-00000000dead";

/** The k-th stale RevisionId the target returned, or one it never issued when none is known yet. */
export function staleRevision(fn: FunctionState, k: number): string {
  return fn.staleRevisionIds[k % fn.staleRevisionIds.length] ?? NEVER_ISSUED_REVISION;
}

/** A mutation of an existing function sent with a stale RevisionId: 412 PreconditionFailedException. */
function withStaleRevision(
  name: string,
  operation: string,
  input: (m: ExpectedState, functionName: string) => Record<string, unknown>,
): CommandSpec<[number, number]> {
  return {
    name,
    family: "revisions",
    operations: [operation],
    args: fc.tuple(fnIndex, fc.nat({ max: 7 })),
    show: ([i, k]) => `${fnLabel(i)}, stale#${k}`,
    pre: (m) => m.functions.size > 0,
    async run(m, [i, k], api) {
      const { name: functionName, fn } = existingFn(m, i);
      if (!fn) return;
      await api.send({
        operation,
        input: { ...input(m, functionName), RevisionId: staleRevision(fn, k) },
        expect: PRECONDITION_FAILED,
      });
    },
  };
}

/** UpdateFunctionConfiguration with a RevisionId the target has since replaced. */
export const updateWithStaleRevision = withStaleRevision(
  "UpdateWithStaleRevision",
  "UpdateFunctionConfiguration",
  (m, FunctionName) => ({ FunctionName, Description: `d${nextUnique(m)}` }),
);

/** PublishVersion with a stale RevisionId. */
export const publishWithStaleRevision = withStaleRevision(
  "PublishWithStaleRevision",
  "PublishVersion",
  (_, FunctionName) => ({ FunctionName }),
);
