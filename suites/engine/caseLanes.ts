/**
 * Which changing cases may run side by side. A case goes in the `own` lane when every resource it names
 * is named by no other operation's case, so nothing another operation sends can meet it; the rest — the
 * document's edge values (`a`, 140 × `a`) that many operations' boundary cases share, and every case of
 * an operation whose effect is account-wide — go in the `shared` lane, which keeps today's order. Decided
 * from the generated cases before anything is sent, so the split is the same in every run of a seed.
 */
import type { RequestCase } from "../../core/requestCase.ts";
import type { OperationView } from "../../core/serviceView.ts";

export type Lane = "own" | "shared";

/** What the engine needs to know of a service to split its cases (the service's own tables, as data). */
export interface LaneRules {
  /** Keys of the resources a request could act on (a lenient target's reading included). */
  readonly namesOf: (op: OperationView, input: Readonly<Record<string, unknown>>) => readonly string[];
  /** Operations whose effect reaches past the resources they name (an account-wide quota). */
  readonly accountWide: ReadonlySet<string>;
}

export interface CaseLanes {
  laneOf(op: OperationView, c: RequestCase): Lane;
  /** Whether `c` names only what its operation alone names: a shrink candidate may go out in the own lane. */
  staysOwn(op: OperationView, c: RequestCase): boolean;
  /** How many of `op`'s generated cases are in its own lane. */
  ownCases(op: OperationView): number;
}

/** Reads every case of `ops` once (the names each names, nothing else kept) and returns the split. */
export function splitLanes(
  ops: readonly OperationView[],
  casesOf: (op: OperationView) => Iterable<RequestCase>,
  rules: LaneRules,
): CaseLanes {
  // The operation that named each resource first, or null once a second one did.
  const owner = new Map<string, string | null>();
  const named = new Map<string, (readonly string[])[]>();
  for (const op of ops) {
    const perCase: (readonly string[])[] = [];
    named.set(op.name, perCase);
    for (const c of casesOf(op)) {
      const names = rules.namesOf(op, c.input);
      perCase.push(names);
      for (const name of names) {
        const seen = owner.get(name);
        if (seen === undefined) owner.set(name, op.name);
        else if (seen !== op.name) owner.set(name, null);
      }
    }
  }
  const ownNames = (op: OperationView, names: readonly string[]): boolean =>
    !rules.accountWide.has(op.name) && names.every((n) => owner.get(n) === op.name);
  const staysOwn = (op: OperationView, c: RequestCase): boolean => ownNames(op, rules.namesOf(op, c.input));
  const counts = new Map<string, number>();
  for (const op of ops) counts.set(op.name, (named.get(op.name) ?? []).filter((n) => ownNames(op, n)).length);
  return {
    laneOf: (op, c) => (staysOwn(op, c) ? "own" : "shared"),
    staysOwn,
    ownCases: (op) => counts.get(op.name) ?? 0,
  };
}
