import type { Emulator, PipInstall } from "./emulator.ts";

/** The version its first requirement pins with `==`, if it pins one. */
export function pinnedVersion(spec: PipInstall): string | undefined {
  return /==\s*([^\s;,]+)/.exec(spec.requirements[0] ?? "")?.[1];
}

/**
 * Installed means runnable from here as the table pins it: its executable exists and, for a venv, pip
 * finished (its distribution's dist-info is what pip writes last) with the pinned version, so a venv
 * left from an older pin is installed anew on first use instead of run as if it were current.
 */
export function emulatorInstalled(emulator: Emulator): boolean {
  if (emulator.server.executable() === undefined) return false;
  if (emulator.install.kind !== "pip") return true;
  const version = emulator.installedVersion();
  const pinned = pinnedVersion(emulator.install);
  return version !== undefined && (pinned === undefined || version === pinned);
}
