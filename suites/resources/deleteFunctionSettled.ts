/**
 * Deletes a function the run created, once its state has settled. A function is Pending for a while
 * after its creation, and what a delete does then depends on timing: localemu (and LocalStack without
 * Docker) answer 409 ResourceConflictException while it moves from Pending to Failed, and LocalStack
 * deletes a Pending function but never a Failed one (500). So whether the next case's name was free
 * depended on how fast the set-up came; waiting out Pending first makes it the same in every run.
 */
import {
  DeleteFunctionCommand,
  GetFunctionConfigurationCommand,
  type LambdaClient,
} from "@aws-sdk/client-lambda";

/** Tries this many times, this far apart: a bound, so a function that never settles cannot hang the run. */
export const SETTLE_TRIES = 20;
export const SETTLE_PAUSE_MS = 500;

const nameOf = (error: unknown): string | undefined => (error as { name?: string }).name;

/** Waits while the function is Pending; false when there is no such function (nothing to delete). */
async function settled(
  lambda: Pick<LambdaClient, "send">,
  name: string,
  pause: (ms: number) => Promise<void>,
): Promise<boolean> {
  for (let attempt = 1; attempt <= SETTLE_TRIES; attempt++) {
    try {
      const config = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: name }));
      if (config.State !== "Pending") return true;
    } catch (error) {
      // Not there: nothing to wait for. Another refusal: the delete's own answer decides.
      return nameOf(error) !== "ResourceNotFoundException";
    }
    if (attempt < SETTLE_TRIES) await pause(SETTLE_PAUSE_MS);
  }
  return true;
}

export interface DeleteOptions {
  /** The function's creation was answered with a state other than Pending: no wait, no read. */
  readonly settled?: boolean;
  readonly pause?: (ms: number) => Promise<void>;
}

export async function deleteFunctionSettled(
  lambda: Pick<LambdaClient, "send">,
  name: string,
  opts: DeleteOptions = {},
): Promise<void> {
  const pause = opts.pause ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  if (!opts.settled && !(await settled(lambda, name, pause))) return;
  for (let attempt = 1; attempt <= SETTLE_TRIES; attempt++) {
    try {
      await lambda.send(new DeleteFunctionCommand({ FunctionName: name }));
      return;
    } catch (error) {
      // Gone already, or refused for another reason: nothing a wait would change.
      if (nameOf(error) !== "ResourceConflictException") return;
    }
    if (attempt < SETTLE_TRIES) await pause(SETTLE_PAUSE_MS);
  }
}
