import { describe, expect, it } from "vitest";
import { PRESIGN_EXPIRES_S, probeRequest, SKEW_MS } from "./probeRequest.ts";
import type { SigningContext } from "./signingContext.ts";

const signing: SigningContext = {
  endpoint: "http://127.0.0.1:4599",
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDPROBE", secretAccessKey: "probe-secret" },
  signingName: "lambda",
};
const NOW = new Date("2026-12-03T06:00:00Z");
const request = { method: "GET", path: "/2015-03-31/functions/f", query: { Qualifier: "1" }, headers: {} };
const amzDate = (d: Date) => d.toISOString().replace(/[-:]|\.\d{3}/g, "");

describe("probeRequest", () => {
  it("signs the control in the Authorization header, with the run's scope", async () => {
    const wire = await probeRequest(request, "headerAuth", signing, NOW);
    expect(wire.headers?.authorization).toContain(
      "Credential=AKIDPROBE/20261203/us-east-1/lambda/aws4_request",
    );
    expect(wire.headers?.["x-amz-date"]).toBe(amzDate(NOW));
  });

  it("leaves the unsigned probe without any signature", async () => {
    const wire = await probeRequest(request, "unsigned", signing, NOW);
    expect(wire.headers?.authorization).toBeUndefined();
    expect(Object.keys(wire.query ?? {}).some((k) => k.startsWith("X-Amz-"))).toBe(false);
  });

  it("moves the signature into the query string as the common parameters describe", async () => {
    const wire = await probeRequest(request, "queryAuth", signing, NOW);
    expect(wire.headers?.authorization).toBeUndefined();
    expect(wire.query).toMatchObject({
      Qualifier: "1",
      "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
      "X-Amz-Credential": "AKIDPROBE/20261203/us-east-1/lambda/aws4_request",
      "X-Amz-Date": amzDate(NOW),
      "X-Amz-Expires": "300",
    });
    expect(wire.query?.["X-Amz-SignedHeaders"]).toContain("host");
    expect(wire.query?.["X-Amz-Signature"]).toMatch(/^[0-9a-f]{64}$/);
    const expired = await probeRequest(request, "expiredPresign", signing, NOW);
    expect(expired.query?.["X-Amz-Date"]).toBe(
      amzDate(new Date(NOW.getTime() - SKEW_MS - PRESIGN_EXPIRES_S * 1000)),
    );
  });

  it("breaks exactly what each signing probe names", async () => {
    const control = await probeRequest(request, "headerAuth", signing, NOW);
    const signature = (h: Record<string, string> | undefined) =>
      /Signature=([0-9a-f]+)/.exec(h?.authorization ?? "")?.[1];
    const secret = await probeRequest(request, "wrongSecret", signing, NOW);
    expect(secret.headers?.["x-amz-date"]).toBe(amzDate(NOW));
    expect(signature(secret.headers)).not.toBe(signature(control.headers));
    expect((await probeRequest(request, "wrongService", signing, NOW)).headers?.authorization).toContain(
      "/us-east-1/sqs/",
    );
    expect((await probeRequest(request, "wrongRegion", signing, NOW)).headers?.authorization).toContain(
      "/eu-west-1/lambda/",
    );
    expect(
      (await probeRequest(request, "malformedToken", signing, NOW)).headers?.["x-amz-security-token"],
    ).toBe("lc-malformed-session-token");
    expect((await probeRequest(request, "staleDate", signing, NOW)).headers?.["x-amz-date"]).toBe(
      amzDate(new Date(NOW.getTime() - SKEW_MS)),
    );
    expect((await probeRequest(request, "futureDate", signing, NOW)).headers?.["x-amz-date"]).toBe(
      amzDate(new Date(NOW.getTime() + SKEW_MS)),
    );
  });
});
