/** Every fault kind against both transports: each send settles by the deadline, never throws, and is capped. */
import { once } from "node:events";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { createRawTransport } from "../../suites/transports/rawTransport.ts";
import { createSdkTransport } from "../../suites/transports/sdkTransport.ts";
import { FAULT_KINDS, type FaultKind } from "./faultKinds.ts";
import { startFaultProxy } from "./faultProxy.ts";

const TIMEOUT_MS = 500;
let upstream: http.Server;
let target: string;

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    req.resume();
    res.writeHead(200, { "Content-Type": "application/json" }).end('{"Configuration":{"FunctionName":"f"}}');
  });
  upstream.listen(0, "127.0.0.1");
  await once(upstream, "listening");
  target = `http://127.0.0.1:${(upstream.address() as { port: number }).port}`;
});

afterAll(() => new Promise<void>((r) => upstream.close(() => r())));

/** Sends one request of each transport through a proxy that answers only with `kind`. */
async function both(
  kind: FaultKind,
): Promise<{ raw: TransportResponse; sdk: TransportResponse; followed: number; ms: number }> {
  const proxy = await startFaultProxy({ target, faultRate: 1, seed: 1, kinds: [kind] });
  const raw = createRawTransport({ endpoint: proxy.endpoint, timeoutMs: TIMEOUT_MS });
  const sdk = createSdkTransport({ endpoint: proxy.endpoint, timeoutMs: TIMEOUT_MS });
  const started = Date.now();
  try {
    const [r, s] = await Promise.all([
      raw.send({ method: "GET", path: "/2015-03-31/functions/f" }),
      sdk.send("GetFunction", { FunctionName: "f" }),
    ]);
    return { raw: r, sdk: s, followed: proxy.counts().redirectsFollowed, ms: Date.now() - started };
  } finally {
    raw.close();
    sdk.close();
    await proxy.close();
  }
}

describe("each fault kind, through both transports", () => {
  it.concurrent.each(FAULT_KINDS.map((k) => [k]))(
    "%s: settles by the deadline, never follows a redirect",
    async (kind) => {
      const { raw, sdk, followed, ms } = await both(kind);
      expect(ms).toBeLessThan(TIMEOUT_MS + 1_500);
      expect(followed).toBe(0);
      for (const r of [raw, sdk]) {
        expect(r.body.length).toBeLessThanOrEqual(1024 * 1024);
        expect(r.status === 0 ? r.error : "answered").toBeTruthy();
      }
    },
  );

  it("caps the huge bodies instead of reading them", async () => {
    for (const kind of ["body10MB", "body100MB"] as const) {
      const { raw, sdk } = await both(kind);
      for (const r of [raw, sdk]) expect([r.truncated, r.error?.kind]).toEqual([true, "tooLarge"]);
    }
  });

  it("times out on a stall and on a body that never ends", async () => {
    for (const kind of ["stallBeforeHeaders", "endlessBody"] as const) {
      const { raw, sdk } = await both(kind);
      for (const r of [raw, sdk]) expect(r.error?.kind).toBe("timeout");
    }
  });

  it("ends an unasked-for 101 Switching Protocols (it used to leave both sends pending forever)", async () => {
    const { raw, sdk } = await both("switchingProtocols101");
    for (const r of [raw, sdk]) expect(r.status === 0 && r.error !== undefined).toBe(true);
  });
});
