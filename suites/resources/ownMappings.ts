/**
 * The event source mappings of one fixture function, deleted until they are gone and made anew. A mapping
 * exists once per function and queue, and deletion may finish after its answer: LocalStack removes a mapping
 * only when its poller stops, and the poller of a disabled mapping (the fixtures make them disabled) never
 * runs, so a disabled mapping deleted there stays listed and every later create meets a 409, and an enabled
 * one stays until its long poll (up to the batching window, 20 s) returns. Re-enabled with no batching window
 * first, its deletion completes at once; each case then finds the state its request expects.
 */
import {
  type CreateEventSourceMappingCommand,
  DeleteEventSourceMappingCommand,
  type EventSourceMappingConfiguration,
  type LambdaClient,
  ListEventSourceMappingsCommand,
  UpdateEventSourceMappingCommand,
} from "@aws-sdk/client-lambda";

const POLL_MS = 250;
const POLLS = 20;

/** The function name of a mapping's `FunctionArn` (`arn:…:function:NAME[:QUALIFIER]`). */
export const mappedFunction = (arn: string | undefined): string | undefined =>
  arn?.split(":function:")[1]?.split(":")[0];

/** The mappings of `functionName` only (LocalStack's listing filters by substring). */
async function listOwn(
  lambda: LambdaClient,
  functionName: string,
): Promise<EventSourceMappingConfiguration[]> {
  const listed = await lambda.send(new ListEventSourceMappingsCommand({ FunctionName: functionName }));
  return (listed.EventSourceMappings ?? []).filter(
    (m) => m.UUID && mappedFunction(m.FunctionArn) === functionName,
  );
}

const pause = () => new Promise((r) => setTimeout(r, POLL_MS));

/**
 * Mappings a target kept listed through a whole wait after their deletion (LocalStack's mapping whose
 * worker never started): they never go, so later waits do not wait for them again.
 */
const undeletable = new WeakMap<LambdaClient, Set<string>>();

/** Deletes the mappings of `functionName` and waits (up to ~5 s) until none is listed. */
export async function deleteOwnMappings(lambda: LambdaClient, functionName: string): Promise<void> {
  const stuck = undeletable.get(lambda) ?? new Set<string>();
  undeletable.set(lambda, stuck);
  const pending = async () =>
    (await listOwn(lambda, functionName)).filter((m) => !stuck.has(m.UUID as string));
  for (const m of await pending()) {
    // Enabled with no batching window: LocalStack's poller then stops at once instead of after a long poll.
    if (m.State === "Disabled" || (m.MaximumBatchingWindowInSeconds ?? 0) > 0)
      await lambda
        .send(
          new UpdateEventSourceMappingCommand({
            UUID: m.UUID,
            Enabled: true,
            MaximumBatchingWindowInSeconds: 0,
          }),
        )
        .catch(() => undefined);
    await lambda.send(new DeleteEventSourceMappingCommand({ UUID: m.UUID })).catch(() => undefined);
  }
  for (let i = 0; i < POLLS; i++) {
    const left = await pending();
    if (left.length === 0) return;
    if (i === POLLS - 1) for (const m of left) stuck.add(m.UUID as string);
    else await pause();
  }
}

/** A fresh mapping of `functionName` on the queue, made after the old ones are gone; its UUID. */
export async function freshMapping(
  lambda: LambdaClient,
  mapping: CreateEventSourceMappingCommand,
): Promise<string | undefined> {
  const functionName = mapping.input.FunctionName;
  if (functionName) await deleteOwnMappings(lambda, functionName);
  return (await lambda.send(mapping)).UUID;
}
