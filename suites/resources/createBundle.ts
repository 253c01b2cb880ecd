/**
 * Creates one resource bundle through the target: a function with a version, an alias, URL configs on
 * the unqualified function and the alias, an event invoke config, a policy statement, an event source
 * mapping on the run's queue, a layer version with a permission, a code signing config, and (only when
 * costly resources are allowed) provisioned concurrency. Each step on its own: a target that lacks one
 * API still gets the others, and the step is named in `skipped`.
 */
import {
  AddLayerVersionPermissionCommand,
  AddPermissionCommand,
  CreateAliasCommand,
  CreateCodeSigningConfigCommand,
  CreateEventSourceMappingCommand,
  CreateFunctionCommand,
  CreateFunctionUrlConfigCommand,
  type LambdaClient,
  PublishLayerVersionCommand,
  PublishVersionCommand,
  PutFunctionEventInvokeConfigCommand,
  PutProvisionedConcurrencyConfigCommand,
} from "@aws-sdk/client-lambda";
import type { ResourceBundle } from "./fixtureSet.ts";
import { PACKAGE_HANDLER, PACKAGE_RUNTIME, zipPackage } from "./zipPackage.ts";

export const ALIAS_NAME = "live";
export const STATEMENT_ID = "lc-statement";

export interface BundleContext {
  readonly lambda: LambdaClient;
  readonly roleArn?: string;
  readonly queueArn?: string;
  readonly tags: Readonly<Record<string, string>>;
  /** Provisioned concurrency costs money on AWS: only with --allow-costly or on an emulator. */
  readonly costly: boolean;
  /** Records a failed step; never throws. */
  readonly skip: (step: string, error: unknown) => void;
  /** Steps the shared bundle found the target lacks: not tried again for every own bundle. */
  readonly unsupported?: ReadonlySet<string>;
}

export function functionCreation(name: string, ctx: Pick<BundleContext, "roleArn" | "tags">) {
  return new CreateFunctionCommand({
    FunctionName: name,
    Runtime: PACKAGE_RUNTIME,
    Role: ctx.roleArn,
    Handler: PACKAGE_HANDLER,
    Code: { ZipFile: zipPackage() },
    Tags: { ...ctx.tags },
  });
}

export function permissionAddition(FunctionName: string, StatementId = STATEMENT_ID) {
  return new AddPermissionCommand({
    FunctionName,
    StatementId,
    Action: "lambda:InvokeFunction",
    Principal: "s3.amazonaws.com",
  });
}

export function layerPermissionAddition(
  LayerName: string,
  VersionNumber: number,
  StatementId = STATEMENT_ID,
) {
  return new AddLayerVersionPermissionCommand({
    LayerName,
    VersionNumber,
    StatementId,
    Action: "lambda:GetLayerVersion",
    Principal: "*",
  });
}

export function layerPublication(LayerName: string) {
  return new PublishLayerVersionCommand({
    LayerName,
    Content: { ZipFile: zipPackage() },
    CompatibleRuntimes: [PACKAGE_RUNTIME],
  });
}

export function mappingCreation(FunctionName: string, EventSourceArn: string) {
  return new CreateEventSourceMappingCommand({ FunctionName, EventSourceArn, BatchSize: 1, Enabled: false });
}

