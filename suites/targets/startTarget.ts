import { startContainerTarget } from "./containerTarget.ts";
import { dockerEngineReachable } from "./dockerReachable.ts";
import { localstackInstalled, startLocalstack } from "./localstackTarget.ts";
import { startMoto } from "./motoTarget.ts";
import { type EmulatorKind, selectStarter } from "./selectStarter.ts";
import type { Target } from "./target.ts";
import { MOTO_VENV, venvBin } from "./venv.ts";

/** Starts `kind` the best way this machine allows (container if Docker answers, else the venv). */
export async function startTarget(kind: EmulatorKind, prefer?: "container" | "venv"): Promise<Target> {
  const choice = selectStarter(kind, {
    dockerReachable: await dockerEngineReachable(),
    venvInstalled: kind === "moto" ? venvBin(MOTO_VENV, "moto_server") !== undefined : localstackInstalled(),
    ...(prefer ? { prefer } : {}),
  });
  if (choice.via === "unavailable") throw new Error(choice.reason);
  if (choice.via === "container") return startContainerTarget(kind);
  return kind === "moto" ? startMoto() : startLocalstack();
}
