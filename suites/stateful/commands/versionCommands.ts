/** Versions: publish (numbers increase; an unchanged function keeps its latest version) and list. */
import type { CommandSpec } from "../commandSpec.ts";
import { expectedPublish, type FunctionState, unsettleRevision } from "../expected/expectedState.ts";
import type { StatefulApi } from "../statefulApi.ts";
import { NOT_FOUND, ok } from "../step.ts";
import { differs, fnAt, fnIndex, fnLabel } from "./shared.ts";

/** Sends PublishVersion and applies it; returns the version number the target gave, when it agreed. */
export async function publishVersion(
  name: string,
  fn: FunctionState | undefined,
  api: StatefulApi,
): Promise<number | undefined> {
  const next = fn ? expectedPublish(fn) : undefined;
  const out = await api.send({
    operation: "PublishVersion",
    input: { FunctionName: name },
    expect: fn ? ok(201) : NOT_FOUND,
    verify: (b) => differs("published Version", b.Version, String(next?.version)),
  });
  if (!out?.bothSucceeded || !fn) return undefined;
  const version = Number(out.body.Version);
  if (!Number.isInteger(version)) return undefined;
  if (!fn.versions.includes(version)) fn.versions.push(version);
  fn.versions.sort((a, b) => a - b);
  fn.dirty = false;
  unsettleRevision(fn);
  return version;
}

/** PublishVersion: the next number after a change, the same number when nothing changed. */
export const publishVersionCommand: CommandSpec<number> = {
  name: "PublishVersion",
  family: "versions",
  operations: ["PublishVersion"],
  args: fnIndex,
  show: fnLabel,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    await publishVersion(name, fn, api);
  },
};

/** ListVersionsByFunction: `$LATEST` and every published version, nothing else. */
export const listVersionsByFunction: CommandSpec<number> = {
  name: "ListVersionsByFunction",
  family: "versions",
  operations: ["ListVersionsByFunction"],
  args: fnIndex,
  show: fnLabel,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    await api.send({
      operation: "ListVersionsByFunction",
      input: { FunctionName: name },
      expect: fn ? ok(200) : NOT_FOUND,
      verify: (b) => {
        const listed = Array.isArray(b.Versions)
          ? (b.Versions as { Version?: string }[]).map((v) => v.Version)
          : [];
        return differs("versions listed", listed, ["$LATEST", ...(fn?.versions ?? []).map(String)]);
      },
    });
  },
};
