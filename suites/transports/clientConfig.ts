import type { AwsCredentialIdentity } from "@smithy/types";
import { isLoopbackHost } from "../targets/assertLoopbackOrAllowed.ts";

/** Where and as whom to send: what the CLI flags and the environment decide together. */
export interface ClientConfigInput {
  readonly endpoint?: string;
  readonly region?: string;
  readonly credentials?: AwsCredentialIdentity;
}

/** Resolved settings; `credentials` undefined means "use the SDK default chain". */
export interface ClientConfig {
  readonly endpoint?: string;
  readonly region: string;
  readonly credentials?: AwsCredentialIdentity;
}

/** Fixed credentials for emulators, so real keys from the environment never reach one. */
export const EMULATOR_CREDENTIALS: AwsCredentialIdentity = {
  accessKeyId: "testing",
  secretAccessKey: "testing",
};

/** Resolves endpoint and region from options, then the same env variables the AWS SDKs honour. */
export function resolveClientConfig(
  input: ClientConfigInput,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ClientConfig {
  const endpoint = input.endpoint ?? env.AWS_ENDPOINT_URL_LAMBDA ?? env.AWS_ENDPOINT_URL;
  const region = input.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "us-east-1";
  const local =
    endpoint !== undefined && URL.canParse(endpoint) && isLoopbackHost(new URL(endpoint).hostname);
  const credentials = input.credentials ?? (local ? EMULATOR_CREDENTIALS : undefined);
  return {
    ...(endpoint === undefined ? {} : { endpoint }),
    region,
    ...(credentials === undefined ? {} : { credentials }),
  };
}
