/**
 * Live state before each case of an operation with resources of its own: a case that deletes or
 * creates something finds the target as its request expects, whatever the case before it did. Deletes
 * get their resource back (a mapping or layer version, which cannot be recreated under the same id,
 * is made anew and its id put in the request); creates find the name they create free. Only the
 * operation's own bundle is touched, and a member an invalid case breaks is never replaced.
 */
import {
  CreateAliasCommand,
  CreateFunctionUrlConfigCommand,
  DeleteAliasCommand,
  DeleteFunctionUrlConfigCommand,
  type LambdaClient,
  PublishVersionCommand,
  PutFunctionEventInvokeConfigCommand,
  RemoveLayerVersionPermissionCommand,
  RemovePermissionCommand,
} from "@aws-sdk/client-lambda";
import type { RequestCase } from "../../core/requestCase.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { jsonObject } from "../checks/jsonBody.ts";
import type { CasePreparer } from "../engine/sendCase.ts";
import { createStandingPreparations } from "../engine/standingPreparations.ts";
import { alreadySo } from "../resources/alreadySo.ts";
import {
  ALIAS_NAME,
  type BundleContext,
  functionCreation,
  layerPermissionAddition,
  layerPublication,
  mappingCreation,
  permissionAddition,
} from "../resources/createBundle.ts";
import { deleteFunctionSettled } from "../resources/deleteFunctionSettled.ts";
import type { FixtureSet, ResourceBundle } from "../resources/fixtureSet.ts";
import type { OwnedBy } from "../resources/ownedBy.ts";
import { deleteOwnMappings, freshMapping } from "../resources/ownMappings.ts";
import { freshFunctionNames } from "../resources/toFixturePool.ts";
import { RESETS } from "./resetPreparations.ts";

type Input = Readonly<Record<string, unknown>>;

/** Sets the target up for one case; returns members whose live value replaces the generated one. */
type Preparation = (
  lambda: LambdaClient,
  own: ResourceBundle,
  input: Input,
  ctx: Pick<BundleContext, "roleArn" | "queueArn" | "tags"> & {
    readonly prefix: string;
    /** Shared account: only what the run's ledger holds may be deleted. */
    readonly ownedBy?: OwnedBy;
    /** Functions whose creation a case saw answered with a settled state (not Pending). */
    readonly settledFunctions?: ReadonlySet<string>;
  },
) => Promise<Record<string, unknown> | undefined>;

const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const qualifier = (input: Input): { Qualifier?: string } =>
  text(input.Qualifier) ? { Qualifier: text(input.Qualifier) as string } : {};

export const PREPARATIONS: Readonly<Record<string, Preparation>> = {
  ...RESETS,
  DeleteFunction: async (lambda, own, _input, ctx) => {
    if (!own.functionName || !ctx.roleArn) return undefined;
    // Back with its version, which the case's qualifier may name (no alias: AWS keeps a version an alias references).
    await lambda.send(functionCreation(own.functionName, ctx)).catch(() => undefined);
    await lambda.send(new PublishVersionCommand({ FunctionName: own.functionName }));
    return undefined;
  },
  DeleteAlias: async (lambda, own) => {
    if (own.functionName && own.version)
      await lambda
        .send(
          new CreateAliasCommand({
            FunctionName: own.functionName,
            Name: ALIAS_NAME,
            FunctionVersion: own.version,
          }),
        )
        .catch(alreadySo(409));
    return undefined;
  },
  CreateFunction: async (lambda, _own, input, ctx) => {
    // Eight fresh names for twenty cases: an earlier case's function goes first (else 409).
    const name = text(input.FunctionName);
    // On a shared account, only a function the run created there (a name someone else took is left alone).
    if (name && freshFunctionNames(ctx.prefix).includes(name) && (ctx.ownedBy?.("function", name) ?? true))
      await deleteFunctionSettled(lambda, name, { settled: ctx.settledFunctions?.has(name) ?? false });
    return undefined;
  },
  CreateAlias: async (lambda, own, input) => {
    if (own.functionName && text(input.Name))
      await lambda
        .send(new DeleteAliasCommand({ FunctionName: own.functionName, Name: text(input.Name) }))
        .catch(alreadySo(404));
    return undefined;
  },
  RemovePermission: async (lambda, own) => {
    if (own.functionName) await lambda.send(permissionAddition(own.functionName)).catch(alreadySo(409));
    return undefined;
  },
  AddPermission: async (lambda, own, input) => {
    // An earlier case may have put the id on the unqualified policy or on the one its qualifier names.
    const StatementId = text(input.StatementId);
    if (!own.functionName || !StatementId) return undefined;
    for (const at of text(input.Qualifier) ? [{}, qualifier(input)] : [{}])
      await lambda
        .send(new RemovePermissionCommand({ FunctionName: own.functionName, StatementId, ...at }))
        .catch(() => undefined);
    return undefined;
  },
  RemoveLayerVersionPermission: async (lambda, own) => {
    if (own.layerName && own.layerVersion !== undefined)
      await lambda.send(layerPermissionAddition(own.layerName, own.layerVersion)).catch(alreadySo(409));
    return undefined;
  },
  AddLayerVersionPermission: async (lambda, own, input) => {
    if (own.layerName && own.layerVersion !== undefined && text(input.StatementId))
      await lambda
        .send(
          new RemoveLayerVersionPermissionCommand({
            LayerName: own.layerName,
            VersionNumber: own.layerVersion,
            StatementId: text(input.StatementId),
          }),
        )
        .catch(alreadySo(404));
    return undefined;
  },
  DeleteFunctionEventInvokeConfig: async (lambda, own, input) => {
    if (own.functionName)
      await lambda.send(
        new PutFunctionEventInvokeConfigCommand({ FunctionName: own.functionName, ...qualifier(input) }),
      );
    return undefined;
  },
  DeleteFunctionUrlConfig: async (lambda, own, input) => {
    if (own.functionName)
      await lambda
        .send(
          new CreateFunctionUrlConfigCommand({
            FunctionName: own.functionName,
            AuthType: "NONE",
            ...qualifier(input),
          }),
        )
        .catch(alreadySo(409));
    return undefined;
  },
  CreateFunctionUrlConfig: async (lambda, own, input) => {
    if (own.functionName)
      await lambda
        .send(new DeleteFunctionUrlConfigCommand({ FunctionName: own.functionName, ...qualifier(input) }))
        .catch(alreadySo(404));
    return undefined;
  },
  DeleteEventSourceMapping: async (lambda, own, _input, ctx) => {
    if (!own.functionName || !ctx.queueArn) return undefined;
    // One mapping per function and queue: the one a case did not delete goes first (else 409).
    const UUID = await freshMapping(lambda, mappingCreation(own.functionName, ctx.queueArn));
    return UUID ? { UUID } : undefined;
  },
  CreateEventSourceMapping: async (lambda, own) => {
    // One mapping per function and queue: the one an earlier case made goes first.
    if (own.functionName) await deleteOwnMappings(lambda, own.functionName);
    return undefined;
  },
  DeleteLayerVersion: async (lambda, own) => {
    if (!own.layerName) return undefined;
    const made = await lambda.send(layerPublication(own.layerName));
    return made.Version === undefined ? undefined : { VersionNumber: made.Version };
  },
};

