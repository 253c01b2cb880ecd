/**
 * Whether the run's shared function became Active: an emulator that cannot start its runtime leaves it
 * Pending or Failed, and every operation that needs a running function then fails for the environment.
 */
import { GetFunctionConfigurationCommand, type LambdaClient } from "@aws-sdk/client-lambda";

const POLL_MS = 250;

/** Undefined when Active (or the target does not say); else why not, for the report. */
export async function inactiveReason(
  lambda: LambdaClient,
  functionName: string,
  waitMs = 5000,
): Promise<string | undefined> {
  const until = Date.now() + waitMs;
  for (;;) {
    const config = await lambda
      .send(new GetFunctionConfigurationCommand({ FunctionName: functionName }))
      .catch(() => undefined);
    const state = config?.State;
    if (state === undefined || state === "Active") return undefined;
    if (state !== "Pending" || Date.now() >= until)
      return `function ${functionName} is ${state}${config?.StateReason ? ` (${config.StateReason})` : ""}, never Active`;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
