import type { AwsCredentialIdentity } from "@smithy/types";

/** Everything a protocol probe needs to sign (or mis-sign) a request as the run's clients do. */
export interface SigningContext {
  readonly endpoint: string;
  readonly region: string;
  readonly credentials: AwsCredentialIdentity | (() => Promise<AwsCredentialIdentity>);
  /** SigV4 signing name (`aws.auth#sigv4`). */
  readonly signingName: string;
}
