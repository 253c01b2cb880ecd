/** A stateful command as data: its arguments, precondition and what it does to model and target alike. */
import type fc from "fast-check";
import type { ExpectedState } from "./expected/expectedState.ts";
import type { StatefulApi } from "./statefulApi.ts";

/** The resource families the issue asks to cover; the integration test checks each was exercised. */
export type Family =
  | "functions"
  | "versions"
  | "aliases"
  | "revisions"
  | "permissions"
  | "layerPermissions"
  | "tags"
  | "concurrency"
  | "eventInvokeConfig"
  | "functionUrl"
  | "runtimeManagement"
  | "codeSigning"
  | "provisionedConcurrency"
  | "layers"
  | "invoke";

/** The real system fast-check drives: the api, and a tally of which commands ran. */
export interface StatefulReal {
  readonly api: StatefulApi;
  /** Called as each command starts; label is e.g. `CreateFunction(f1)`. */
  readonly onCommand: (family: Family, label: string) => void;
}

/** One command kind with arguments `A`. */
export interface CommandSpec<A> {
  readonly name: string;
  readonly family: Family;
  /** Operations it sends; it is disabled once any of them is unimplemented (the first one decides). */
  readonly operations: readonly string[];
  readonly args: fc.Arbitrary<A>;
  /** Extra precondition over the model (default: always). */
  readonly pre?: (m: Readonly<ExpectedState>, a: A) => boolean;
  /** Sends the command's steps and updates the model from the outcomes. */
  readonly run: (m: ExpectedState, a: A, api: StatefulApi) => Promise<void>;
  /** Argument part of the label, e.g. `f1` or `f1, v2`. */
  readonly show: (a: A) => string;
}

/** Adapts a spec to fast-check's `AsyncCommand`. */
class SpecCommand<A> implements fc.AsyncCommand<ExpectedState, StatefulReal> {
  constructor(
    readonly spec: CommandSpec<A>,
    readonly args: A,
  ) {}
  check(m: Readonly<ExpectedState>): boolean {
    return commandApplies(this.spec, m, this.args);
  }
  async run(m: ExpectedState, real: StatefulReal): Promise<void> {
    real.onCommand(this.spec.family, this.toString());
    await this.spec.run(m, this.args, real.api);
  }
  toString(): string {
    return `${this.spec.name}(${this.spec.show(this.args)})`;
  }
}

/** The precondition fast-check evaluates: no operation of the command disabled, and the spec's own. */
export function commandApplies<A>(spec: CommandSpec<A>, m: Readonly<ExpectedState>, a: NoInfer<A>): boolean {
  if (spec.operations.some((op) => m.disabled.has(op))) return false;
  return spec.pre ? spec.pre(m, a) : true;
}

/** The arbitrary of commands of one spec. */
export function commandArbitrary<A>(
  spec: CommandSpec<A>,
): fc.Arbitrary<fc.AsyncCommand<ExpectedState, StatefulReal>> {
  return spec.args.map((a) => new SpecCommand(spec, a));
}

/** Erases a spec's argument type so specs of different kinds share one table. */
export function anySpec<A>(spec: CommandSpec<A>): CommandSpec<unknown> {
  return spec as unknown as CommandSpec<unknown>;
}
