/** The arbitrary of one run's command sequence, weighted so that resources exist early enough to act on. */
import fc from "fast-check";
import { commandArbitrary, type StatefulReal } from "./commandSpec.ts";
import { ALL_COMMANDS } from "./commands/allCommands.ts";
import type { ExpectedState } from "./expected/expectedState.ts";

/** Longest command sequence of one run. */
export const MAX_COMMANDS = 15;

/** Commands that create what the others act on; drawn with `CREATOR_WEIGHT` against `OTHERS_WEIGHT` for the rest. */
const CREATORS = new Set(["CreateFunction", "PublishLayerVersion"]);
const CREATOR_WEIGHT = 3;
const OTHERS_WEIGHT = 7;

/** A fresh arbitrary per check: fast-check's commands arbitrary keeps replay state between runs. */
export function commandSequences(): fc.Arbitrary<Iterable<fc.AsyncCommand<ExpectedState, StatefulReal>>> {
  const creators = ALL_COMMANDS.filter((c) => CREATORS.has(c.name)).map(commandArbitrary);
  const others = ALL_COMMANDS.filter((c) => !CREATORS.has(c.name)).map(commandArbitrary);
  const one = fc.oneof(
    { arbitrary: fc.oneof(...creators), weight: CREATOR_WEIGHT },
    { arbitrary: fc.oneof(...others), weight: OTHERS_WEIGHT },
  );
  return fc.commands([one], { maxCommands: MAX_COMMANDS, size: "max" });
}
