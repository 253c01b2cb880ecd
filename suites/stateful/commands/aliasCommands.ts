/** Aliases: create, get, update, delete, an alias to a missing version, and routing weights. */
import fc from "fast-check";
import type { CommandSpec } from "../commandSpec.ts";
import { type FunctionState, nextUnique, noteLatestChanged } from "../expected/expectedState.ts";
import { CONFLICT, NOT_FOUND, ok } from "../step.ts";
import { differs, existingFn, firstOf, fnAt, fnIndex, fnLabel } from "./shared.ts";
import { publishVersion } from "./versionCommands.ts";

const ALIASES = ["a0", "a1"] as const;
/** Alias names reads and deletes draw from: the pool plus the routing command's alias. */
const ANY_ALIAS = [...ALIASES, "weighted"] as const;
type AliasArgs = [number, (typeof ALIASES)[number], "latest" | "version"];

const aliasArgs = fc.tuple(
  fnIndex,
  fc.constantFrom(...ALIASES),
  fc.constantFrom("latest" as const, "version" as const),
);

/** The version an alias command points at: `$LATEST`, or the newest published version when there is one. */
function targetVersion(fn: FunctionState | undefined, which: "latest" | "version"): string {
  const v = fn?.versions.at(-1);
  return which === "version" && v !== undefined ? String(v) : "$LATEST";
}

/** CreateAlias: 201, 409 when the name exists, 404 when the function does not. */
export const createAlias: CommandSpec<AliasArgs> = {
  name: "CreateAlias",
  family: "aliases",
  operations: ["CreateAlias"],
  args: aliasArgs,
  show: ([i, a, w]) => `${fnLabel(i)}, ${a}, ${w}`,
  async run(m, [i, alias, which], api) {
    const { name, fn } = fnAt(m, i);
    const version = targetVersion(fn, which);
    const out = await api.send({
      operation: "CreateAlias",
      input: { FunctionName: name, Name: alias, FunctionVersion: version },
      expect: !fn ? NOT_FOUND : fn.aliases.has(alias) ? CONFLICT : ok(201),
      verify: (b) =>
        firstOf(differs("Name", b.Name, alias), differs("FunctionVersion", b.FunctionVersion, version)),
    });
    if (out?.bothSucceeded && fn)
      fn.aliases.set(alias, {
        version,
        ...(typeof out.body.RevisionId === "string" ? { revisionId: out.body.RevisionId } : {}),
      });
  },
};

/** CreateAlias to a version never published: 404 ResourceNotFoundException. */
export const createAliasToMissingVersion: CommandSpec<[number, (typeof ALIASES)[number]]> = {
  name: "CreateAliasToMissingVersion",
  family: "aliases",
  operations: ["CreateAlias"],
  args: fc.tuple(fnIndex, fc.constantFrom(...ALIASES)),
  show: ([i, a]) => `${fnLabel(i)}, ${a}`,
  pre: (m, [i, a]) => !fnAt(m, i).fn?.aliases.has(a),
  async run(m, [i, alias], api) {
    const { name, fn } = fnAt(m, i);
    await api.send({
      operation: "CreateAlias",
      input: { FunctionName: name, Name: alias, FunctionVersion: String((fn?.versions.at(-1) ?? 0) + 9) },
      expect: NOT_FOUND,
    });
  },
};

/** GetAlias: the version (and weights) the model holds, 404 when absent. */
export const getAlias: CommandSpec<[number, (typeof ANY_ALIAS)[number]]> = {
  name: "GetAlias",
  family: "aliases",
  operations: ["GetAlias"],
  args: fc.tuple(fnIndex, fc.constantFrom(...ANY_ALIAS)),
  show: ([i, a]) => `${fnLabel(i)}, ${a}`,
  async run(m, [i, alias], api) {
    const { name, fn } = fnAt(m, i);
    const held = fn?.aliases.get(alias);
    await api.send({
      operation: "GetAlias",
      input: { FunctionName: name, Name: alias },
      expect: held ? ok(200) : NOT_FOUND,
      verify: (b) =>
        firstOf(
          differs("FunctionVersion", b.FunctionVersion, held?.version),
          differs(
            "routing weights",
            (b.RoutingConfig as { AdditionalVersionWeights?: unknown } | undefined)
              ?.AdditionalVersionWeights ?? {},
            held?.weights ?? {},
          ),
        ),
    });
  },
};

