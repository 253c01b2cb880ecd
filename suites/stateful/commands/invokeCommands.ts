/** Invoke on `$LATEST`, a version and an alias, with each InvocationType and its documented status. */
import fc from "fast-check";
import type { CommandSpec } from "../commandSpec.ts";
import { NOT_FOUND, ok } from "../step.ts";
import { fnAt, fnIndex, fnLabel } from "./shared.ts";

const TARGETS = ["latest", "version", "alias"] as const;

/** Documented status per invocation type. */
export const INVOKE_STATUS = { RequestResponse: 200, Event: 202, DryRun: 204 } as const;

type InvocationType = keyof typeof INVOKE_STATUS;
type InvokeArgs = [number, (typeof TARGETS)[number], InvocationType];

/** Payload `{}`, base64 as the blob payload is given to the serializer. */
const EMPTY_EVENT = Buffer.from("{}").toString("base64");

/** Invoke: 200/202/204 by type on an existing qualifier, 404 when the function does not exist. */
export const invoke: CommandSpec<InvokeArgs> = {
  name: "Invoke",
  family: "invoke",
  operations: ["Invoke"],
  args: fc.tuple(
    fnIndex,
    fc.constantFrom(...TARGETS),
    fc.constantFrom<InvocationType>("RequestResponse", "Event", "DryRun"),
  ),
  show: ([i, t, type]) => `${fnLabel(i)}, ${t}, ${type}`,
  pre: (m, [i, t]) => {
    const fn = fnAt(m, i).fn;
    if (t === "version") return (fn?.versions.length ?? 0) > 0;
    if (t === "alias") return (fn?.aliases.size ?? 0) > 0;
    return true;
  },
  async run(m, [i, target, type], api) {
    const { name, fn } = fnAt(m, i);
    const qualifier =
      target === "version"
        ? String(fn?.versions.at(-1))
        : target === "alias"
          ? [...(fn?.aliases.keys() ?? [])][0]
          : undefined;
    await api.send({
      operation: "Invoke",
      input: {
        FunctionName: name,
        InvocationType: type,
        Payload: EMPTY_EVENT,
        ...(qualifier ? { Qualifier: qualifier } : {}),
      },
      expect: fn ? ok(INVOKE_STATUS[type]) : NOT_FOUND,
    });
  },
};
