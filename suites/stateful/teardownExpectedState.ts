/**
 * Deletes every name a model run could have used (each function and layer name of its prefix, the code
 * signing configs it created) and confirms each is gone by a 404 on a direct read, not by an
 * account-wide list (moto answers ListFunctions with 500, and a list says nothing about one name).
 */
import type { TransportResponse } from "../../core/transportResponse.ts";
import { jsonBody } from "../checks/jsonBody.ts";
import { parseErrorType } from "../checks/parseErrorType.ts";
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

async function confirmGone(sdk: SdkTransport, what: string, op: string, input: object): Promise<string[]> {
  const read = await sdk.send(op, input);
  return read.status === 404 ? [] : [`${what} (${op} answered ${answer(read)})`];
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
    await sdk.send("DeleteFunction", { FunctionName: name });
    left.push(...(await confirmGone(sdk, `function:${name}`, "GetFunction", { FunctionName: name })));
  }
  for (let i = 0; i < LAYER_NAMES; i++) {
    const name = layerName(m, i);
    for (const version of await layerVersions(sdk, name)) {
      const id = { LayerName: name, VersionNumber: version };
      await sdk.send("DeleteLayerVersion", id);
      left.push(...(await confirmGone(sdk, `layer:${name}:${version}`, "GetLayerVersion", id)));
    }
  }
  for (const arn of m.codeSigningConfigs) {
    await sdk.send("DeleteCodeSigningConfig", { CodeSigningConfigArn: arn });
    left.push(
      ...(await confirmGone(sdk, `codeSigningConfig:${arn}`, "GetCodeSigningConfig", {
        CodeSigningConfigArn: arn,
      })),
    );
  }
  return left;
}
