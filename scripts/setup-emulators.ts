/**
 * `npm run setup:emulators [-- name…]`: installs emulators of the table (suites/targets/emulators.ts)
 * into project-local folders, idempotently. With no names: every row but the on-request ones; a
 * required one failing fails the script, a best-effort one says why and the rest goes on.
 */
import { EMULATORS, emulatorNamed } from "../suites/targets/emulators.ts";
import { installEmulator } from "../suites/targets/installEmulator.ts";

const names = process.argv.slice(2);
const unknown = names.filter((n) => !emulatorNamed(n));
if (unknown.length > 0) {
  console.error(
    `[setup] unknown emulator ${unknown.join(", ")}; known: ${EMULATORS.map((e) => e.name).join(", ")}`,
  );
  process.exit(2);
}
const chosen =
  names.length > 0
    ? EMULATORS.filter((e) => names.includes(e.name))
    : EMULATORS.filter((e) => e.setup !== "onRequest");
let exitCode = 0;
for (const emulator of chosen) {
  const started = Date.now();
  const result = await installEmulator(emulator, (line) => console.log(line));
  const seconds = Math.round((Date.now() - started) / 1000);
  if (result.ok) {
    const how = result.already ? "already installed" : `installed in ${seconds}s`;
    console.log(`[setup] ${emulator.name} ok: ${emulator.installedVersion() ?? "version unknown"} (${how})`);
  } else if (emulator.setup === "required" || names.includes(emulator.name)) {
    console.error(`[setup] ${emulator.name} FAILED after ${seconds}s: ${result.reason}`);
    exitCode = 1;
  } else {
    console.error(
      `[setup] ${emulator.name} FAILED after ${seconds}s (the others are still usable): ${result.reason}`,
    );
  }
}
const skipped = EMULATORS.filter((e) => e.setup === "onRequest" && !chosen.includes(e));
for (const e of skipped)
  console.log(`[setup] ${e.name} not installed by default: \`${e.installCommand}\` installs it`);
process.exit(exitCode);
