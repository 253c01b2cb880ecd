/** Reserved concurrency (put/get/delete) and provisioned concurrency on a published version. */
import fc from "fast-check";
import type { CommandSpec } from "../commandSpec.ts";
import { unsettleRevision } from "../expected/expectedState.ts";
import { NOT_FOUND, ok } from "../step.ts";
import { differs, existingFn, fnAt, fnIndex, fnLabel } from "./shared.ts";
import { publishVersion } from "./versionCommands.ts";

/** PutFunctionConcurrency: the value reads back. */
export const putFunctionConcurrency: CommandSpec<[number, number]> = {
  name: "PutFunctionConcurrency",
  family: "concurrency",
  operations: ["PutFunctionConcurrency"],
  args: fc.tuple(fnIndex, fc.integer({ min: 1, max: 5 })),
  show: ([i, n]) => `${fnLabel(i)}, ${n}`,
  async run(m, [i, n], api) {
    const { name, fn } = fnAt(m, i);
    const out = await api.send({
      operation: "PutFunctionConcurrency",
      input: { FunctionName: name, ReservedConcurrentExecutions: n },
      expect: fn ? ok(200) : NOT_FOUND,
      verify: (b) => differs("ReservedConcurrentExecutions", b.ReservedConcurrentExecutions, n),
    });
    if (out?.bothSucceeded && fn) {
      fn.reservedConcurrency = n;
      unsettleRevision(fn);
    }
  },
};

/** GetFunctionConcurrency: the model's value, or none. */
export const getFunctionConcurrency: CommandSpec<number> = {
  name: "GetFunctionConcurrency",
  family: "concurrency",
  operations: ["GetFunctionConcurrency"],
  args: fnIndex,
  show: fnLabel,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    await api.send({
      operation: "GetFunctionConcurrency",
      input: { FunctionName: name },
      expect: fn ? ok(200) : NOT_FOUND,
      verify: (b) =>
        differs("ReservedConcurrentExecutions", b.ReservedConcurrentExecutions, fn?.reservedConcurrency),
    });
  },
};

/** DeleteFunctionConcurrency of a value that is set: 204. */
export const deleteFunctionConcurrency: CommandSpec<number> = {
  name: "DeleteFunctionConcurrency",
  family: "concurrency",
  operations: ["DeleteFunctionConcurrency"],
  args: fnIndex,
  show: fnLabel,
  pre: (m, i) => fnAt(m, i).fn?.reservedConcurrency !== undefined,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    const out = await api.send({
      operation: "DeleteFunctionConcurrency",
      input: { FunctionName: name },
      expect: ok(204),
    });
    if (out?.bothSucceeded && fn) delete fn.reservedConcurrency;
  },
};

/** Publishes a version, then PutProvisionedConcurrencyConfig on it: 202 with the requested count. */
export const putProvisionedConcurrency: CommandSpec<[number, number]> = {
  name: "PutProvisionedConcurrency",
  family: "provisionedConcurrency",
  operations: ["PublishVersion", "PutProvisionedConcurrencyConfig"],
  args: fc.tuple(fnIndex, fc.integer({ min: 1, max: 2 })),
  show: ([i, n]) => `${fnLabel(i)}, ${n}`,
  pre: (m) => m.functions.size > 0,
  async run(m, [i, n], api) {
    const { name, fn } = existingFn(m, i);
    const version = await publishVersion(name, fn, api);
    if (version === undefined || !fn) return;
    const out = await api.send({
      operation: "PutProvisionedConcurrencyConfig",
      input: { FunctionName: name, Qualifier: String(version), ProvisionedConcurrentExecutions: n },
      expect: ok(202),
      verify: (b) =>
        differs("RequestedProvisionedConcurrentExecutions", b.RequestedProvisionedConcurrentExecutions, n),
    });
    if (out?.bothSucceeded) fn.provisioned.set(String(version), n);
  },
};

/** GetProvisionedConcurrencyConfig of the newest version: the count, or 404 ProvisionedConcurrencyConfigNotFoundException. */
export const getProvisionedConcurrency: CommandSpec<number> = {
  name: "GetProvisionedConcurrency",
  family: "provisionedConcurrency",
  operations: ["GetProvisionedConcurrencyConfig"],
  args: fnIndex,
  show: fnLabel,
  pre: (m, i) => (fnAt(m, i).fn?.versions.length ?? 0) > 0,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    const qualifier = String(fn?.versions.at(-1));
    const held = fn?.provisioned.get(qualifier);
    await api.send({
      operation: "GetProvisionedConcurrencyConfig",
      input: { FunctionName: name, Qualifier: qualifier },
      expect:
        held !== undefined
          ? ok(200)
          : { status: 404, error: "ProvisionedConcurrencyConfigNotFoundException" },
      verify: (b) =>
        differs("RequestedProvisionedConcurrentExecutions", b.RequestedProvisionedConcurrentExecutions, held),
    });
  },
};

/** DeleteProvisionedConcurrencyConfig of a config that exists: 204. */
export const deleteProvisionedConcurrency: CommandSpec<number> = {
  name: "DeleteProvisionedConcurrency",
  family: "provisionedConcurrency",
  operations: ["DeleteProvisionedConcurrencyConfig"],
  args: fnIndex,
  show: fnLabel,
  pre: (m, i) => (fnAt(m, i).fn?.provisioned.size ?? 0) > 0,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    const qualifier = [...(fn?.provisioned.keys() ?? [])][0] ?? "";
    const out = await api.send({
      operation: "DeleteProvisionedConcurrencyConfig",
      input: { FunctionName: name, Qualifier: qualifier },
      expect: ok(204),
    });
    if (out?.bothSucceeded) fn?.provisioned.delete(qualifier);
  },
};
