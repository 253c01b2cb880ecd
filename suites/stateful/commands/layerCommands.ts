/** Layers: publish (numbers increase, never reused), get by name and by ARN, list, delete. */
import fc from "fast-check";
import type { CommandSpec } from "../commandSpec.ts";
import { type ExpectedState, expectedLayerVersion } from "../expected/expectedState.ts";
import { NOT_FOUND, ok } from "../step.ts";
import { differs, layerAt, layerIndex, sorted, uniqueZip } from "./shared.ts";

const show = (l: number): string => `l${l}`;

/** PublishLayerVersion: 201 with a number above every number the name had. */
export const publishLayerVersion: CommandSpec<number> = {
  name: "PublishLayerVersion",
  family: "layers",
  operations: ["PublishLayerVersion"],
  args: layerIndex,
  show,
  async run(m, l, api) {
    const { name } = layerAt(m, l);
    const least = expectedLayerVersion(m, name);
    m.counter += 1;
    const out = await api.send({
      operation: "PublishLayerVersion",
      input: {
        LayerName: name,
        Content: { ZipFile: uniqueZip(m.counter) },
        CompatibleRuntimes: ["nodejs20.x"],
      },
      expect: ok(201),
      verify: (b) =>
        typeof b.Version === "number" && b.Version >= least
          ? undefined
          : `layer Version: got ${JSON.stringify(b.Version)}, model expects at least ${least}`,
    });
    if (!out?.bothSucceeded || typeof out.body.Version !== "number") return;
    const version = out.body.Version;
    const layer = m.layers.get(name) ?? { versions: new Map(), lastVersion: 0 };
    layer.versions.set(version, {
      policy: new Set(),
      ...(typeof out.body.LayerVersionArn === "string" ? { arn: out.body.LayerVersionArn } : {}),
    });
    layer.lastVersion = Math.max(layer.lastVersion, version);
    m.layers.set(name, layer);
    m.layerHighWater.set(name, Math.max(m.layerHighWater.get(name) ?? 0, version));
  },
};

/** The newest version number the name ever had in this run, live or deleted. */
function newest(m: Readonly<ExpectedState>, l: number): number {
  return layerAt(m, l).layer?.lastVersion ?? 0;
}

/** GetLayerVersion of the newest number: 200 while live, 404 once deleted. */
export const getLayerVersion: CommandSpec<number> = {
  name: "GetLayerVersion",
  family: "layers",
  operations: ["GetLayerVersion"],
  args: layerIndex,
  show,
  pre: (m, l) => newest(m, l) > 0,
  async run(m, l, api) {
    const { name, layer } = layerAt(m, l);
    const version = newest(m, l);
    await api.send({
      operation: "GetLayerVersion",
      input: { LayerName: name, VersionNumber: version },
      expect: layer?.versions.has(version) ? ok(200) : NOT_FOUND,
      verify: (b) => differs("Version", b.Version, version),
    });
  },
};

/** GetLayerVersionByArn with the ARN PublishLayerVersion returned: same answer as by name. */
export const getLayerVersionByArn: CommandSpec<number> = {
  name: "GetLayerVersionByArn",
  family: "layers",
  operations: ["GetLayerVersionByArn"],
  args: layerIndex,
  show,
  pre: (m, l) => layerAt(m, l).layer?.versions.get(newest(m, l))?.arn !== undefined,
  async run(m, l, api) {
    const { layer } = layerAt(m, l);
    const version = newest(m, l);
    const arn = layer?.versions.get(version)?.arn;
    await api.send({
      operation: "GetLayerVersionByArn",
      input: { Arn: arn },
      expect: ok(200),
      verify: (b) => differs("LayerVersionArn", b.LayerVersionArn, arn),
    });
  },
};

/** ListLayerVersions: exactly the live version numbers. */
export const listLayerVersions: CommandSpec<number> = {
  name: "ListLayerVersions",
  family: "layers",
  operations: ["ListLayerVersions"],
  args: layerIndex,
  show,
  async run(m, l, api) {
    const { name, layer } = layerAt(m, l);
    await api.send({
      operation: "ListLayerVersions",
      input: { LayerName: name },
      expect: ok(200),
      verify: (b) => {
        const listed = Array.isArray(b.LayerVersions)
          ? (b.LayerVersions as { Version?: number }[]).map((v) => v.Version ?? -1)
          : [];
        const want = [...(layer?.versions.keys() ?? [])];
        return differs(
          "layer versions listed",
          listed.sort((x, y) => x - y),
          want.sort((x, y) => x - y),
        );
      },
    });
  },
};

/** ListLayers: the run's layers with a live version are exactly the model's. */
export const listLayers: CommandSpec<null> = {
  name: "ListLayers",
  family: "layers",
  operations: ["ListLayers"],
  args: fc.constant(null),
  show: () => "",
  async run(m, _, api) {
    await api.send({
      operation: "ListLayers",
      input: {},
      expect: ok(200),
      verify: (b) => {
        const listed = Array.isArray(b.Layers) ? (b.Layers as { LayerName?: string }[]) : [];
        const ours = listed.flatMap((l) => (l.LayerName?.startsWith(`${m.prefix}-l`) ? [l.LayerName] : []));
        const live = [...m.layers].flatMap(([n, l]) => (l.versions.size > 0 ? [n] : []));
        return b.NextMarker ? undefined : differs("layers listed", sorted(ours), sorted(live));
      },
    });
  },
};

/** DeleteLayerVersion of a live version: 204, then reads of it are 404. */
export const deleteLayerVersion: CommandSpec<[number, number]> = {
  name: "DeleteLayerVersion",
  family: "layers",
  operations: ["DeleteLayerVersion"],
  args: fc.tuple(layerIndex, fc.nat({ max: 3 })),
  show: ([l, k]) => `l${l}, #${k}`,
  pre: (m, [l]) => (layerAt(m, l).layer?.versions.size ?? 0) > 0,
  async run(m, [l, k], api) {
    const { name, layer } = layerAt(m, l);
    const live = sorted([...(layer?.versions.keys() ?? [])]);
    const version = live[k % live.length] ?? 0;
    const out = await api.send({
      operation: "DeleteLayerVersion",
      input: { LayerName: name, VersionNumber: version },
      expect: ok(204),
    });
    if (out?.bothSucceeded) layer?.versions.delete(version);
  },
};