/** The top-level member an invalid case breaks (`/UUID` → `UUID`). */
function brokenMember(c: RequestCase): string | undefined {
  return c.violation?.path.split("/")[1];
}

/**
 * The input members each preparation reads (none: it sets up the same state for every case): what a
 * standing preparation is kept under. `prepareCase.spec.ts` checks it against what the code reads.
 */
export const PREPARATION_READS: Readonly<Record<string, readonly string[]>> = {
  CreateFunction: ["FunctionName"],
  CreateAlias: ["Name"],
  AddPermission: ["StatementId", "Qualifier"],
  AddLayerVersionPermission: ["StatementId"],
  DeleteFunctionEventInvokeConfig: ["Qualifier"],
  DeleteFunctionUrlConfig: ["Qualifier"],
  CreateFunctionUrlConfig: ["Qualifier"],
  UpdateFunctionUrlConfig: ["Qualifier"],
  UpdateFunctionEventInvokeConfig: ["Qualifier"],
};

/**
 * Whether a case left its preparation's state as it was: only a refusal (any 4xx: the document's common
 * errors are all requests not carried out) is sure to. An accepted case, even a valid update, changed
 * what the next case would start from (an alias left with a routing config answers differently), and a
 * 5xx or no answer may have changed anything.
 */
const stillStands = (status: number): boolean => status >= 400 && status < 500;

/**
 * Which function a CreateFunction case left in a settled state, by its answer: a 2xx whose `State` is not
 * Pending. Any other answer leaves the name's state unknown, and its deletion waits and reads first.
 */
function noteCreation(settled: Set<string>, c: RequestCase, response: TransportResponse): void {
  const name = text(c.input.FunctionName);
  if (!name) return;
  const state = response.status >= 200 && response.status < 300 ? jsonObject(response.body).State : undefined;
  if (typeof state === "string" && state !== "Pending") settled.add(name);
  else settled.delete(name);
}

const keyOf = (operation: string, input: Input): string =>
  JSON.stringify((PREPARATION_READS[operation] ?? []).map((m) => input[m] ?? null));

/**
 * The preparer the engine calls before sending a case; never throws (a failed set-up shows in the
 * answer). A preparation that ran to the end stands until a case of its operation is not refused
 * (suites/engine/standingPreparations.ts), so a run of refused invalid cases costs one set-up.
 */
export function casePreparer(lambda: LambdaClient, fixtures: FixtureSet, ownedBy?: OwnedBy): CasePreparer {
  const settledFunctions = new Set<string>();
  const ctx = {
    prefix: fixtures.prefix,
    ownedBy,
    ...(fixtures.roleArn ? { roleArn: fixtures.roleArn } : {}),
    ...(fixtures.queueArn ? { queueArn: fixtures.queueArn } : {}),
    tags: { "lambda-conformance:run": fixtures.runId },
    settledFunctions,
  };
  const standing = createStandingPreparations();
  const liveFor = async (
    c: RequestCase,
    prepare: Preparation,
  ): Promise<Record<string, unknown> | undefined> => {
    const key = keyOf(c.operation, c.input);
    const stood = standing.get(c.operation, key);
    if (stood) return stood.live;
    // An operation without resources of its own (CreateFunction) gets an empty bundle.
    const own = fixtures.own?.[c.operation] ?? {};
    try {
      const live = await prepare(lambda, own, c.input, ctx);
      standing.set(c.operation, key, live);
      return live;
    } catch {
      return undefined;
    }
  };
  return {
    async prepare(c) {
      const prepare = PREPARATIONS[c.operation];
      if (!prepare) return c;
      const live = await liveFor(c, prepare);
      if (!live) return c;
      const broken = brokenMember(c);
      const input = { ...c.input };
      for (const [member, value] of Object.entries(live))
        if (member !== broken && member in input) input[member] = value;
      return { ...c, input };
    },
    settle(c, response) {
      if (c.operation === "CreateFunction") noteCreation(settledFunctions, c, response);
      standing.settle(c.operation, stillStands(response.status));
    },
  };
}
