import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Emulator } from "./emulator.ts";
import { findFreePort } from "./freePort.ts";
import { spawnManaged } from "./managedProcess.ts";
import type { Target } from "./target.ts";
import { waitForHttp } from "./waitForHttp.ts";

/** Options for `startEmulator`; the defaults come from the emulator's row. */
export interface StartOptions {
  readonly port?: number;
  readonly startTimeoutMs?: number;
  readonly stopGraceMs?: number;
}

/** Starts an installed emulator on a free loopback port, waits for its health answer, returns its stop. */
export async function startEmulator(
  emulator: Emulator,
  opts: StartOptions = {},
): Promise<Target & { readonly pid: number }> {
  const { server, name } = emulator;
  const bin = server.executable();
  if (!bin) throw new Error(`${name} is not installed: run \`${emulator.installCommand}\` first`);
  const port = opts.port ?? (await findFreePort());
  const endpoint = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), `lambda-conformance-${name}-`));
  const child = spawnManaged(bin, server.args(port), {
    env: server.env ? server.env(port, dataDir, process.env) : process.env,
  });
  const stop = async (): Promise<void> => {
    await child.stop(opts.stopGraceMs ?? server.stopGraceMs);
    rmSync(dataDir, { recursive: true, force: true });
  };
  let version = emulator.installedVersion();
  try {
    await waitForHttp(`${endpoint}${server.healthPath}`, {
      timeoutMs: opts.startTimeoutMs ?? server.startTimeoutMs,
      process: child,
      what: name,
      ready: async (response) => {
        if (!response.ok) return false;
        if (server.healthVersion)
          version = server.healthVersion(await response.json().catch(() => ({}))) ?? version;
        return true;
      },
    });
    await server.afterReady?.(endpoint);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name, endpoint, ...(version ? { version } : {}), pid: child.pid, stop };
}
