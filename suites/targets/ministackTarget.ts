import { join } from "node:path";
import type { Emulator } from "./emulator.ts";
import { installedVersion, PROJECT_ROOT, venvBin } from "./venv.ts";

/** Its own venv: ministack pins botocore exactly, which would clash with moto's. */
export const MINISTACK_VENV = join(PROJECT_ROOT, ".venv-ministack");

/** ministack (PyPI, MIT): a Python ASGI emulator of 91 AWS services; the suite loads only the fixtures' ones. */
export const ministack: Emulator = {
  name: "ministack",
  license: "MIT",
  setup: "bestEffort",
  install: {
    kind: "pip",
    venv: MINISTACK_VENV,
    // The newest release (checked 2026-12-03).
    requirements: ["ministack==1.5.33"],
    // Its Requires-Python; the default python3 (3.11) runs it.
    minPython: [3, 10],
    pythonEnv: "MINISTACK_PYTHON",
    verify: "import ministack.app",
    distribution: "ministack",
  },
  installCommand: "npm run setup:emulators",
  services: ["lambda", "iam", "sts", "sqs"],
  server: {
    executable: () => venvBin(MINISTACK_VENV, "ministack"),
    args: () => [],
    env: (port, dataDir, base) => ({
      ...base,
      GATEWAY_PORT: String(port),
      BIND_HOST: "127.0.0.1",
      SERVICES: ministack.services.join(","),
      // Its state (code blobs, keys) otherwise goes to a shared /tmp/ministack-state.
      STATE_DIR: dataDir,
      TMPDIR: dataDir,
    }),
    healthPath: "/_ministack/health",
    healthVersion: (body) => (body as { version?: string }).version,
    startTimeoutMs: 30_000,
    stopGraceMs: 5_000,
  },
  installedVersion: () => installedVersion(MINISTACK_VENV, "ministack"),
};
