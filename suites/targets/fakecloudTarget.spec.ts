import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { processAlive } from "../../testkit/processAlive.ts";
import { emulatorInstalled } from "./emulatorInstalled.ts";
import { fakecloud, fakecloudBin } from "./fakecloudTarget.ts";
import { startEmulator } from "./startEmulator.ts";
import { startTarget } from "./startTarget.ts";

const STAND_IN = join(import.meta.dirname, "testdata", "fakecloudStandIn.mjs");

describe("the fakecloud target, with a stand-in binary", () => {
  let saved: NodeJS.ProcessEnv;
  beforeEach(() => {
    saved = { ...process.env };
  });
  afterEach(() => {
    process.env = saved;
  });

  it("finds the binary through FAKECLOUD_BIN, and not when it is missing", () => {
    expect(fakecloudBin({ FAKECLOUD_BIN: STAND_IN })).toBe(STAND_IN);
    expect(fakecloudBin({ FAKECLOUD_BIN: "/nonexistent/fakecloud" })).toBeUndefined();
  });

  it("starts it on a loopback port, waits for /_fakecloud/health, reads its version and stops it", async () => {
    process.env.FAKECLOUD_BIN = STAND_IN;
    expect(emulatorInstalled(fakecloud)).toBe(true);
    const target = await startEmulator(fakecloud);
    expect(target.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(target.version).toBe("0.0.0-standin");
    expect((await fetch(`${target.endpoint}/_fakecloud/health`)).status).toBe(200);
    await target.stop();
    expect(processAlive(target.pid)).toBe(false);
    await expect(fetch(`${target.endpoint}/_fakecloud/health`)).rejects.toThrow();
  });

  it("fails at once with the binary's own words when it exits before it is ready", async () => {
    process.env.FAKECLOUD_BIN = STAND_IN;
    process.env.STANDIN_FAIL = "1";
    await expect(startEmulator(fakecloud)).rejects.toThrow(
      /fakecloud exited before it was ready.*Address already in use/s,
    );
  });

  it("is never installed on first use: without the binary the run says which command builds it", async () => {
    process.env.FAKECLOUD_BIN = "/nonexistent/fakecloud";
    const said: string[] = [];
    await expect(startTarget("fakecloud", undefined, (t) => said.push(t))).rejects.toThrow(
      /cannot start fakecloud.*npm run setup:fakecloud/,
    );
    expect(said).toEqual([]);
  });
});
