/**
 * A shared account to test the ownership guard against: resources someone else owns, named with the
 * document's edge values (every function and layer name the boundary generator sends that a target
 * can create), each with everything that hangs off it; and a snapshot of all of it to compare.
 */
import { CreateRoleCommand, type IAMClient } from "@aws-sdk/client-iam";
import {
  AddLayerVersionPermissionCommand,
  AddPermissionCommand,
  CreateAliasCommand,
  CreateFunctionCommand,
  CreateFunctionUrlConfigCommand,
  GetFunctionCommand,
  GetFunctionConcurrencyCommand,
  GetFunctionEventInvokeConfigCommand,
  GetFunctionUrlConfigCommand,
  GetLayerVersionPolicyCommand,
  GetPolicyCommand,
  type LambdaClient,
  ListAliasesCommand,
  ListLayerVersionsCommand,
  ListTagsCommand,
  ListVersionsByFunctionCommand,
  PublishLayerVersionCommand,
  PublishVersionCommand,
  PutFunctionConcurrencyCommand,
  PutFunctionEventInvokeConfigCommand,
} from "@aws-sdk/client-lambda";
import type { ServiceView } from "../../core/serviceView.ts";
import { boundaryRequests } from "../../generators/boundaryRequests.ts";
import { PACKAGE_HANDLER, PACKAGE_RUNTIME, zipPackage } from "../../suites/resources/zipPackage.ts";

/** Plain names (no ARN, no qualifier), up to the document's longest: a target decides which it accepts. */
const PLAIN = /^[A-Za-z0-9_-]{1,140}$/;

/** Single characters of every class the name pattern allows, and the longest names. */
const ALWAYS = ["a", "A", "0", "_", "-", "a".repeat(64), "a".repeat(140)];

/** The function and layer names the boundary phase sends that could exist, and `ALWAYS`. */
export function edgeNames(service: ServiceView): { functions: string[]; layers: string[] } {
  const functions = new Set(ALWAYS);
  const layers = new Set(ALWAYS);
  for (const op of service.operations.values())
    for (const c of boundaryRequests(op, {})) {
      const { FunctionName, LayerName } = c.input as { FunctionName?: unknown; LayerName?: unknown };
      if (typeof FunctionName === "string" && PLAIN.test(FunctionName)) functions.add(FunctionName);
      if (typeof LayerName === "string" && PLAIN.test(LayerName)) layers.add(LayerName);
    }
  return { functions: [...functions].sort(), layers: [...layers].sort() };
}

/** What was seeded: the names that exist now, owned by "someone else", and the names the target refused. */
export interface ForeignSet {
  readonly functions: readonly string[];
  readonly layers: readonly { readonly name: string; readonly versions: readonly number[] }[];
  readonly refused: readonly string[];
}

/** Creates each function with a version, an alias, a policy, reserved concurrency, tags, event invoke and URL configs, and each layer with two versions and a policy. */
export async function seedForeign(
  lambda: LambdaClient,
  iam: IAMClient,
  names: { functions: readonly string[]; layers: readonly string[] },
): Promise<ForeignSet> {
  const role = await iam.send(
    new CreateRoleCommand({
      RoleName: "someone-elses-role",
      AssumeRolePolicyDocument: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" },
        ],
      }),
    }),
  );
  const functions: string[] = [];
  const refused: string[] = [];
  for (const FunctionName of names.functions) {
    // A name the target does not accept cannot exist there: nothing to protect.
    const made = await lambda
      .send(
        new CreateFunctionCommand({
          FunctionName,
          Runtime: PACKAGE_RUNTIME,
          Handler: PACKAGE_HANDLER,
          Role: role.Role?.Arn,
          Code: {
            ZipFile: zipPackage("index.js", `exports.handler = async () => "${FunctionName.length}";\n`),
          },
          Tags: { owner: "someone-else" },
          Description: "not the suite's",
        }),
      )
      .then(
        () => true,
        () => false,
      );
    if (!made) {
      refused.push(`function ${FunctionName}`);
      continue;
    }
    const { Version } = await lambda.send(new PublishVersionCommand({ FunctionName }));
    await lambda.send(new CreateAliasCommand({ FunctionName, Name: "live", FunctionVersion: Version }));
    await lambda.send(
      new AddPermissionCommand({
        FunctionName,
        StatementId: "theirs",
        Action: "lambda:InvokeFunction",
        Principal: "events.amazonaws.com",
      }),
    );
    await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName, ReservedConcurrentExecutions: 2 }));
    await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName, MaximumRetryAttempts: 0 }));
    await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName, AuthType: "AWS_IAM" }));
    functions.push(FunctionName);
  }
  const layers: { name: string; versions: number[] }[] = [];
  for (const LayerName of names.layers) {
    const versions: number[] = [];
    for (let i = 0; i < 2; i++) {
      const made = await lambda.send(
        new PublishLayerVersionCommand({
          LayerName,
          Content: { ZipFile: zipPackage() },
          Description: `theirs ${i}`,
        }),
      );
      if (made.Version !== undefined) versions.push(made.Version);
    }
    await lambda.send(
      new AddLayerVersionPermissionCommand({
        LayerName,
        VersionNumber: versions[0],
        StatementId: "theirs",
        Action: "lambda:GetLayerVersion",
        Principal: "*",
      }),
    );
    layers.push({ name: LayerName, versions });
  }
  return { functions, layers, refused };
}

/** The answer to one read, without the SDK's per-request metadata; an error by its name. */
async function read(call: () => Promise<object>): Promise<unknown> {
  try {
    const { $metadata: _, ...rest } = (await call()) as { $metadata: unknown };
    return rest;
  } catch (e) {
    return { error: (e as Error).name };
  }
}

/** Everything about the foreign set a run could change: configuration, code hash, versions, aliases, policy, concurrency, tags, configs. */
export async function snapshotForeign(
  lambda: LambdaClient,
  set: ForeignSet,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const FunctionName of set.functions) {
    const fn = (await read(() => lambda.send(new GetFunctionCommand({ FunctionName })))) as {
      Configuration?: { FunctionArn?: string };
      Code?: { Location?: string };
    };
    // The code's download URL is presigned afresh on every read (LocalStack): its path is what names the code.
    if (fn.Code?.Location) fn.Code.Location = fn.Code.Location.split("?")[0];
    const arn = fn.Configuration?.FunctionArn ?? FunctionName;
    out[`function ${FunctionName}`] = {
      function: fn,
      versions: await read(() => lambda.send(new ListVersionsByFunctionCommand({ FunctionName }))),
      aliases: await read(() => lambda.send(new ListAliasesCommand({ FunctionName }))),
      policy: await read(() => lambda.send(new GetPolicyCommand({ FunctionName }))),
      concurrency: await read(() => lambda.send(new GetFunctionConcurrencyCommand({ FunctionName }))),
      tags: await read(() => lambda.send(new ListTagsCommand({ Resource: arn }))),
      eventInvokeConfig: await read(() =>
        lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName })),
      ),
      urlConfig: await read(() => lambda.send(new GetFunctionUrlConfigCommand({ FunctionName }))),
    };
  }
  for (const { name: LayerName, versions } of set.layers) {
    const policies: Record<number, unknown> = {};
    for (const VersionNumber of versions)
      policies[VersionNumber] = await read(() =>
        lambda.send(new GetLayerVersionPolicyCommand({ LayerName, VersionNumber })),
      );
    out[`layer ${LayerName}`] = {
      versions: await read(() => lambda.send(new ListLayerVersionsCommand({ LayerName }))),
      policies,
    };
  }
  return out;
}