/** UpdateAlias: the new version reads back and the alias RevisionId changes. */
export const updateAlias: CommandSpec<AliasArgs> = {
  name: "UpdateAlias",
  family: "aliases",
  operations: ["UpdateAlias"],
  args: aliasArgs,
  show: ([i, a, w]) => `${fnLabel(i)}, ${a}, ${w}`,
  async run(m, [i, alias, which], api) {
    const { name, fn } = fnAt(m, i);
    const held = fn?.aliases.get(alias);
    const version = targetVersion(fn, which);
    const description = `d${nextUnique(m)}`;
    const out = await api.send({
      operation: "UpdateAlias",
      input: { FunctionName: name, Name: alias, FunctionVersion: version, Description: description },
      expect: held ? ok(200) : NOT_FOUND,
      verify: (b) =>
        firstOf(
          differs("FunctionVersion", b.FunctionVersion, version),
          held?.revisionId !== undefined && b.RevisionId === held.revisionId
            ? "alias RevisionId: unchanged by UpdateAlias"
            : undefined,
        ),
    });
    if (out?.bothSucceeded && fn && held) {
      held.version = version;
      delete held.weights;
      if (typeof out.body.RevisionId === "string") held.revisionId = out.body.RevisionId;
    }
  },
};

/** DeleteAlias of an alias that exists: 204, then GetAlias is 404. */
export const deleteAlias: CommandSpec<[number, (typeof ANY_ALIAS)[number]]> = {
  name: "DeleteAlias",
  family: "aliases",
  operations: ["DeleteAlias"],
  args: fc.tuple(fnIndex, fc.constantFrom(...ANY_ALIAS)),
  show: ([i, a]) => `${fnLabel(i)}, ${a}`,
  pre: (m, [i, a]) => fnAt(m, i).fn?.aliases.has(a) ?? false,
  async run(m, [i, alias], api) {
    const { name, fn } = fnAt(m, i);
    const out = await api.send({
      operation: "DeleteAlias",
      input: { FunctionName: name, Name: alias },
      expect: ok(204),
    });
    if (out?.bothSucceeded) fn?.aliases.delete(alias);
  },
};

/** Routing weights: publish two versions, point alias `weighted` at the newer with a weight on the older. */
export const routeAliasWeights: CommandSpec<[number, number]> = {
  name: "RouteAliasWeights",
  family: "aliases",
  operations: ["PublishVersion", "UpdateFunctionConfiguration", "CreateAlias", "UpdateAlias"],
  args: fc.tuple(fnIndex, fc.constantFrom(0.1, 0.25, 0.5)),
  show: ([i, w]) => `${fnLabel(i)}, ${w}`,
  pre: (m) => m.functions.size > 0,
  async run(m, [i, weight], api) {
    const { name, fn } = existingFn(m, i);
    if (!fn) return;
    const first = await publishVersion(name, fn, api);
    const description = `d${nextUnique(m)}`;
    const touched = await api.send({
      operation: "UpdateFunctionConfiguration",
      input: { FunctionName: name, Description: description },
      expect: ok(200),
    });
    if (!touched?.bothSucceeded) return;
    fn.description = description;
    noteLatestChanged(fn, touched.body.RevisionId);
    const second = await publishVersion(name, fn, api);
    if (first === undefined || second === undefined || first === second) return;
    const weights = { [String(first)]: weight };
    const exists = fn.aliases.has("weighted");
    const out = await api.send({
      operation: exists ? "UpdateAlias" : "CreateAlias",
      input: {
        FunctionName: name,
        Name: "weighted",
        FunctionVersion: String(second),
        RoutingConfig: { AdditionalVersionWeights: weights },
      },
      expect: ok(exists ? 200 : 201),
      verify: (b) =>
        differs(
          "routing weights",
          (b.RoutingConfig as { AdditionalVersionWeights?: unknown } | undefined)?.AdditionalVersionWeights,
          weights,
        ),
    });
    if (out?.bothSucceeded) fn.aliases.set("weighted", { version: String(second), weights });
  },
};
