/**
 * The one table of deleters: per kind of Lambda resource a run creates, the request that deletes one and
 * the read that answers 404 once it is gone. Every teardown deletes through it: the resources cases
 * created (`createdResources.ts`), the fixture sweep by prefix (`teardownFixtures.ts`, with the
 * code-signing-config and event-source-mapping sweeps) and the stateful phase's teardown, which also reads back.
 * On a shared account the callers delete only what the run's ledger holds (`ownedBy.ts`).
 */
import type { LambdaClient } from "@aws-sdk/client-lambda";
import { commandFor } from "../transports/sdkTransport.ts";

/** One Lambda request as data: the operation's name and its SDK input. */
export interface LambdaRequest {
  readonly operation: string;
  readonly input: object;
}

/** How one kind of resource is deleted and confirmed gone. */
export interface Deleter<Id> {
  readonly remove: (id: Id) => LambdaRequest;
  /** A read that answers 404 once the resource is gone. */
  readonly read: (id: Id) => LambdaRequest;
}

/** A layer version, by layer name or ARN and its number. */
export interface LayerVersionId {
  readonly LayerName: string;
  readonly VersionNumber: number;
}

const request =
  <Id>(operation: string, input: (id: Id) => object) =>
  (id: Id): LambdaRequest => ({ operation, input: input(id) });

/** The table. */
export const DELETERS = {
  function: {
    remove: request("DeleteFunction", (FunctionName: string) => ({ FunctionName })),
    read: request("GetFunction", (FunctionName: string) => ({ FunctionName })),
  },
  layerVersion: {
    remove: request("DeleteLayerVersion", (id: LayerVersionId) => id),
    read: request("GetLayerVersion", (id: LayerVersionId) => id),
  },
  codeSigningConfig: {
    remove: request("DeleteCodeSigningConfig", (CodeSigningConfigArn: string) => ({ CodeSigningConfigArn })),
    read: request("GetCodeSigningConfig", (CodeSigningConfigArn: string) => ({ CodeSigningConfigArn })),
  },
  eventSourceMapping: {
    remove: request("DeleteEventSourceMapping", (UUID: string) => ({ UUID })),
    read: request("GetEventSourceMapping", (UUID: string) => ({ UUID })),
  },
} as const satisfies Record<string, Deleter<never>>;

/** Deletes one resource through an SDK client (fixtures and teardown sweeps); rejects as the SDK does. */
export function deleteVia<Id>(lambda: LambdaClient, deleter: Deleter<Id>, id: Id): Promise<unknown> {
  const { operation, input } = deleter.remove(id);
  return lambda.send(new (commandFor(operation))(input));
}
