import { describe, expect, it } from "vitest";
import { FAKE } from "../testkit/reportFixtures/sampleRun.ts";
import { curlCommand, shellQuote } from "./curlCommand.ts";

describe("curlCommand", () => {
  const request = {
    transport: "raw" as const,
    method: "POST",
    url: "http://127.0.0.1:5123/2015-03-31/functions",
    headers: {
      "content-type": "application/json",
      authorization: `AWS4-HMAC-SHA256 Credential=${FAKE.accessKeyId}/20261125/eu-west-1/lambda/aws4_request, Signature=${FAKE.signature}`,
      "x-amz-date": "20261125T145000Z",
      "x-amz-security-token": FAKE.sessionToken,
    },
    body: `{"FunctionName":"it's"}`,
  };

  it("signs with curl's --aws-sigv4 from environment variables and never prints credentials", () => {
    const line = curlCommand(request, "eu-west-1");
    expect(line).toBe(
      `curl -sS -X POST "$AWS_ENDPOINT_URL_LAMBDA"'/2015-03-31/functions' -H 'content-type: application/json' -H "X-Amz-Security-Token: $AWS_SESSION_TOKEN" --data-raw '{"FunctionName":"it'\\''s"}' --aws-sigv4 "aws:amz:eu-west-1:lambda" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"`,
    );
    for (const secret of Object.values(FAKE)) expect(line).not.toContain(secret);
  });

  it("defaults the region and omits the body and token when absent", () => {
    const { body: _b, ...noBody } = request;
    const line = curlCommand({ ...noBody, method: "GET", headers: {} });
    expect(line).toContain('--aws-sigv4 "aws:amz:us-east-1:lambda"');
    expect(line).not.toContain("--data-raw");
    expect(line).not.toContain("AWS_SESSION_TOKEN");
  });

  it("takes the endpoint from $AWS_ENDPOINT_URL_LAMBDA, not the run's ephemeral port", () => {
    const line = curlCommand({
      ...request,
      url: "http://127.0.0.1:42303/2015-03-31/functions/f?Qualifier=1",
    });
    expect(line).toContain(`"$AWS_ENDPOINT_URL_LAMBDA"'/2015-03-31/functions/f?Qualifier=1'`);
    expect(line).not.toContain("42303");
  });

  it("quotes for a POSIX shell", () => {
    expect(shellQuote("a'b $HOME")).toBe(`'a'\\''b $HOME'`);
  });
});
