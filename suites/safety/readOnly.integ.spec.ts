/**
 * `--read-only` sends no request that changes anything, and `--dry-run` sends nothing: both counted at
 * a proxy in front of a real moto, from the real CLI.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../testkit/reliability/runCli.ts";
import { type CountingProxy, startCountingProxy } from "../../testkit/safety/countingProxy.ts";
import { startMoto } from "../targets/motoTarget.ts";
import type { Target } from "../targets/target.ts";
import { MOTO_VENV, venvBin } from "../targets/venv.ts";

const installed = venvBin(MOTO_VENV, "moto_server") !== undefined;

describe.skipIf(!installed)("what --read-only and --dry-run send", () => {
  let moto: Target;
  let proxy: CountingProxy;
  beforeAll(async () => {
    moto = await startMoto();
    proxy = await startCountingProxy(moto.endpoint);
  }, 60_000);
  afterAll(async () => {
    proxy?.close();
    await moto?.stop();
  });

  const run = async (extra: readonly string[]) => {
    const out = await mkdtemp(join(tmpdir(), "lc-ro-"));
    const args = ["run", "--endpoint", proxy.endpoint, "--runs", "1", "--seed", "5", "--fail-on", "none"];
    return runCli([...args, "--out", out, ...extra], { deadlineMs: 100_000 }).done;
  };

  it("--dry-run sends nothing and prints the plan", async () => {
    const before = proxy.seen.length;
    const result = await run(["--dry-run"]);
    expect(result.code).toBe(0);
    expect(proxy.seen.length).toBe(before);
    expect(result.stdout).toMatch(/dry run: nothing is sent/);
    expect(result.stdout).toMatch(/^DeleteFunction .* yes$/m);
  });

  it("--read-only sends only reads, in every phase it runs", { timeout: 120_000 }, async () => {
    const before = proxy.seen.length;
    const result = await run(["--read-only", "--phases", "valid,boundary,invalid,stateful,protocol"]);
    expect(result.code, result.stderr.slice(-2000)).toBe(0);
    const sent = proxy.seen.slice(before);
    expect(sent.length).toBeGreaterThan(100);
    expect(sent.filter((s) => !s.startsWith("GET "))).toEqual([]);
    expect(result.stderr).toMatch(/--read-only leaves out .*DeleteFunction.*phase stateful, phase protocol/);
  });
});
