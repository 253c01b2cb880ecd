/** Name of the security scheme in `components/securitySchemes`, as Smithy's own OpenAPI converter names it. */
export const SIGV4_SCHEME = "aws.auth.sigv4";

/** OpenAPI has no SigV4 type: an `Authorization` header API key marked with the API Gateway `awsSigv4` auth type. */
export function sigv4SecurityScheme(signingName: string): Record<string, unknown> {
  return {
    type: "apiKey",
    name: "Authorization",
    in: "header",
    description: `AWS Signature Version 4, signing name "${signingName}"`,
    "x-amazon-apigateway-authtype": "awsSigv4",
    "x-smithy-signingName": signingName,
  };
}
