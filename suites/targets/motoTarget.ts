import { findFreePort } from "./freePort.ts";
import { spawnManaged } from "./managedProcess.ts";
import type { Target } from "./target.ts";
import { installedVersion, MOTO_VENV, venvBin } from "./venv.ts";
import { waitForHttp } from "./waitForHttp.ts";

/** Options for `startMoto`. */
export interface MotoOptions {
  readonly venv?: string;
  readonly port?: number;
  readonly startTimeoutMs?: number;
  readonly stopGraceMs?: number;
  /** Run Lambda functions in Docker (moto's default); off here, there is no Docker engine. */
  readonly lambdaUseDocker?: boolean;
}

/** Starts `moto_server` from the project venv on a free loopback port and waits until it serves. */
export async function startMoto(opts: MotoOptions = {}): Promise<Target & { readonly pid: number }> {
  const venv = opts.venv ?? MOTO_VENV;
  const bin = venvBin(venv, "moto_server");
  if (!bin) throw new Error(`moto_server not found in ${venv}/bin: run \`npm run setup:emulators\` first`);
  const host = "127.0.0.1";
  const port = opts.port ?? (await findFreePort(host));
  const endpoint = `http://${host}:${port}`;
  const server = spawnManaged(bin, ["-H", host, "-p", String(port)]);
  const stop = async (): Promise<void> => {
    await server.stop(opts.stopGraceMs ?? 5_000);
  };
  try {
    await waitForHttp(`${endpoint}/moto-api/config`, {
      timeoutMs: opts.startTimeoutMs ?? 30_000,
      process: server,
      what: "moto_server",
    });
    await configureLambda(endpoint, opts.lambdaUseDocker ?? false);
  } catch (error) {
    await stop();
    throw error;
  }
  const version = installedVersion(venv, "moto");
  return { name: "moto", endpoint, ...(version ? { version } : {}), pid: server.pid, stop };
}

/**
 * Sets moto's `lambda.use_docker` through `POST /moto-api/config`. moto replaces the whole `lambda`
 * section and, with use_docker false, serves Lambda from its docker-free `lambda_simple` backend,
 * so this must happen before any function is created.
 */
async function configureLambda(endpoint: string, useDocker: boolean): Promise<void> {
  const response = await fetch(`${endpoint}/moto-api/config`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ lambda: { use_docker: useDocker } }),
  });
  const config = (await response.json()) as { lambda?: { use_docker?: boolean } };
  if (config.lambda?.use_docker !== useDocker) {
    throw new Error(`moto did not accept lambda.use_docker=${useDocker}: ${JSON.stringify(config)}`);
  }
}
