import { describe, expect, it } from "vitest";
import { FAKE } from "../testkit/reportFixtures/sampleRun.ts";
import { placeholderFor, sanitizeDeep, sanitizeText } from "./sanitize.ts";

const AUTH = `AWS4-HMAC-SHA256 Credential=${FAKE.accessKeyId}/20261125/us-east-1/lambda/aws4_request, SignedHeaders=host;x-amz-date, Signature=${FAKE.signature}`;

function expectClean(text: string): void {
  for (const secret of Object.values(FAKE)) expect(text).not.toContain(secret);
}

describe("sanitizeText", () => {
  it("redacts an Authorization header line and keeps the rest of the text", () => {
    const out = sanitizeText(`POST /x\nAuthorization: ${AUTH}\nContent-Type: application/json`);
    expectClean(out);
    expect(out).toContain("Authorization: <redacted>\nContent-Type: application/json");
  });

  it("redacts secret members inside JSON text and leaves the JSON parseable", () => {
    const json = JSON.stringify({
      Authorization: AUTH,
      "X-Amz-Security-Token": FAKE.sessionToken,
      note: 'a "quoted" \\ value',
    });
    const out = sanitizeText(json);
    expectClean(out);
    expect(JSON.parse(out)).toEqual({
      Authorization: "<redacted>",
      "X-Amz-Security-Token": "<redacted>",
      note: 'a "quoted" \\ value',
    });
  });

  it("redacts a second Authorization member beside one already redacted", () => {
    const json = JSON.stringify({ authorization: "<redacted>", b: { Authorization: AUTH } });
    const out = sanitizeText(json);
    expectClean(out);
    expect(JSON.parse(out)).toEqual({ authorization: "<redacted>", b: { Authorization: "<redacted>" } });
  });

  it("redacts presigned query parameters", () => {
    const url = `https://b.s3.amazonaws.com/k?X-Amz-Credential=${FAKE.tempKeyId}%2F2026&X-Amz-Signature=${FAKE.signature}&x=1`;
    const out = sanitizeText(url);
    expectClean(out);
    expect(out).toBe(
      "https://b.s3.amazonaws.com/k?X-Amz-Credential=<redacted>&X-Amz-Signature=<redacted>&x=1",
    );
  });

  it("redacts bare access key ids, credential scopes, signatures and named secret keys", () => {
    const out = sanitizeText(
      `key ${FAKE.accessKeyId} temp ${FAKE.tempKeyId} Credential=${FAKE.accessKeyId}/x Signature=${FAKE.signature} aws_secret_access_key=${FAKE.secretKey} aws_session_token: ${FAKE.sessionToken}`,
    );
    expectClean(out);
  });

  it("leaves ordinary text, including the word Authorization in prose, alone", () => {
    const prose =
      "expected 403 when the Authorization header is missing; got 200 for arn:aws:lambda:us-east-1:123456789012:function:f";
    expect(sanitizeText(prose)).toBe(prose);
  });
});

describe("sanitizeDeep", () => {
  it("redacts secret-named members at any depth, whatever their case, and sanitises strings", () => {
    const out = sanitizeDeep({
      headers: { AUTHORIZATION: AUTH, "x-amz-security-token": FAKE.sessionToken, host: "h" },
      list: [`id ${FAKE.accessKeyId}`],
      options: { SecretAccessKey: FAKE.secretKey, SessionToken: FAKE.sessionToken },
      n: 1,
    });
    expectClean(JSON.stringify(out));
    expect(out.headers.host).toBe("h");
    expect(out.n).toBe(1);
  });
});

describe("placeholders in markup files", () => {
  it("uses an entity-escaped placeholder for HTML and XML, and leaves already-escaped ones alone", () => {
    const html = `<pre>x-amz-security-token: ${FAKE.sessionToken}\nX-Amz-Credential=&lt;redacted&gt;</pre>`;
    const out = sanitizeText(html, placeholderFor("report.html"));
    expect(out).toBe("<pre>x-amz-security-token: &lt;redacted&gt;\nX-Amz-Credential=&lt;redacted&gt;</pre>");
    expect(placeholderFor("junit.xml")).toBe("&lt;redacted&gt;");
    expect(placeholderFor("report.md")).toBe("<redacted>");
  });
});