/** `name` is the function's name, `layerName` the layer's; `leaveOut` names a part not to create. */
export async function createBundle(
  ctx: BundleContext,
  name: string,
  layerName: string,
  leaveOut?: keyof ResourceBundle,
): Promise<ResourceBundle> {
  const { lambda } = ctx;
  const step = async <T>(what: string, fn: () => Promise<T>): Promise<T | undefined> => {
    if (ctx.unsupported?.has(what)) return undefined;
    try {
      return await fn();
    } catch (e) {
      ctx.skip(`${what} (${name})`, e);
      return undefined;
    }
  };
  const wanted = (part: keyof ResourceBundle): boolean => part !== leaveOut;
  const fn = ctx.roleArn
    ? await step("CreateFunction", () => lambda.send(functionCreation(name, ctx)))
    : undefined;
  const version = fn
    ? (await step("PublishVersion", () => lambda.send(new PublishVersionCommand({ FunctionName: name }))))
        ?.Version
    : undefined;
  const alias =
    fn && version
      ? await step("CreateAlias", () =>
          lambda.send(
            new CreateAliasCommand({ FunctionName: name, Name: ALIAS_NAME, FunctionVersion: version }),
          ),
        )
      : undefined;
  const urls: { qualifier: string; url?: string }[] = [];
  if (fn && wanted("urlQualifiers"))
    for (const qualifier of alias ? ["", ALIAS_NAME] : [""]) {
      const made = await step("CreateFunctionUrlConfig", () =>
        lambda.send(
          new CreateFunctionUrlConfigCommand({
            FunctionName: name,
            AuthType: "NONE",
            ...(qualifier ? { Qualifier: qualifier } : {}),
          }),
        ),
      );
      if (made) urls.push({ qualifier, ...(made.FunctionUrl ? { url: made.FunctionUrl } : {}) });
    }
  const [eic, statement, mapping, csc, provisioned] = await Promise.all([
    fn && wanted("eventInvokeConfig")
      ? step("PutFunctionEventInvokeConfig", () =>
          lambda.send(
            new PutFunctionEventInvokeConfigCommand({ FunctionName: name, MaximumRetryAttempts: 1 }),
          ),
        )
      : undefined,
    fn ? step("AddPermission", () => lambda.send(permissionAddition(name))) : undefined,
    fn && ctx.queueArn && wanted("mappingUuid")
      ? step("CreateEventSourceMapping", () => lambda.send(mappingCreation(name, ctx.queueArn as string)))
      : undefined,
    step("CreateCodeSigningConfig", () =>
      lambda.send(
        new CreateCodeSigningConfigCommand({
          Description: `${name} lambda-conformance fixture`,
          AllowedPublishers: {
            SigningProfileVersionArns: ["arn:aws:signer:us-east-1:123456789012:/signing-profiles/lc/1"],
          },
        }),
      ),
    ),
    alias && ctx.costly && wanted("provisionedQualifier")
      ? step("PutProvisionedConcurrencyConfig", () =>
          lambda.send(
            new PutProvisionedConcurrencyConfigCommand({
              FunctionName: name,
              Qualifier: ALIAS_NAME,
              ProvisionedConcurrentExecutions: 1,
            }),
          ),
        )
      : undefined,
  ]);
  const layer = await step("PublishLayerVersion", () => lambda.send(layerPublication(layerName)));
  const layerStatement =
    layer?.Version !== undefined
      ? await step("AddLayerVersionPermission", () =>
          lambda.send(layerPermissionAddition(layerName, layer.Version as number)),
        )
      : undefined;
  const url = urls.find((u) => u.url)?.url;
  return {
    ...(fn ? { functionName: name, ...(fn.FunctionArn ? { functionArn: fn.FunctionArn } : {}) } : {}),
    ...(version ? { version } : {}),
    ...(alias ? { aliasName: ALIAS_NAME } : {}),
    ...(urls.length > 0 ? { urlQualifiers: urls.map((u) => u.qualifier) } : {}),
    ...(url ? { functionUrl: url } : {}),
    ...(eic ? { eventInvokeConfig: true } : {}),
    ...(statement ? { statementId: STATEMENT_ID } : {}),
    ...(mapping?.UUID ? { mappingUuid: mapping.UUID } : {}),
    ...(layer?.Version !== undefined ? { layerName, layerVersion: layer.Version } : {}),
    ...(layer?.LayerVersionArn ? { layerVersionArn: layer.LayerVersionArn } : {}),
    ...(layerStatement ? { layerStatementId: STATEMENT_ID } : {}),
    ...(csc?.CodeSigningConfig?.CodeSigningConfigArn
      ? { codeSigningConfigArn: csc.CodeSigningConfig.CodeSigningConfigArn }
      : {}),
    ...(provisioned ? { provisionedQualifier: ALIAS_NAME } : {}),
  };
}
