/**
 * The one table of emulators the suite can install and start: the CLI's `--target` choices, its help,
 * `npm run setup:emulators` and the starter all read it. Adding an emulator is one file and one row.
 */
import type { Emulator } from "./emulator.ts";
import { fakecloud } from "./fakecloudTarget.ts";
import { localemu } from "./localemuTarget.ts";
import { localstack } from "./localstackTarget.ts";
import { ministack } from "./ministackTarget.ts";
import { moto } from "./motoTarget.ts";

export const EMULATORS = [
  moto,
  localstack,
  ministack,
  localemu,
  fakecloud,
] as const satisfies readonly Emulator[];

/** Names of the emulators, in table order. */
export const EMULATOR_NAMES: readonly string[] = EMULATORS.map((e) => e.name);

/** The row named `name`, or undefined. */
export function emulatorNamed(name: string): Emulator | undefined {
  return EMULATORS.find((e) => e.name === name);
}
