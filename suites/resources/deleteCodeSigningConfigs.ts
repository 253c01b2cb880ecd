/** Deletes the code signing configs a run made: they have no name, so the fixtures put the prefix in the description. */
import { type LambdaClient, ListCodeSigningConfigsCommand } from "@aws-sdk/client-lambda";
import { assertRunPrefix } from "./assertRunPrefix.ts";
import { DELETERS, deleteVia } from "./deleters.ts";
import { type OwnedBy, partitionOwned } from "./ownedBy.ts";
import { sweepPages } from "./sweepPages.ts";

/** Deletes every config whose description starts with `prefix` (and `ownedBy` holds, if given); never throws. */
export async function deleteCodeSigningConfigs(
  lambda: LambdaClient,
  prefix: string,
  ownedBy?: OwnedBy,
  untouched: string[] = [],
): Promise<void> {
  assertRunPrefix(prefix);
  await sweepPages(
    async (Marker) => {
      const listed = await lambda.send(new ListCodeSigningConfigsCommand(Marker ? { Marker } : {}));
      const found = (listed.CodeSigningConfigs ?? [])
        .filter((c) => c.Description?.startsWith(prefix))
        .flatMap((c) => (c.CodeSigningConfigArn ? [c.CodeSigningConfigArn] : []));
      const ids = partitionOwned(ownedBy, "codeSigningConfig", found, untouched);
      return { ids, ...(listed.NextMarker ? { next: listed.NextMarker } : {}) };
    },
    (arn) => deleteVia(lambda, DELETERS.codeSigningConfig, arn),
  );
}
