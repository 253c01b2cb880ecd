import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DecidingAnswer, decidesImplemented, decideUnimplemented } from "../checks/routing.ts";
import { createDecidingBuffer } from "./decidingBuffer.ts";

const answer = (looksUnimplemented: boolean, routable = true, answered = true): DecidingAnswer => ({
  answered,
  looksUnimplemented,
  routable,
});
const buffer = () => createDecidingBuffer((a: DecidingAnswer) => a);

describe("createDecidingBuffer", () => {
  it("holds while undecided and releases everything, in order, at the first implemented answer", () => {
    const b = buffer();
    const [miss, noAnswer, ok, later] = [
      answer(true),
      answer(false, true, false),
      answer(false),
      answer(true),
    ];
    expect(b.add(miss)).toEqual([]);
    expect(b.add(noAnswer)).toEqual([]);
    expect(b.add(ok)).toEqual([miss, noAnswer, ok]);
    expect(b.add(later)).toEqual([later]);
    expect(b.held()).toEqual([]);
    expect(b.settle()).toEqual({ unimplemented: false, held: [] });
  });

  it("settles unimplemented with the first answer that said so", () => {
    const b = buffer();
    const [noAnswer, first, second] = [answer(false, true, false), answer(true), answer(true)];
    for (const a of [noAnswer, first, second]) expect(b.add(a)).toEqual([]);
    const decided = b.settle();
    expect(decided).toEqual({ unimplemented: true, first });
    if (decided.unimplemented) expect(decided.first).toBe(first);
  });

  it("settles implemented, holding all, when no routable case said unimplemented", () => {
    const b = buffer();
    const held = [answer(true, false), answer(true, false)];
    for (const a of held) b.add(a);
    expect(b.held()).toEqual(held);
    expect(b.settle()).toEqual({ unimplemented: false, held });
  });

  it("releases every exchange exactly once, and never calls unimplemented a phase an answer decided implemented", () => {
    const anyAnswer = fc.record({
      answered: fc.boolean(),
      looksUnimplemented: fc.boolean(),
      routable: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(anyAnswer), (answers) => {
        const b = buffer();
        const released = answers.flatMap((a) => [...b.add(a)]);
        const decided = b.settle();
        if (!decided.unimplemented) expect([...released, ...decided.held]).toEqual(answers);
        else expect(released).toEqual([]);
        // The buffer stops holding at such an answer, so decideUnimplemented must agree it is final.
        if (answers.some(decidesImplemented)) expect(decideUnimplemented(answers)).toBe(false);
      }),
    );
  });
});
