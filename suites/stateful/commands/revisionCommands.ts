/** Revision ids: a mutation sent with a RevisionId that is not the current one is refused with 412. */
import fc from "fast-check";
import type { CommandSpec } from "../commandSpec.ts";
import { type FunctionState, nextUnique } from "../model/lambdaModel.ts";
import { PRECONDITION_FAILED } from "../step.ts";
import { existingFn, fnIndex, fnLabel } from "./shared.ts";

/** A RevisionId the target never issued: well-formed, and not the current one either. */
export const NEVER_ISSUED_REVISION = "00000000-0000-4000-8000-00000000dead";

/** The k-th stale RevisionId the target returned, or one it never issued when none is known yet. */
export function staleRevision(fn: FunctionState, k: number): string {
  return fn.staleRevisionIds[k % fn.staleRevisionIds.length] ?? NEVER_ISSUED_REVISION;
}

/** UpdateFunctionConfiguration with a RevisionId the target has since replaced: 412 PreconditionFailedException. */
export const updateWithStaleRevision: CommandSpec<[number, number]> = {
  name: "UpdateWithStaleRevision",
  family: "revisions",
  operations: ["UpdateFunctionConfiguration"],
  args: fc.tuple(fnIndex, fc.nat({ max: 7 })),
  show: ([i, k]) => `${fnLabel(i)}, stale#${k}`,
  pre: (m) => m.functions.size > 0,
  async run(m, [i, k], api) {
    const { name, fn } = existingFn(m, i);
    if (!fn) return;
    const stale = staleRevision(fn, k);
    await api.send({
      operation: "UpdateFunctionConfiguration",
      input: { FunctionName: name, Description: `d${nextUnique(m)}`, RevisionId: stale },
      expect: PRECONDITION_FAILED,
    });
  },
};

/** PublishVersion with a stale RevisionId: 412 as well. */
export const publishWithStaleRevision: CommandSpec<[number, number]> = {
  name: "PublishWithStaleRevision",
  family: "revisions",
  operations: ["PublishVersion"],
  args: fc.tuple(fnIndex, fc.nat({ max: 7 })),
  show: ([i, k]) => `${fnLabel(i)}, stale#${k}`,
  pre: (m) => m.functions.size > 0,
  async run(m, [i, k], api) {
    const { name, fn } = existingFn(m, i);
    if (!fn) return;
    await api.send({
      operation: "PublishVersion",
      input: { FunctionName: name, RevisionId: staleRevision(fn, k) },
      expect: PRECONDITION_FAILED,
    });
  },
};
