import fc from "fast-check";
import type { ChoiceSource } from "./regex/automaton.ts";

/** Builds a value from a sequence of bounded choices; the same choices always give the same value. */
export type ChoiceBuilder<T> = (source: ChoiceSource) => T;

/**
 * An arbitrary over a choice-driven builder. The context of a value is its choice sequence, so
 * shrinking lowers choices towards 0 (shorter strings, first alternatives) and replays the builder:
 * every shrunk value is still built by the same rules, hence still satisfies the same constraints.
 */
export class ChoiceArbitrary<T> extends fc.Arbitrary<T> {
  constructor(private readonly build: ChoiceBuilder<T>) {
    super();
  }

  generate(mrng: fc.Random): fc.Value<T> {
    const recorded: number[] = [];
    const value = this.build({
      choose: (count) => {
        const choice = count <= 1 ? 0 : mrng.nextInt(0, count - 1);
        recorded.push(choice);
        return choice;
      },
    });
    return new fc.Value(value, recorded);
  }

  canShrinkWithoutContext(_value: unknown): _value is T {
    return false;
  }

  shrink(_value: T, context: unknown): fc.Stream<fc.Value<T>> {
    if (!Array.isArray(context)) return fc.Stream.nil();
    return new fc.Stream(smallerChoices(context as number[])).map((choices) => this.replay(choices));
  }

  private replay(prefix: readonly number[]): fc.Value<T> {
    const recorded: number[] = [];
    const value = this.build({
      choose: (count) => {
        const choice = Math.min(prefix[recorded.length] ?? 0, Math.max(count - 1, 0));
        recorded.push(choice);
        return choice;
      },
    });
    return new fc.Value(value, recorded);
  }
}

/** Candidate choice sequences, each strictly smaller than `choices`, earliest decisions first. */
function* smallerChoices(choices: readonly number[]): IterableIterator<number[]> {
  for (let i = 0; i < choices.length; i++) {
    const choice = choices[i] as number;
    if (choice === 0) continue;
    yield choices.map((c, j) => (j === i ? 0 : c));
    if (choice > 1) yield choices.map((c, j) => (j === i ? choice >> 1 : c));
    if (choice > 2) yield choices.map((c, j) => (j === i ? choice - 1 : c));
  }
}
