/**
 * The deciding phase's buffer: exchanges are held only while their operation is undecided. The first
 * answer that decides "implemented" releases them, and every later one passes straight through, so
 * memory stays bounded however many cases the phase has.
 */
import { type DecidingAnswer, decidesImplemented, decideUnimplemented } from "../checks/routing.ts";

/** How the phase ended: implemented with the exchanges still held, or unimplemented with the one to report. */
export type DecidedPhase<T> =
  | { readonly unimplemented: false; readonly held: readonly T[] }
  | { readonly unimplemented: true; readonly first: T | undefined };

export interface DecidingBuffer<T> {
  /** Takes one exchange; returns those to judge as implemented now (none while undecided). */
  add(exchange: T): readonly T[];
  /** What is still held, undecided (a stopped run judges it as implemented: nothing said otherwise). */
  held(): readonly T[];
  /** The phase's decision over everything held (`decideUnimplemented`), at its end. */
  settle(): DecidedPhase<T>;
}

/** A buffer over exchanges whose `answerOf` tells what each showed. */
export function createDecidingBuffer<T>(answerOf: (exchange: T) => DecidingAnswer): DecidingBuffer<T> {
  const held: { exchange: T; answer: DecidingAnswer }[] = [];
  let implemented = false;
  return {
    add(exchange) {
      if (implemented) return [exchange];
      const answer = answerOf(exchange);
      held.push({ exchange, answer });
      if (!decidesImplemented(answer)) return [];
      implemented = true;
      return held.splice(0).map((h) => h.exchange);
    },
    held: () => held.map((h) => h.exchange),
    settle() {
      if (!implemented && decideUnimplemented(held.map((h) => h.answer)))
        // One verdict per missing operation, from its first case that said so.
        return { unimplemented: true, first: held.find((h) => h.answer.looksUnimplemented)?.exchange };
      return { unimplemented: false, held: held.map((h) => h.exchange) };
    },
  };
}
