/** Deletes everything a stateful run created, found by its name prefix, and lists what is left. */
import { jsonBody } from "../checks/jsonBody.ts";
import type { SdkTransport } from "../transports/sdkTransport.ts";

/** What still carries the prefix after teardown, as `kind:name`. */
export type StatefulLeftovers = readonly string[];

type Json = Record<string, unknown>;

async function call(sdk: SdkTransport, op: string, input: object): Promise<Json> {
  const response = await sdk.send(op, input);
  const body = jsonBody(response.body);
  return response.status >= 200 && response.status < 300 && typeof body === "object" && body !== null
    ? (body as Json)
    : {};
}

async function functionNames(sdk: SdkTransport, prefix: string): Promise<string[]> {
  const names: string[] = [];
  let marker: string | undefined;
  for (let page = 0; page < 50; page++) {
    const body = await call(sdk, "ListFunctions", { MaxItems: 50, ...(marker ? { Marker: marker } : {}) });
    for (const f of (body.Functions ?? []) as { FunctionName?: string }[])
      if (f.FunctionName?.startsWith(prefix)) names.push(f.FunctionName);
    marker = typeof body.NextMarker === "string" && body.NextMarker !== "" ? body.NextMarker : undefined;
    if (!marker) break;
  }
  return names;
}

async function layerNames(sdk: SdkTransport, prefix: string): Promise<string[]> {
  const body = await call(sdk, "ListLayers", {});
  return ((body.Layers ?? []) as { LayerName?: string }[]).flatMap((l) =>
    l.LayerName?.startsWith(prefix) ? [l.LayerName] : [],
  );
}

async function codeSigningConfigArns(sdk: SdkTransport, prefix: string): Promise<string[]> {
  const body = await call(sdk, "ListCodeSigningConfigs", {});
  return (
    (body.CodeSigningConfigs ?? []) as { Description?: string; CodeSigningConfigArn?: string }[]
  ).flatMap((c) =>
    c.Description?.startsWith(prefix) && c.CodeSigningConfigArn ? [c.CodeSigningConfigArn] : [],
  );
}

/** Lists the prefixed functions, layers and code signing configs (described with the prefix). */
export async function sweepStateful(sdk: SdkTransport, prefix: string): Promise<StatefulLeftovers> {
  const [functions, layers, configs] = [
    await functionNames(sdk, prefix),
    await layerNames(sdk, prefix),
    await codeSigningConfigArns(sdk, prefix),
  ];
  return [
    ...functions.map((n) => `function:${n}`),
    ...layers.map((n) => `layer:${n}`),
    ...configs.map((a) => `codeSigningConfig:${a}`),
  ];
}

/** Deletes every prefixed resource (functions first: that detaches their code signing configs), then sweeps. */
export async function teardownStateful(sdk: SdkTransport, prefix: string): Promise<StatefulLeftovers> {
  if (!prefix.startsWith("lc-")) throw new Error(`refusing to sweep unprefixed names: "${prefix}"`);
  for (const name of await functionNames(sdk, prefix))
    await sdk.send("DeleteFunction", { FunctionName: name });
  for (const name of await layerNames(sdk, prefix)) {
    const body = await call(sdk, "ListLayerVersions", { LayerName: name });
    for (const v of (body.LayerVersions ?? []) as { Version?: number }[])
      if (v.Version !== undefined)
        await sdk.send("DeleteLayerVersion", { LayerName: name, VersionNumber: v.Version });
  }
  for (const arn of await codeSigningConfigArns(sdk, prefix))
    await sdk.send("DeleteCodeSigningConfig", { CodeSigningConfigArn: arn });
  return sweepStateful(sdk, prefix);
}
