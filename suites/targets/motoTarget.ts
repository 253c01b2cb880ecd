import type { Emulator } from "./emulator.ts";
import { type StartOptions, startEmulator } from "./startEmulator.ts";
import type { Target } from "./target.ts";
import { installedVersion, MOTO_VENV, venvBin } from "./venv.ts";

/** moto: the default target, the one the demo and most integration tests use. */
export const moto: Emulator = {
  name: "moto",
  license: "Apache-2.0",
  setup: "required",
  install: {
    kind: "pip",
    venv: MOTO_VENV,
    // The newest release (checked 2026-12-03); docs/targets.md lists every row's pin and why.
    requirements: ["moto[server]==5.2.5"],
    minPython: [3, 9],
    distribution: "moto",
  },
  installCommand: "npm run setup:emulators",
  services: ["lambda", "iam", "sts", "sqs"],
  server: {
    executable: () => venvBin(MOTO_VENV, "moto_server"),
    args: (port) => ["-H", "127.0.0.1", "-p", String(port)],
    healthPath: "/moto-api/config",
    afterReady: (endpoint) => configureLambda(endpoint, false),
    startTimeoutMs: 30_000,
    stopGraceMs: 5_000,
  },
  installedVersion: () => installedVersion(MOTO_VENV, "moto"),
  container: "motoserver/moto:5.2.5",
};

/** Starts `moto_server` from the project venv on a free loopback port and waits until it serves. */
export function startMoto(opts: StartOptions = {}): Promise<Target & { readonly pid: number }> {
  return startEmulator(moto, opts);
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
