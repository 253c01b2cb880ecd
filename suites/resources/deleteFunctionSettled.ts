/**
 * Deletes a function the run created, waiting out a refusal while its state settles: localemu (and
 * LocalStack without Docker) answer 409 ResourceConflictException to a DeleteFunction while the function
 * is still moving from Pending to Failed, so whether the next case's name was free depended on timing.
 */
import { DeleteFunctionCommand, type LambdaClient } from "@aws-sdk/client-lambda";

/** Tries this many times, this far apart: a bound, so a function that never settles cannot hang the run. */
export const SETTLE_TRIES = 20;
export const SETTLE_PAUSE_MS = 500;

export async function deleteFunctionSettled(
  lambda: Pick<LambdaClient, "send">,
  name: string,
  pause: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<void> {
  for (let attempt = 1; attempt <= SETTLE_TRIES; attempt++) {
    try {
      await lambda.send(new DeleteFunctionCommand({ FunctionName: name }));
      return;
    } catch (error) {
      // Gone already, or refused for another reason: nothing a wait would change.
      if ((error as { name?: string }).name !== "ResourceConflictException") return;
    }
    if (attempt < SETTLE_TRIES) await pause(SETTLE_PAUSE_MS);
  }
}
