/** Tags on a function: tag, list and untag round-trip. */
import fc from "fast-check";
import type { CommandSpec } from "../commandSpec.ts";
import { type ExpectedState, functionArn, nextUnique } from "../expected/expectedState.ts";
import { NOT_FOUND, ok } from "../step.ts";
import { differs, existingFn, fnIndex, fnLabel } from "./shared.ts";

const KEYS = ["k0", "k1"] as const;

/** Tag commands act on a function that exists: moto answers tags of a missing ARN with an untyped 404, read as "unimplemented". */
const hasFunction = (m: Readonly<ExpectedState>): boolean => m.functions.size > 0;

/** TagResource: 204, the tag reads back. */
export const tagResource: CommandSpec<[number, string]> = {
  name: "TagResource",
  family: "tags",
  operations: ["TagResource"],
  args: fc.tuple(fnIndex, fc.constantFrom(...KEYS)),
  show: ([i, k]) => `${fnLabel(i)}, ${k}`,
  pre: hasFunction,
  async run(m, [i, key], api) {
    const { name, fn } = existingFn(m, i);
    const value = `v${nextUnique(m)}`;
    const out = await api.send({
      operation: "TagResource",
      input: { ARN: functionArn(m, name), Tags: { [key]: value } },
      expect: ok(204),
    });
    if (out?.bothSucceeded) fn?.tags.set(key, value);
  },
};

/** ListTags: exactly the model's tags, including those given at create. */
export const listTags: CommandSpec<number> = {
  name: "ListTags",
  family: "tags",
  operations: ["ListTags"],
  args: fnIndex,
  show: fnLabel,
  pre: hasFunction,
  async run(m, i, api) {
    const { name, fn } = existingFn(m, i);
    const want = Object.fromEntries([...(fn?.tags ?? [])].sort(([a], [b]) => a.localeCompare(b)));
    await api.send({
      operation: "ListTags",
      input: { ARN: functionArn(m, name) },
      expect: fn ? ok(200) : NOT_FOUND,
      verify: (b) => {
        const got = Object.entries((b.Tags ?? {}) as Record<string, string>).sort(([x], [y]) =>
          x.localeCompare(y),
        );
        return differs("tags", Object.fromEntries(got), want);
      },
    });
  },
};

/** UntagResource: 204, the tag is gone. */
export const untagResource: CommandSpec<[number, string]> = {
  name: "UntagResource",
  family: "tags",
  operations: ["UntagResource"],
  args: fc.tuple(fnIndex, fc.constantFrom(...KEYS)),
  show: ([i, k]) => `${fnLabel(i)}, ${k}`,
  pre: hasFunction,
  async run(m, [i, key], api) {
    const { name, fn } = existingFn(m, i);
    const out = await api.send({
      operation: "UntagResource",
      input: { ARN: functionArn(m, name), TagKeys: [key] },
      expect: ok(204),
    });
    if (out?.bothSucceeded) fn?.tags.delete(key);
  },
};
