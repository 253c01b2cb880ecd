/**
 * Known state before each case of an operation that updates a sub-resource in place: an earlier case the
 * target wrongly accepted (BatchSize 10001, AuthType `NONEX`) stored its value, and a later case's
 * answer would show it. That value is the earlier case's finding, so each case starts from the state
 * the fixture made, on the qualifier the case itself names (a config the valid twin needs exists there).
 */
import {
  CreateAliasCommand,
  CreateFunctionUrlConfigCommand,
  DeleteAliasCommand,
  DeleteFunctionUrlConfigCommand,
  GetFunctionConfigurationCommand,
  type LambdaClient,
  PutFunctionEventInvokeConfigCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  type UpdateFunctionConfigurationCommandInput,
} from "@aws-sdk/client-lambda";
import { ALIAS_NAME, mappingCreation } from "../resources/createBundle.ts";
import type { ResourceBundle } from "../resources/fixtureSet.ts";
import { freshMapping } from "../resources/ownMappings.ts";
import { PACKAGE_HANDLER, PACKAGE_RUNTIME, zipPackage } from "../resources/zipPackage.ts";

type Input = Readonly<Record<string, unknown>>;

/** Sets one case's resource back; returns members whose live value replaces the generated one. */
export type Reset = (
  lambda: LambdaClient,
  own: ResourceBundle,
  input: Input,
  ctx: { readonly queueArn?: string },
) => Promise<Record<string, unknown> | undefined>;

const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const qualifierOf = (input: Input): { Qualifier?: string } =>
  text(input.Qualifier) ? { Qualifier: text(input.Qualifier) as string } : {};
/** The configuration a fixture function is created with, member by member (the documented defaults). */
const CREATED_CONFIGURATION: Omit<UpdateFunctionConfigurationCommandInput, "FunctionName"> = {
  Handler: PACKAGE_HANDLER,
  Runtime: PACKAGE_RUNTIME as UpdateFunctionConfigurationCommandInput["Runtime"],
  Description: "",
  Timeout: 3,
  MemorySize: 128,
  Environment: { Variables: {} },
  EphemeralStorage: { Size: 512 },
  FileSystemConfigs: [],
  Layers: [],
  TracingConfig: { Mode: "PassThrough" },
};

/** Waits (up to ~2 s) while the function's last update is InProgress: a case sent then would meet a 409. */
async function updateSettled(lambda: LambdaClient, FunctionName: string): Promise<void> {
  for (let i = 0; i < 8; i++) {
    const config = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName }));
    if (config.LastUpdateStatus !== "InProgress") return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

export const RESETS: Readonly<Record<string, Reset>> = {
  UpdateFunctionCode: async (lambda, own) => {
    // An accepted invalid case (Architectures ["x86_64", "arm64"], an S3 location) stored its code settings.
    if (!own.functionName) return undefined;
    const made = await lambda.send(
      new UpdateFunctionCodeCommand({
        FunctionName: own.functionName,
        ZipFile: zipPackage(),
        Architectures: ["x86_64"],
      }),
    );
    if (made.LastUpdateStatus === "InProgress") await updateSettled(lambda, own.functionName);
    return undefined;
  },
  UpdateFunctionConfiguration: async (lambda, own) => {
    // Members are replaced one by one, so each is set back; a function cannot be made anew cheaply.
    if (own.functionName)
      await lambda.send(
        new UpdateFunctionConfigurationCommand({ FunctionName: own.functionName, ...CREATED_CONFIGURATION }),
      );
    return undefined;
  },
  UpdateFunctionUrlConfig: async (lambda, own, input) => {
    if (!own.functionName) return undefined;
    const at = { FunctionName: own.functionName, ...qualifierOf(input) };
    await lambda.send(new DeleteFunctionUrlConfigCommand(at)).catch(() => undefined);
    await lambda.send(new CreateFunctionUrlConfigCommand({ ...at, AuthType: "NONE" }));
    return undefined;
  },
  UpdateFunctionEventInvokeConfig: async (lambda, own, input) => {
    // Put replaces the whole config: the fixture's, on the case's own qualifier (`1` included).
    if (own.functionName)
      await lambda.send(
        new PutFunctionEventInvokeConfigCommand({
          FunctionName: own.functionName,
          MaximumRetryAttempts: 1,
          ...qualifierOf(input),
        }),
      );
    return undefined;
  },
  UpdateEventSourceMapping: async (lambda, own, _input, ctx) => {
    // A mapping cannot be set back member by member: a fresh one, its id put in the request.
    if (!own.functionName || !ctx.queueArn) return undefined;
    const UUID = await freshMapping(lambda, mappingCreation(own.functionName, ctx.queueArn));
    return UUID ? { UUID } : undefined;
  },
  UpdateAlias: async (lambda, own) => {
    if (!own.functionName || !own.version) return undefined;
    const alias = { FunctionName: own.functionName, Name: ALIAS_NAME };
    await lambda.send(new DeleteAliasCommand(alias)).catch(() => undefined);
    await lambda.send(new CreateAliasCommand({ ...alias, FunctionVersion: own.version }));
    return undefined;
  },
};
