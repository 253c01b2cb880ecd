import { startContainerTarget } from "./containerTarget.ts";
import { dockerEngineReachable } from "./dockerReachable.ts";
import { emulatorInstalled } from "./emulatorInstalled.ts";
import { emulatorNamed } from "./emulators.ts";
import { installEmulator, installSummary } from "./installEmulator.ts";
import { selectStarter } from "./selectStarter.ts";
import { startEmulator } from "./startEmulator.ts";
import type { Target } from "./target.ts";

/** Starts emulator `name` the best way this machine allows: container if Docker answers, else local, installing it first when it may. */
export async function startTarget(
  name: string,
  prefer?: "container" | "venv",
  say: (text: string) => void = (text) => process.stderr.write(text),
): Promise<Target> {
  const emulator = emulatorNamed(name);
  if (!emulator) throw new Error(`no emulator named ${name}`);
  const choice = selectStarter(name, {
    dockerReachable: emulator.container !== undefined && (await dockerEngineReachable()),
    venvInstalled: emulatorInstalled(emulator),
    installable: emulator.setup !== "onRequest",
    installCommand: emulator.installCommand,
    ...(prefer ? { prefer } : {}),
  });
  if (choice.via === "unavailable") throw new Error(choice.reason);
  if (choice.via === "container") return startContainerTarget(emulator);
  if (choice.via === "install") {
    const started = Date.now();
    // One line, finished when the install is: a first run says what it waits for.
    say(`lambda-conformance: first use of ${name}: installing ${installSummary(emulator)}…`);
    const result = await installEmulator(emulator, (line) => say(`\n${line}`));
    if (!result.ok) {
      say(" failed\n");
      throw new Error(`could not install ${name}: ${result.reason}`);
    }
    say(` done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
  return startEmulator(emulator);
}
