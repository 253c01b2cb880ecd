import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFreePort } from "./freePort.ts";
import { localstackEnv } from "./localstackEnv.ts";
import { spawnManaged } from "./managedProcess.ts";
import type { Target } from "./target.ts";
import { installedVersion, LOCALSTACK_VENV, venvBin } from "./venv.ts";
import { waitForHttp } from "./waitForHttp.ts";

/** Options for `startLocalstack`. */
export interface LocalstackOptions {
  readonly venv?: string;
  readonly port?: number;
  readonly startTimeoutMs?: number;
  readonly stopGraceMs?: number;
}

/** Whether `npm run setup:emulators` managed to install LocalStack (it is best effort). */
export function localstackInstalled(venv = LOCALSTACK_VENV): boolean {
  return venvBin(venv, "python") !== undefined && installedVersion(venv, "localstack-core") !== undefined;
}

/** Starts LocalStack in host mode (`python -m localstack.runtime.main`) on a free loopback port. */
export async function startLocalstack(
  opts: LocalstackOptions = {},
): Promise<Target & { readonly pid: number }> {
  const venv = opts.venv ?? LOCALSTACK_VENV;
  const python = venvBin(venv, "python");
  if (!python || !localstackInstalled(venv)) {
    throw new Error(
      `localstack-core not installed in ${venv}: run \`npm run setup:emulators\` and read its output`,
    );
  }
  const port = opts.port ?? (await findFreePort());
  const endpoint = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), "lambda-conformance-localstack-"));
  const server = spawnManaged(python, ["-m", "localstack.runtime.main"], {
    env: localstackEnv(port, dataDir, process.env),
  });
  const stop = async (): Promise<void> => {
    await server.stop(opts.stopGraceMs ?? 10_000);
    rmSync(dataDir, { recursive: true, force: true });
  };
  let version = installedVersion(venv, "localstack-core");
  try {
    await waitForHttp(`${endpoint}/_localstack/health`, {
      timeoutMs: opts.startTimeoutMs ?? 90_000,
      process: server,
      what: "localstack",
      ready: async (response) => {
        if (response.status !== 200) return false;
        const health = (await response.json()) as { version?: string };
        version = health.version ?? version;
        return true;
      },
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { name: "localstack", endpoint, ...(version ? { version } : {}), pid: server.pid, stop };
}
