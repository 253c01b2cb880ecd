/** Per-function configurations: event invoke config, function URL, runtime management. */
import fc from "fast-check";
import type { CommandSpec } from "../commandSpec.ts";
import { CONFLICT, NOT_FOUND, ok } from "../step.ts";
import { differs, fnAt, fnIndex, fnLabel } from "./shared.ts";

/** PutFunctionEventInvokeConfig: the retry count reads back. */
export const putEventInvokeConfig: CommandSpec<[number, number]> = {
  name: "PutEventInvokeConfig",
  family: "eventInvokeConfig",
  operations: ["PutFunctionEventInvokeConfig"],
  args: fc.tuple(fnIndex, fc.integer({ min: 0, max: 2 })),
  show: ([i, n]) => `${fnLabel(i)}, ${n}`,
  async run(m, [i, n], api) {
    const { name, fn } = fnAt(m, i);
    const out = await api.send({
      operation: "PutFunctionEventInvokeConfig",
      input: { FunctionName: name, MaximumRetryAttempts: n },
      expect: fn ? ok(200) : NOT_FOUND,
      verify: (b) => differs("MaximumRetryAttempts", b.MaximumRetryAttempts, n),
    });
    if (out?.bothSucceeded && fn) fn.eventInvokeRetries = n;
  },
};

/** GetFunctionEventInvokeConfig: the model's config, 404 when there is none. */
export const getEventInvokeConfig: CommandSpec<number> = {
  name: "GetEventInvokeConfig",
  family: "eventInvokeConfig",
  operations: ["GetFunctionEventInvokeConfig"],
  args: fnIndex,
  show: fnLabel,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    await api.send({
      operation: "GetFunctionEventInvokeConfig",
      input: { FunctionName: name },
      expect: fn?.eventInvokeRetries !== undefined ? ok(200) : NOT_FOUND,
      verify: (b) => differs("MaximumRetryAttempts", b.MaximumRetryAttempts, fn?.eventInvokeRetries),
    });
  },
};

/** DeleteFunctionEventInvokeConfig of a config that exists: 204. */
export const deleteEventInvokeConfig: CommandSpec<number> = {
  name: "DeleteEventInvokeConfig",
  family: "eventInvokeConfig",
  operations: ["DeleteFunctionEventInvokeConfig"],
  args: fnIndex,
  show: fnLabel,
  pre: (m, i) => fnAt(m, i).fn?.eventInvokeRetries !== undefined,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    const out = await api.send({
      operation: "DeleteFunctionEventInvokeConfig",
      input: { FunctionName: name },
      expect: ok(204),
    });
    if (out?.bothSucceeded && fn) delete fn.eventInvokeRetries;
  },
};

/** CreateFunctionUrlConfig: 201, 409 when the function has one. */
export const createFunctionUrl: CommandSpec<number> = {
  name: "CreateFunctionUrl",
  family: "functionUrl",
  operations: ["CreateFunctionUrlConfig"],
  args: fnIndex,
  show: fnLabel,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    const out = await api.send({
      operation: "CreateFunctionUrlConfig",
      input: { FunctionName: name, AuthType: "NONE" },
      expect: !fn ? NOT_FOUND : fn.url ? CONFLICT : ok(201),
      verify: (b) => differs("AuthType", b.AuthType, "NONE"),
    });
    if (out?.bothSucceeded && fn) fn.url = true;
  },
};

/** GetFunctionUrlConfig: 200 when the model has a URL, 404 otherwise. */
export const getFunctionUrl: CommandSpec<number> = {
  name: "GetFunctionUrl",
  family: "functionUrl",
  operations: ["GetFunctionUrlConfig"],
  args: fnIndex,
  show: fnLabel,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    await api.send({
      operation: "GetFunctionUrlConfig",
      input: { FunctionName: name },
      expect: fn?.url ? ok(200) : NOT_FOUND,
      verify: (b) => (typeof b.FunctionUrl === "string" ? undefined : "FunctionUrl: missing"),
    });
  },
};

/** DeleteFunctionUrlConfig of a URL that exists: 204. */
export const deleteFunctionUrl: CommandSpec<number> = {
  name: "DeleteFunctionUrl",
  family: "functionUrl",
  operations: ["DeleteFunctionUrlConfig"],
  args: fnIndex,
  show: fnLabel,
  pre: (m, i) => fnAt(m, i).fn?.url ?? false,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    const out = await api.send({
      operation: "DeleteFunctionUrlConfig",
      input: { FunctionName: name },
      expect: ok(204),
    });
    if (out?.bothSucceeded && fn) fn.url = false;
  },
};

/** GetRuntimeManagementConfig: `Auto` until changed. */
export const getRuntimeManagement: CommandSpec<number> = {
  name: "GetRuntimeManagement",
  family: "runtimeManagement",
  operations: ["GetRuntimeManagementConfig"],
  args: fnIndex,
  show: fnLabel,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    await api.send({
      operation: "GetRuntimeManagementConfig",
      input: { FunctionName: name },
      expect: fn ? ok(200) : NOT_FOUND,
      verify: (b) => differs("UpdateRuntimeOn", b.UpdateRuntimeOn, fn?.updateRuntimeOn),
    });
  },
};

/** PutRuntimeManagementConfig: the mode reads back. */
export const putRuntimeManagement: CommandSpec<[number, string]> = {
  name: "PutRuntimeManagement",
  family: "runtimeManagement",
  operations: ["PutRuntimeManagementConfig"],
  args: fc.tuple(fnIndex, fc.constantFrom("Auto", "FunctionUpdate")),
  show: ([i, mode]) => `${fnLabel(i)}, ${mode}`,
  async run(m, [i, mode], api) {
    const { name, fn } = fnAt(m, i);
    const out = await api.send({
      operation: "PutRuntimeManagementConfig",
      input: { FunctionName: name, UpdateRuntimeOn: mode },
      expect: fn ? ok(200) : NOT_FOUND,
      verify: (b) => differs("UpdateRuntimeOn", b.UpdateRuntimeOn, mode),
    });
    if (out?.bothSucceeded && fn) fn.updateRuntimeOn = mode;
  },
};
