/**
 * Deletes every name a model run could have used (each function and layer name of its prefix, the code
 * signing configs it created) and confirms each is gone by a 404 on a direct read, not by an
 * account-wide list (moto answers ListFunctions with 500, and a list says nothing about one name).
 */
import type { TransportResponse } from "../../core/transportResponse.ts";
import { jsonBody } from "../checks/jsonBody.ts";
import { parseErrorType } from "../checks/parseErrorType.ts";
import { DELETERS, type Deleter } from "../resources/deleters.ts";
import type { SdkTransport } from "../transports/sdkTransport.ts";
import {
  type ExpectedState,
  FUNCTION_NAMES,
  functionName,
  LAYER_NAMES,
  layerName,
} from "./expected/expectedState.ts";

/** `kind:name (what the target answered to the read that should have been 404)`. */
export type TeardownLeftovers = readonly string[];

function answer(r: TransportResponse): string {
  const type = parseErrorType(r);
  return `${r.status === 0 ? (r.error?.message ?? "no answer") : r.status}${type ? ` ${type}` : ""}`;
}

/** Deletes through the table, then reads back: anything but a 404 is a leftover. */
async function deleteAndConfirm<Id>(
  sdk: SdkTransport,
  what: string,
  deleter: Deleter<Id>,
  id: Id,
): Promise<string[]> {
  const remove = deleter.remove(id);
  await sdk.send(remove.operation, remove.input);
  const { operation, input } = deleter.read(id);
  const read = await sdk.send(operation, input);
  return read.status === 404 ? [] : [`${what} (${operation} answered ${answer(read)})`];
}

async function layerVersions(sdk: SdkTransport, name: string): Promise<number[]> {
  const r = await sdk.send("ListLayerVersions", { LayerName: name });
  const body = jsonBody(r.body) as { LayerVersions?: { Version?: number }[] } | undefined;
  return r.status === 200
    ? (body?.LayerVersions ?? []).flatMap((v) => (v.Version === undefined ? [] : [v.Version]))
    : [];
}

/** Functions first (that detaches their code signing configs), then layer versions, then configs. */
export async function teardownExpectedState(
  sdk: SdkTransport,
  m: Pick<ExpectedState, "prefix" | "codeSigningConfigs">,
): Promise<TeardownLeftovers> {
  const left: string[] = [];
  for (let i = 0; i < FUNCTION_NAMES; i++) {
    const name = functionName(m, i);
    left.push(...(await deleteAndConfirm(sdk, `function:${name}`, DELETERS.function, name)));
  }
  for (let i = 0; i < LAYER_NAMES; i++) {
    const name = layerName(m, i);
    for (const version of await layerVersions(sdk, name)) {
      const id = { LayerName: name, VersionNumber: version };
      left.push(...(await deleteAndConfirm(sdk, `layer:${name}:${version}`, DELETERS.layerVersion, id)));
    }
  }
  for (const arn of m.codeSigningConfigs)
    left.push(...(await deleteAndConfirm(sdk, `codeSigningConfig:${arn}`, DELETERS.codeSigningConfig, arn)));
  return left;
}
