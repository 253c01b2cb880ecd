/** Resource policies: add, get and remove statements on functions and on layer versions. */
import fc from "fast-check";
import type { CommandSpec } from "../commandSpec.ts";
import { unsettleRevision } from "../expected/expectedState.ts";
import { CONFLICT, NOT_FOUND, ok } from "../step.ts";
import { differs, fnAt, fnIndex, fnLabel, layerAt, layerIndex, policySids, sorted } from "./shared.ts";

const SIDS = ["s0", "s1"] as const;
const sidArg = fc.constantFrom(...SIDS);

/** AddPermission: 201, 409 for a statement id in use, 404 without the function. */
export const addPermission: CommandSpec<[number, string]> = {
  name: "AddPermission",
  family: "permissions",
  operations: ["AddPermission"],
  args: fc.tuple(fnIndex, sidArg),
  show: ([i, s]) => `${fnLabel(i)}, ${s}`,
  async run(m, [i, sid], api) {
    const { name, fn } = fnAt(m, i);
    const out = await api.send({
      operation: "AddPermission",
      input: {
        FunctionName: name,
        StatementId: sid,
        Action: "lambda:InvokeFunction",
        Principal: "s3.amazonaws.com",
      },
      expect: !fn ? NOT_FOUND : fn.policy.has(sid) ? CONFLICT : ok(201),
      verify: (b) =>
        typeof b.Statement === "string" && b.Statement.includes(sid)
          ? undefined
          : "Statement: not the one added",
    });
    if (out?.bothSucceeded && fn) {
      fn.policy.add(sid);
      unsettleRevision(fn);
    }
  },
};

/** GetPolicy: exactly the model's statements; 404 when there are none. */
export const getPolicy: CommandSpec<number> = {
  name: "GetPolicy",
  family: "permissions",
  operations: ["GetPolicy"],
  args: fnIndex,
  show: fnLabel,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    await api.send({
      operation: "GetPolicy",
      input: { FunctionName: name },
      expect: fn && fn.policy.size > 0 ? ok(200) : NOT_FOUND,
      verify: (b) => differs("policy statements", policySids(b.Policy), sorted(fn?.policy ?? [])),
    });
  },
};

/** RemovePermission: 204 for a statement that exists, 404 otherwise. */
export const removePermission: CommandSpec<[number, string]> = {
  name: "RemovePermission",
  family: "permissions",
  operations: ["RemovePermission"],
  args: fc.tuple(fnIndex, sidArg),
  show: ([i, s]) => `${fnLabel(i)}, ${s}`,
  async run(m, [i, sid], api) {
    const { name, fn } = fnAt(m, i);
    const out = await api.send({
      operation: "RemovePermission",
      input: { FunctionName: name, StatementId: sid },
      expect: fn?.policy.has(sid) ? ok(204) : NOT_FOUND,
    });
    if (out?.bothSucceeded && fn) {
      fn.policy.delete(sid);
      unsettleRevision(fn);
    }
  },
};

/** The newest live version of a layer, which layer permission commands act on. */
function liveVersion(m: Parameters<typeof layerAt>[0], l: number): number | undefined {
  const versions = [...(layerAt(m, l).layer?.versions.keys() ?? [])];
  return versions.length > 0 ? Math.max(...versions) : undefined;
}

/** AddLayerVersionPermission on the newest live version: 201, 409 for a statement id in use. */
export const addLayerVersionPermission: CommandSpec<[number, string]> = {
  name: "AddLayerVersionPermission",
  family: "layerPermissions",
  operations: ["AddLayerVersionPermission"],
  args: fc.tuple(layerIndex, sidArg),
  show: ([l, s]) => `l${l}, ${s}`,
  pre: (m, [l]) => liveVersion(m, l) !== undefined,
  async run(m, [l, sid], api) {
    const { name, layer } = layerAt(m, l);
    const version = liveVersion(m, l) ?? 0;
    const held = layer?.versions.get(version);
    const out = await api.send({
      operation: "AddLayerVersionPermission",
      input: {
        LayerName: name,
        VersionNumber: version,
        StatementId: sid,
        Action: "lambda:GetLayerVersion",
        Principal: "*",
      },
      expect: held?.policy.has(sid) ? CONFLICT : ok(201),
      verify: (b) =>
        typeof b.Statement === "string" && b.Statement.includes(sid)
          ? undefined
          : "Statement: not the one added",
    });
    if (out?.bothSucceeded) held?.policy.add(sid);
  },
};

/** GetLayerVersionPolicy: exactly the model's statements; 404 when there are none. */
export const getLayerVersionPolicy: CommandSpec<number> = {
  name: "GetLayerVersionPolicy",
  family: "layerPermissions",
  operations: ["GetLayerVersionPolicy"],
  args: layerIndex,
  show: (l) => `l${l}`,
  pre: (m, l) => liveVersion(m, l) !== undefined,
  async run(m, l, api) {
    const { name, layer } = layerAt(m, l);
    const version = liveVersion(m, l) ?? 0;
    const policy = layer?.versions.get(version)?.policy ?? new Set<string>();
    await api.send({
      operation: "GetLayerVersionPolicy",
      input: { LayerName: name, VersionNumber: version },
      expect: policy.size > 0 ? ok(200) : NOT_FOUND,
      verify: (b) => differs("layer policy statements", policySids(b.Policy), sorted(policy)),
    });
  },
};

/** RemoveLayerVersionPermission of a statement that exists: 204. */
export const removeLayerVersionPermission: CommandSpec<[number, string]> = {
  name: "RemoveLayerVersionPermission",
  family: "layerPermissions",
  operations: ["RemoveLayerVersionPermission"],
  args: fc.tuple(layerIndex, sidArg),
  show: ([l, s]) => `l${l}, ${s}`,
  pre: (m, [l, sid]) => {
    const v = liveVersion(m, l);
    return v !== undefined && (layerAt(m, l).layer?.versions.get(v)?.policy.has(sid) ?? false);
  },
  async run(m, [l, sid], api) {
    const { name, layer } = layerAt(m, l);
    const version = liveVersion(m, l) ?? 0;
    const out = await api.send({
      operation: "RemoveLayerVersionPermission",
      input: { LayerName: name, VersionNumber: version, StatementId: sid },
      expect: ok(204),
    });
    if (out?.bothSucceeded) layer?.versions.get(version)?.policy.delete(sid);
  },
};
