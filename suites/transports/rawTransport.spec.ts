import { Readable } from "node:stream";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { REDACTED } from "../../core/redactHeaders.ts";
import { createRawTransport } from "./rawTransport.ts";

const ENDPOINT = "http://127.0.0.1:4599";

/** A body stream that never ends, like a server that stalls mid-response. */
function endless(chunk = "x"): Readable {
  return new Readable({
    read() {
      setTimeout(() => this.push(chunk), 5);
    },
  });
}

describe("rawTransport", () => {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());
  afterAll(() => nock.enableNetConnect());

  it("sends signed raw bytes and records status, headers and body", async () => {
    let seenAuth = "";
    let seenBody = "";
    nock(ENDPOINT)
      .post("/2015-03-31/functions")
      .query({ Marker: "a b" })
      .reply(function (_uri, body) {
        seenAuth = String(this.req.headers.authorization);
        seenBody = String(body);
        return [201, '{"ok":true}', { "Content-Type": "application/json", "X-Amzn-RequestId": "r1" }];
      });
    const transport = createRawTransport({ endpoint: ENDPOINT, region: "us-east-1" });
    const res = await transport.send({
      method: "POST",
      path: "/2015-03-31/functions",
      query: { Marker: "a b" },
      // Not application/json: nock itself would choke parsing the malformed body.
      headers: { "Content-Type": "text/plain" },
      body: '{"FunctionName": 5,',
    });
    transport.close();
    expect(seenBody).toBe('{"FunctionName": 5,');
    expect(seenAuth).toMatch(/^AWS4-HMAC-SHA256 Credential=testing\/\d{8}\/us-east-1\/lambda\/aws4_request/);
    expect(res).toMatchObject({ status: 201, body: '{"ok":true}', truncated: false });
    expect(res.headers["x-amzn-requestid"]).toBe("r1");
    expect(res.error).toBeUndefined();
    expect(res.request?.headers.authorization).toBe(REDACTED);
    expect(res.request?.url).toBe(`${ENDPOINT}/2015-03-31/functions?Marker=a%20b`);
    expect(JSON.stringify(res)).not.toContain("Credential=testing");
  });

  it("records an error response like any other response", async () => {
    nock(ENDPOINT)
      .get("/2015-03-31/functions//policy")
      .reply(404, { Type: "User", Message: "nope" }, { "X-Amzn-ErrorType": "ResourceNotFoundException" });
    const transport = createRawTransport({ endpoint: ENDPOINT });
    const res = await transport.send({ method: "GET", path: "/2015-03-31/functions//policy" });
    transport.close();
    expect(res.status).toBe(404);
    expect(res.headers["x-amzn-errortype"]).toBe("ResourceNotFoundException");
    expect(JSON.parse(res.body)).toEqual({ Type: "User", Message: "nope" });
    expect(res.error).toBeUndefined();
  });

  it("times out when the response head is late", async () => {
    nock(ENDPOINT).get("/slow").delay(2_000).reply(200, "late");
    const transport = createRawTransport({ endpoint: ENDPOINT, timeoutMs: 100 });
    const res = await transport.send({ method: "GET", path: "/slow" });
    transport.close();
    expect(res.error?.kind).toBe("timeout");
    expect(res.durationMs).toBeLessThan(1_500);
  });

  it("times out when the body never ends, keeping the status it got", async () => {
    nock(ENDPOINT)
      .get("/stall")
      .reply(200, () => endless());
    const transport = createRawTransport({ endpoint: ENDPOINT, timeoutMs: 150, maxBodyBytes: 1_000_000 });
    const res = await transport.send({ method: "GET", path: "/stall" });
    transport.close();
    expect(res.status).toBe(200);
    expect(res.error?.kind).toBe("timeout");
  });

  it("stops reading at the body cap and flags it", async () => {
    nock(ENDPOINT)
      .get("/huge")
      .reply(200, () => endless("y".repeat(4096)));
    const transport = createRawTransport({ endpoint: ENDPOINT, timeoutMs: 5_000, maxBodyBytes: 10_000 });
    const res = await transport.send({ method: "GET", path: "/huge" });
    transport.close();
    expect(res.truncated).toBe(true);
    expect(res.body).toHaveLength(10_000);
    expect(res.error?.kind).toBe("tooLarge");
  });

  it("turns a refused connection into a connection error instead of throwing", async () => {
    const transport = createRawTransport({ endpoint: ENDPOINT });
    const res = await transport.send({ method: "GET", path: "/nothing-mocked" });
    transport.close();
    expect(res.status).toBe(0);
    expect(res.error?.kind).toBe("connection");
  });

  it("refuses a non-loopback endpoint at construction", () => {
    expect(() => createRawTransport({ endpoint: "https://lambda.us-east-1.amazonaws.com" })).toThrow(
      /real AWS/,
    );
  });
});
