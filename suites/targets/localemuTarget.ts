import { join } from "node:path";
import type { Emulator } from "./emulator.ts";
import { localstackEnv } from "./localstackEnv.ts";
import { installedVersion, PROJECT_ROOT, venvBin } from "./venv.ts";

/** Its own venv: it pins boto3/botocore exactly and brings moto-ext, which would clash with moto's. */
export const LOCALEMU_VENV = join(PROJECT_ROOT, ".venv-localemu");

/**
 * localemu (PyPI, Apache-2.0): the community continuation of LocalStack's archived open repository,
 * with a Lambda provider of its own. Runs on the host, no Docker: its control plane works, invoking
 * functions does not (as LocalStack without Docker).
 */
export const localemu: Emulator = {
  name: "localemu",
  license: "Apache-2.0",
  setup: "bestEffort",
  install: {
    kind: "pip",
    venv: LOCALEMU_VENV,
    // The newest release (checked 2026-12-03); its dependencies resolve to ones it runs with, no extra pins.
    requirements: ["localemu==1.3.2"],
    // Requires-Python says >=3.10, but on 3.11 every call answers 500 InternalError (a syntax error in
    // one of its modules, found in issue 27's trial); 3.13 is the version it declares and runs on here.
    minPython: [3, 13],
    pythonEnv: "LOCALEMU_PYTHON",
    verify: "import localemu.aws.components, localemu.services.lambda_.provider",
    distribution: "localemu",
  },
  installCommand: "npm run setup:emulators",
  services: ["lambda", "iam", "sts", "sqs"],
  server: {
    executable: () => venvBin(LOCALEMU_VENV, "localemu"),
    args: (port) => ["start", "--host", "127.0.0.1", "--port", String(port)],
    // A fork of LocalStack that reads the same variables, but for the two it renamed.
    env: (port, dataDir, base) => ({
      ...localstackEnv(port, dataDir, base, localemu.services),
      LOCALEMU_HOST: `127.0.0.1:${port}`,
      LOCALEMU_VOLUME_DIR: dataDir,
    }),
    healthPath: "/_localemu/health",
    healthVersion: (body) => (body as { version?: string }).version,
    startTimeoutMs: 90_000,
    stopGraceMs: 10_000,
  },
  installedVersion: () => installedVersion(LOCALEMU_VENV, "localemu"),
};
