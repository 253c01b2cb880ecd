import type { AwsCredentialIdentity } from "@smithy/types";

/** Lazily loads the SDK default credential chain, only when real AWS was explicitly allowed. */
export function defaultCredentials(): () => Promise<AwsCredentialIdentity> {
  return async () => {
    const { defaultProvider } = await import("@aws-sdk/credential-provider-node");
    return defaultProvider()();
  };
}
