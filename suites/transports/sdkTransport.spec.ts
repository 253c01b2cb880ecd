import { Readable } from "node:stream";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { REDACTED } from "../../core/redactHeaders.ts";
import { createSdkTransport } from "./sdkTransport.ts";

const ENDPOINT = "http://127.0.0.1:4598";

describe("sdkTransport", () => {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());
  afterAll(() => nock.enableNetConnect());

  it("captures the raw success response and redacts the signed request", async () => {
    let seenAuth = "";
    nock(ENDPOINT)
      .get("/2015-03-31/functions")
      .query({ MaxItems: "5" })
      .reply(function () {
        seenAuth = String(this.req.headers.authorization);
        return [200, '{"Functions":[]}', { "Content-Type": "application/json", "X-Amzn-RequestId": "r1" }];
      });
    const transport = createSdkTransport({ endpoint: ENDPOINT, region: "eu-west-1" });
    const res = await transport.send("ListFunctions", { MaxItems: 5 });
    transport.close();
    expect(seenAuth).toMatch(/^AWS4-HMAC-SHA256 Credential=testing\/\d{8}\/eu-west-1\/lambda\//);
    expect(res).toMatchObject({ status: 200, body: '{"Functions":[]}', truncated: false });
    expect(res.headers["x-amzn-requestid"]).toBe("r1");
    expect(res.error).toBeUndefined();
    expect(res.request?.method).toBe("GET");
    expect(res.request?.headers.authorization).toBe(REDACTED);
    expect(JSON.stringify(res)).not.toContain("Credential=testing");
  });

  it("captures an error response in full and does not call it a transport error", async () => {
    const body = '{"Type":"User","Message":"Function not found"}';
    nock(ENDPOINT)
      .get("/2015-03-31/functions/nope")
      .reply(404, body, { "X-Amzn-ErrorType": "ResourceNotFoundException" });
    const transport = createSdkTransport({ endpoint: ENDPOINT });
    const res = await transport.send("GetFunction", { FunctionName: "nope" });
    transport.close();
    expect(res).toMatchObject({ status: 404, body, truncated: false });
    expect(res.headers["x-amzn-errortype"]).toBe("ResourceNotFoundException");
    expect(res.error).toBeUndefined();
  });

  it("sends exactly one attempt on a 500", async () => {
    const scope = nock(ENDPOINT).get("/2015-03-31/functions").times(3).reply(500, "{}");
    const transport = createSdkTransport({ endpoint: ENDPOINT });
    const res = await transport.send("ListFunctions", {});
    transport.close();
    expect(res.status).toBe(500);
    expect(scope.pendingMocks()).toHaveLength(1);
  });

  it("times out instead of waiting for a late response", async () => {
    nock(ENDPOINT).get("/2015-03-31/functions").delay(2_000).reply(200, "{}");
    const transport = createSdkTransport({ endpoint: ENDPOINT, timeoutMs: 100 });
    const res = await transport.send("ListFunctions", {});
    transport.close();
    expect(res.error?.kind).toBe("timeout");
    expect(res.status).toBe(0);
  });

  it("caps a huge body and reports it as tooLarge", async () => {
    const huge = `{"Functions":[${'"x",'.repeat(50_000)}"x"]}`;
    nock(ENDPOINT)
      .get("/2015-03-31/functions")
      .reply(200, () => Readable.from([huge]), { "Content-Type": "application/json" });
    const transport = createSdkTransport({ endpoint: ENDPOINT, maxBodyBytes: 1_000 });
    const res = await transport.send("ListFunctions", {});
    transport.close();
    expect(res.status).toBe(200);
    expect(res.truncated).toBe(true);
    expect(res.body).toHaveLength(1_000);
    expect(res.error?.kind).toBe("tooLarge");
  });

  it("reports a refused connection as a connection error", async () => {
    const transport = createSdkTransport({ endpoint: ENDPOINT });
    const res = await transport.send("ListFunctions", {});
    transport.close();
    expect(res.status).toBe(0);
    expect(res.error?.kind).toBe("connection");
  });

  it("throws for an operation the SDK does not have, a caller bug", async () => {
    const transport = createSdkTransport({ endpoint: ENDPOINT });
    await expect(transport.send("NoSuchOperation", {})).rejects.toThrow(/no SDK command for operation/);
    transport.close();
  });

  it("refuses to default to real AWS", () => {
    expect(() => createSdkTransport({ endpoint: "https://lambda.eu-west-1.amazonaws.com" })).toThrow(
      /refusing real AWS/,
    );
  });
});
