/** The HTTP status an AWS SDK error carries, if the target answered at all. */
export const sdkErrorStatus = (e: unknown): number | undefined =>
  (e as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
