import type { MemberView } from "../core/serviceView.ts";
import { satisfiesConstraints } from "./_internals/satisfiesConstraints.ts";

/**
 * Existing resources handed in at run time, by member identity: `Container.Member`
 * (`GetAliasRequest.Name`) or the bare member name (`FunctionName`, `Qualifier`, `LayerName`,
 * `VersionNumber`, `UUID`, `Arn`…); a list member's identity (`Layers`) names its items. Valid requests use a pool value whenever one satisfies the
 * member's constraints, so they reach success paths instead of ResourceNotFound.
 */
export type FixturePool = Readonly<Record<string, readonly unknown[]>>;

/** The identities a member is looked up by, most specific first. */
export function memberIdentities(member: MemberView): string[] {
  const container = member.container.slice(member.container.indexOf("#") + 1);
  return [`${container}.${member.name}`, member.name];
}

/**
 * Pool values usable for a member: those of its most specific identity that satisfy its constraints.
 * `namedBy` lends another member's identities: a list's items are looked up by the list member's name.
 */
export function fixtureValues(
  pool: FixturePool | undefined,
  member: MemberView,
  namedBy: MemberView = member,
): unknown[] {
  if (!pool) return [];
  for (const identity of memberIdentities(namedBy)) {
    const usable = (pool[identity] ?? []).filter((value) =>
      satisfiesConstraints(member.target.kind, member.constraints, value),
    );
    if (usable.length > 0) return usable;
  }
  return [];
}
