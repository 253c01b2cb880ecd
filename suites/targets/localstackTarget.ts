import type { Emulator } from "./emulator.ts";
import { emulatorInstalled } from "./emulatorInstalled.ts";
import { localstackEnv } from "./localstackEnv.ts";
import { installedVersion, LOCALSTACK_VENV, venvBin } from "./venv.ts";

/** LocalStack in host mode (`python -m localstack.runtime.main`), offline and on loopback only. */
export const localstack: Emulator = {
  name: "localstack",
  license: "Apache-2.0",
  setup: "bestEffort",
  install: {
    kind: "pip",
    venv: LOCALSTACK_VENV,
    // 2026.3.0, the last open release on PyPI, runs on the host without an account token (only the
    // Docker images after 4.14.0 ask for one). Its open-ended pins resolve to releases it cannot run
    // with (docs/targets.md says why each).
    requirements: ["localstack-core[runtime]==2026.3.0", "cbor2<6", "pyopenssl<26", "service_identity"],
    // Requires-Python says >=3.10, but its Lambda provider uses PEP 695 generics (3.12) and
    // warnings.deprecated (3.13): it installs on 3.11 and fails on the first Lambda call.
    minPython: [3, 13],
    pythonEnv: "LOCALSTACK_PYTHON",
    verify: "import localstack.aws.components, localstack.services.lambda_.provider",
    distribution: "localstack-core",
  },
  installCommand: "npm run setup:emulators",
  services: ["lambda", "iam", "sts", "sqs"],
  server: {
    executable: () => venvBin(LOCALSTACK_VENV, "python"),
    args: () => ["-m", "localstack.runtime.main"],
    env: (port, dataDir, base) => localstackEnv(port, dataDir, base, localstack.services),
    healthPath: "/_localstack/health",
    healthVersion: (body) => (body as { version?: string }).version,
    startTimeoutMs: 90_000,
    stopGraceMs: 10_000,
  },
  installedVersion: () => installedVersion(LOCALSTACK_VENV, "localstack-core"),
  // Image tags after 4.14.0 start only with a LOCALSTACK_AUTH_TOKEN (LocalStack, March 2026).
  container: "localstack/localstack:4.14.0",
};

/** Whether `npm run setup:emulators` managed to install LocalStack (it is best effort). */
export function localstackInstalled(): boolean {
  return emulatorInstalled(localstack);
}
