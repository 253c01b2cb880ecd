/**
 * The read that confirms a name is free before a changing request may use it: only a not-found
 * answer counts. Any other answer (the resource, a validation error, a timeout) leaves it unconfirmed,
 * and the case is not sent: a target that refuses to read a name may still act on it.
 */
import {
  GetCodeSigningConfigCommand,
  GetEventSourceMappingCommand,
  GetFunctionCommand,
  GetLayerVersionCommand,
  type LambdaClient,
  ListLayerVersionsCommand,
} from "@aws-sdk/client-lambda";
import type { NamedResource } from "./namedResources.ts";

const notFound = (e: unknown): boolean => (e as { name?: unknown })?.name === "ResourceNotFoundException";

/**
 * True when the target answers that `r` does not exist; for an existing event source mapping, the
 * function it maps (the guard owns the mapping when it owns the function).
 */
export async function confirmAbsent(
  lambda: LambdaClient,
  r: NamedResource,
): Promise<boolean | { readonly mapsFunction: string }> {
  try {
    switch (r.kind) {
      case "function":
        await lambda.send(new GetFunctionCommand({ FunctionName: r.id }));
        return false;
      case "layer": {
        // A layer exists while it has a version: an empty list (AWS) or not-found (some emulators) is absent.
        const listed = await lambda.send(new ListLayerVersionsCommand({ LayerName: r.id }));
        return (listed.LayerVersions ?? []).length === 0;
      }
      case "layerVersion":
        await lambda.send(new GetLayerVersionCommand({ LayerName: r.id, VersionNumber: r.version }));
        return false;
      case "codeSigningConfig":
        await lambda.send(new GetCodeSigningConfigCommand({ CodeSigningConfigArn: r.id }));
        return false;
      case "eventSourceMapping": {
        // A mapping of one of the run's functions is the run's: a case's preparation made it just now.
        const mapping = await lambda.send(new GetEventSourceMappingCommand({ UUID: r.id }));
        return mapping.FunctionArn === undefined ? false : { mapsFunction: mapping.FunctionArn };
      }
    }
  } catch (e) {
    return notFound(e);
  }
}
