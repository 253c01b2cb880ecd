/** Deletes the code signing configs a run made: they have no name, so the fixtures put the prefix in the description. */
import {
  DeleteCodeSigningConfigCommand,
  type LambdaClient,
  ListCodeSigningConfigsCommand,
} from "@aws-sdk/client-lambda";

/** Deletes every config whose description starts with `prefix`; never throws. */
export async function deleteCodeSigningConfigs(lambda: LambdaClient, prefix: string): Promise<void> {
  if (!prefix.startsWith("lc-")) throw new Error(`refusing to sweep unprefixed names: "${prefix}"`);
  let Marker: string | undefined;
  for (let page = 0; page < 50; page++) {
    const listed = await lambda
      .send(new ListCodeSigningConfigsCommand(Marker ? { Marker } : {}))
      .catch(() => undefined);
    for (const c of listed?.CodeSigningConfigs ?? [])
      if (c.CodeSigningConfigArn && c.Description?.startsWith(prefix))
        await lambda
          .send(new DeleteCodeSigningConfigCommand({ CodeSigningConfigArn: c.CodeSigningConfigArn }))
          .catch(() => undefined);
    Marker = listed?.NextMarker;
    if (!Marker) break;
  }
}
