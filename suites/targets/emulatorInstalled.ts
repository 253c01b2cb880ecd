import type { Emulator } from "./emulator.ts";

/**
 * Installed means runnable from here: its executable exists and, for a venv, pip finished (its
 * distribution's dist-info is what pip writes last).
 */
export function emulatorInstalled(emulator: Emulator): boolean {
  if (emulator.server.executable() === undefined) return false;
  return emulator.install.kind !== "pip" || emulator.installedVersion() !== undefined;
}
