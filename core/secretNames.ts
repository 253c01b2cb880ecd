/** The one list of names whose values are credentials, for every redaction of the project. */

/** SigV4 headers (and their presigned-query forms) that carry or derive from the credentials. */
export const SIGV4_SECRET_HEADERS = [
  "authorization",
  "x-amz-security-token",
  "x-amz-credential",
  "x-amz-signature",
] as const;

/** Environment variables and `key=value` forms of the secret part of AWS credentials. */
export const SECRET_ENV_NAMES = ["aws_secret_access_key", "aws_session_token"] as const;

/** JSON member names of the same secrets (credential provider and STS output, lower-cased). */
export const SECRET_MEMBER_NAMES = ["secretaccesskey", "sessiontoken"] as const;

/** Every secret name, lower-case: a header, query parameter or JSON member of this name is redacted. */
export const SECRET_NAMES: readonly string[] = [
  ...SIGV4_SECRET_HEADERS,
  ...SECRET_ENV_NAMES,
  ...SECRET_MEMBER_NAMES,
];
