import type { Emulator } from "./emulator.ts";
import { emulatorInstalled } from "./emulatorInstalled.ts";
import { installCargo } from "./installCargo.ts";
import { type InstallResult, installPip } from "./installPip.ts";

/** Installs one emulator the way its row says; `say` gets the progress lines worth showing. */
export function installEmulator(emulator: Emulator, say: (line: string) => void): Promise<InstallResult> {
  if (emulator.install.kind === "cargo") {
    if (emulatorInstalled(emulator)) return Promise.resolve({ ok: true, already: true });
    return installCargo(emulator.install, say);
  }
  return installPip(emulator.install);
}

/** "moto[server]==5.2.5 into .venv" or "fakecloud 0.51.0 with cargo", for one-line messages. */
export function installSummary(emulator: Emulator): string {
  const i = emulator.install;
  return i.kind === "pip"
    ? `${i.requirements[0]} into ${i.venv.split("/").pop()}`
    : `${i.crate} ${i.version} with cargo into ${i.root}`;
}
