import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Emulator } from "./emulator.ts";
import { PROJECT_ROOT } from "./venv.ts";

/** Where `npm run setup:fakecloud` installs it (`cargo install --root`); self-ignoring like the venvs. */
export const FAKECLOUD_ROOT = join(PROJECT_ROOT, ".tools", "fakecloud");

/** The binary: `$FAKECLOUD_BIN` when set (a build made elsewhere), else the project-local install. */
export function fakecloudBin(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = env.FAKECLOUD_BIN || join(FAKECLOUD_ROOT, "bin", "fakecloud");
  return existsSync(path) ? path : undefined;
}

/** The first version-looking word of `fakecloud --version`. */
function binaryVersion(): string | undefined {
  const bin = fakecloudBin();
  if (!bin) return undefined;
  try {
    const out = execFileSync(bin, ["--version"], { encoding: "utf8", timeout: 10_000 });
    return /\d+\.\d+\.\d+\S*/.exec(out)?.[0];
  } catch {
    return undefined;
  }
}

/**
 * fakecloud (crates.io, AGPL-3.0): a Rust emulator we run as a separate process, never link. Building
 * it compiles 630+ crates, so it is installed only by its own command, never by the default setup or CI.
 */
export const fakecloud: Emulator = {
  name: "fakecloud",
  license: "AGPL-3.0",
  setup: "onRequest",
  install: {
    kind: "cargo",
    crate: "fakecloud",
    version: "0.51.0",
    root: FAKECLOUD_ROOT,
    notice:
      "compiles 630+ crates into a 245 MB binary: about 70 minutes on 2 cores (set FAKECLOUD_BIN to use a binary built elsewhere)",
  },
  installCommand: "npm run setup:fakecloud",
  services: ["lambda", "iam", "sts", "sqs"],
  server: {
    executable: () => fakecloudBin(),
    args: (port) => ["--addr", `127.0.0.1:${port}`],
    env: (_port, dataDir, base) => ({ ...base, TMPDIR: dataDir }),
    healthPath: "/_fakecloud/health",
    healthVersion: (body) => (body as { version?: string }).version,
    startTimeoutMs: 30_000,
    stopGraceMs: 5_000,
  },
  installedVersion: binaryVersion,
};
