/** Code signing configs: create one, attach it to a function, read it back, detach it. */
import fc from "fast-check";
import type { CommandSpec } from "../commandSpec.ts";
import { unsettleRevision } from "../expected/expectedState.ts";
import { NOT_FOUND, ok } from "../step.ts";
import { differs, fnAt, fnIndex, fnLabel } from "./shared.ts";

/** A signing profile version ARN of the documented form; nothing is signed with it. */
const SIGNING_PROFILE = "arn:aws:signer:us-east-1:123456789012:/signing-profiles/lcstateful/abcdef1234";

/** At most this many configs per run: they are account-level and swept by description. */
const MAX_CONFIGS = 2;

/** CreateCodeSigningConfig, described with the run prefix so the sweep finds it. */
export const createCodeSigningConfig: CommandSpec<null> = {
  name: "CreateCodeSigningConfig",
  family: "codeSigning",
  operations: ["CreateCodeSigningConfig"],
  args: fc.constant(null),
  show: () => "",
  pre: (m) => m.codeSigningConfigs.length < MAX_CONFIGS,
  async run(m, _, api) {
    const out = await api.send({
      operation: "CreateCodeSigningConfig",
      input: { Description: m.prefix, AllowedPublishers: { SigningProfileVersionArns: [SIGNING_PROFILE] } },
      expect: ok(201),
      verify: (b) => {
        const arn = (b.CodeSigningConfig as { CodeSigningConfigArn?: unknown } | undefined)
          ?.CodeSigningConfigArn;
        return typeof arn === "string" ? undefined : "CodeSigningConfigArn: missing";
      },
    });
    const arn = (out?.body.CodeSigningConfig as { CodeSigningConfigArn?: unknown } | undefined)
      ?.CodeSigningConfigArn;
    if (out?.bothSucceeded && typeof arn === "string") m.codeSigningConfigs.push(arn);
  },
};

/** PutFunctionCodeSigningConfig: the function now names the config. */
export const putFunctionCodeSigningConfig: CommandSpec<[number, number]> = {
  name: "PutFunctionCodeSigningConfig",
  family: "codeSigning",
  operations: ["PutFunctionCodeSigningConfig"],
  args: fc.tuple(fnIndex, fc.nat({ max: MAX_CONFIGS - 1 })),
  show: ([i, c]) => `${fnLabel(i)}, csc${c}`,
  pre: (m) => m.codeSigningConfigs.length > 0,
  async run(m, [i, c], api) {
    const { name, fn } = fnAt(m, i);
    const arn = m.codeSigningConfigs[c % m.codeSigningConfigs.length];
    const out = await api.send({
      operation: "PutFunctionCodeSigningConfig",
      input: { FunctionName: name, CodeSigningConfigArn: arn },
      expect: fn ? ok(200) : NOT_FOUND,
      verify: (b) => differs("CodeSigningConfigArn", b.CodeSigningConfigArn, arn),
    });
    if (out?.bothSucceeded && fn && arn) {
      fn.codeSigningConfigArn = arn;
      unsettleRevision(fn);
    }
  },
};

/** GetFunctionCodeSigningConfig: the attached config's ARN. */
export const getFunctionCodeSigningConfig: CommandSpec<number> = {
  name: "GetFunctionCodeSigningConfig",
  family: "codeSigning",
  operations: ["GetFunctionCodeSigningConfig"],
  args: fnIndex,
  show: fnLabel,
  pre: (m, i) => fnAt(m, i).fn?.codeSigningConfigArn !== undefined || fnAt(m, i).fn === undefined,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    await api.send({
      operation: "GetFunctionCodeSigningConfig",
      input: { FunctionName: name },
      expect: fn ? ok(200) : NOT_FOUND,
      verify: (b) => differs("CodeSigningConfigArn", b.CodeSigningConfigArn, fn?.codeSigningConfigArn),
    });
  },
};

/** DeleteFunctionCodeSigningConfig of an attached config: 204. */
export const deleteFunctionCodeSigningConfig: CommandSpec<number> = {
  name: "DeleteFunctionCodeSigningConfig",
  family: "codeSigning",
  operations: ["DeleteFunctionCodeSigningConfig"],
  args: fnIndex,
  show: fnLabel,
  pre: (m, i) => fnAt(m, i).fn?.codeSigningConfigArn !== undefined,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    const out = await api.send({
      operation: "DeleteFunctionCodeSigningConfig",
      input: { FunctionName: name },
      expect: ok(204),
    });
    if (out?.bothSucceeded && fn) {
      delete fn.codeSigningConfigArn;
      unsettleRevision(fn);
    }
  },
};
