/** What the fake endpoint answers: conformant replies, and each defect as a one-line change of one of them. */

/** One fake HTTP answer. */
export interface FakeReply {
  readonly status: number;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

const JSON_TYPE = { "Content-Type": "application/json" };
const ACCOUNT = "123456789012";
const FUNCTION_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:my-function`;

/** A FunctionConfiguration as AWS returns it, every present member valid. */
export const CONFIGURATION = {
  FunctionName: "my-function",
  FunctionArn: FUNCTION_ARN,
  Runtime: "nodejs20.x",
  // No "-" in the role name: the model's repaired Role pattern lost the document's `\-` (`@-_` is a range).
  Role: `arn:aws:iam::${ACCOUNT}:role/lambda_exec`,
  Handler: "index.handler",
  CodeSize: 284,
  Description: "",
  Timeout: 3,
  MemorySize: 128,
  LastModified: "2024-01-01T00:00:00.000+0000",
  CodeSha256: "abc=",
  Version: "$LATEST",
  State: "Active",
  PackageType: "Zip",
  Architectures: ["x86_64"],
  EphemeralStorage: { Size: 512 },
};

/** A JSON reply. */
export function json(status: number, value: unknown, headers: Record<string, string> = {}): FakeReply {
  return { status, body: JSON.stringify(value), headers: { ...JSON_TYPE, ...headers } };
}

/** An error reply the way Lambda sends it: type in `X-Amzn-ErrorType` with the Coral suffix, fault in body `Type`. */
export function awsError(status: number, type: string, message = "message"): FakeReply {
  return json(
    status,
    { Type: status >= 500 ? "Service" : "User", Message: message },
    { "X-Amzn-ErrorType": `${type}:http://internal.amazon.com/coral/com.amazonaws.lambda/` },
  );
}

/** GetFunction's success body, with the configuration changed as given. */
export function getFunctionBody(configuration: Record<string, unknown> = {}): FakeReply {
  return json(200, {
    Configuration: { ...CONFIGURATION, ...configuration },
    Code: { RepositoryType: "S3", Location: "https://awslambda.example/snapshots/my-function" },
    Tags: { team: "conformance" },
  });
}

/** ListFunctions' success body. */
export const LIST_FUNCTIONS = json(200, { Functions: [CONFIGURATION], NextMarker: "next" });

/** CreateAlias's success body at the given status, with members changed as given. */
export function createAliasBody(status = 201, change: Record<string, unknown> = {}): FakeReply {
  return json(status, {
    AliasArn: `${FUNCTION_ARN}:live`,
    Name: "live",
    FunctionVersion: "1",
    Description: "",
    RevisionId: "0f4b2d0e-0000-4000-8000-000000000000",
    ...change,
  });
}

/** Invoke's RequestResponse answer: the function's payload, version and status in headers. */
export function invokeBody(status = 200, headers: Record<string, string> = {}): FakeReply {
  return json(status, { ok: true }, { "X-Amz-Executed-Version": "$LATEST", ...headers });
}

/** A framework's HTML page (moto/Flask for a route it lacks, or a proxy error page). */
export function html(status: number, title: string, headers: Record<string, string> = {}): FakeReply {
  return {
    status,
    body: `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`,
    headers: { "Content-Type": "text/html; charset=utf-8", ...headers },
  };
}
