import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processAlive } from "../../testkit/processAlive.ts";
import { createRawTransport } from "../transports/rawTransport.ts";
import { createSdkTransport } from "../transports/sdkTransport.ts";
import { startMoto } from "./motoTarget.ts";
import type { Target } from "./target.ts";
import { MOTO_VENV, venvBin } from "./venv.ts";

const installed = venvBin(MOTO_VENV, "moto_server") !== undefined;
if (!installed) {
  console.warn(
    `moto.integ.spec: skipped, no moto_server in ${MOTO_VENV}/bin; run \`npm run setup:emulators\``,
  );
}

describe.skipIf(!installed)("moto integration (real moto_server on loopback)", () => {
  let target: Target & { pid: number };

  beforeAll(async () => {
    target = await startMoto();
  }, 60_000);

  afterAll(async () => {
    await target?.stop();
  });

  it("starts on 127.0.0.1 and knows its version", () => {
    expect(target.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(target.version).toMatch(/^5\.2\./);
  });

  it("answers ListFunctions with 200 through the SDK transport", async () => {
    const sdk = createSdkTransport({ endpoint: target.endpoint });
    const res = await sdk.send("ListFunctions", {});
    sdk.close();
    expect(res.error).toBeUndefined();
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toHaveProperty("Functions");
  });

  it("answers ListFunctions with 200 through the raw transport", async () => {
    const raw = createRawTransport({ endpoint: target.endpoint });
    const res = await raw.send({ method: "GET", path: "/2015-03-31/functions" });
    raw.close();
    expect(res.error).toBeUndefined();
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toHaveProperty("Functions");
  });

  it("stops the server process", async () => {
    const pid = target.pid;
    expect(processAlive(pid)).toBe(true);
    await target.stop();
    expect(processAlive(pid)).toBe(false);
  });
});
