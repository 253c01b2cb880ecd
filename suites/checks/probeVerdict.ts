/** The verdict on one protocol probe's answer, from its row of `PROBE_EXPECTATIONS`; the protocol checks share it. */
import type { CheckContext, CheckOutcome } from "../../core/check.ts";
import type { ProbeKind } from "../../core/requestCase.ts";
import { PROBE_EXPECTATIONS } from "../protocol/probeExpectations.ts";
import { fail, PASS, warn } from "./outcome.ts";
import { parseErrorType } from "./parseErrorType.ts";
import type { Precondition } from "./preconditions.ts";

/** The case is a protocol probe of one of `kinds`. */
export function probing(...kinds: readonly ProbeKind[]): Precondition {
  return (ctx) => ctx.case.probe !== undefined && kinds.includes(ctx.case.probe.kind);
}

/** Judges the answer to the case's probe against what the document (and AWS) give for it. */
export function probeVerdict(ctx: CheckContext): CheckOutcome {
  const probe = ctx.case.probe;
  if (!probe) return PASS;
  const expected = PROBE_EXPECTATIONS[probe.kind];
  const { status } = ctx.response;
  const type = parseErrorType(ctx.response);
  const answered = `${status} ${type ?? "(no error type)"}`;
  const served = (): CheckOutcome =>
    fail(`${probe.breaks}: not refused as such (${answered}); the document: ${probe.expects}`, "not refused");
  if (status >= 500) return fail(`${probe.breaks}: server error ${answered}`, `${status} server error`);
  if (status < 400)
    return expected.successOnlyWarns ? warn(`${probe.breaks}: accepted with ${status}`) : served();
  const documented = type === undefined ? undefined : (expected.documented[type] ?? expected.lenient?.[type]);
  if (documented === status) return PASS;
  if (documented !== undefined)
    return fail(
      `${probe.breaks}: ${type} with ${status}, documented ${documented}`,
      `${type} ${status} ≠ ${documented}`,
    );
  if (expected.otherwise === "served") return served();
  if (type === undefined && expected.untypedWarns?.includes(status))
    return warn(`${probe.breaks}: untyped ${status}; the document: ${probe.expects}`);
  if (expected.otherwise === "warn")
    return warn(`${probe.breaks}: answered ${answered}; the document: ${probe.expects}`);
  return fail(
    `${probe.breaks}: ${answered}; the document: ${probe.expects}`,
    type === undefined ? `untyped ${status}` : `${type} ${status}`,
  );
}
