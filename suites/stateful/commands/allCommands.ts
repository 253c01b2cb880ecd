/** The one table of stateful commands; fast-check draws each run's sequence from it. */
import { anySpec, type CommandSpec } from "../commandSpec.ts";
import * as alias from "./aliasCommands.ts";
import * as codeSigning from "./codeSigningCommands.ts";
import * as concurrency from "./concurrencyCommands.ts";
import * as functions from "./functionCommands.ts";
import * as config from "./functionConfigCommands.ts";
import { invoke } from "./invokeCommands.ts";
import * as layers from "./layerCommands.ts";
import * as permissions from "./permissionCommands.ts";
import * as revisions from "./revisionCommands.ts";
import * as tags from "./tagCommands.ts";
import * as versions from "./versionCommands.ts";

/** Every command, once; `commandSequences` weights the creators. */
export const ALL_COMMANDS: readonly CommandSpec<unknown>[] = (
  [
    functions.createFunction,
    functions.getFunction,
    functions.getFunctionConfiguration,
    functions.updateFunctionConfiguration,
    functions.updateFunctionCode,
    functions.listFunctions,
    functions.deleteFunction,
    versions.publishVersionCommand,
    versions.listVersionsByFunction,
    alias.createAlias,
    alias.createAliasToMissingVersion,
    alias.getAlias,
    alias.updateAlias,
    alias.deleteAlias,
    alias.routeAliasWeights,
    revisions.updateWithStaleRevision,
    revisions.publishWithStaleRevision,
    permissions.addPermission,
    permissions.getPolicy,
    permissions.removePermission,
    permissions.addLayerVersionPermission,
    permissions.getLayerVersionPolicy,
    permissions.removeLayerVersionPermission,
    tags.tagResource,
    tags.listTags,
    tags.untagResource,
    concurrency.putFunctionConcurrency,
    concurrency.getFunctionConcurrency,
    concurrency.deleteFunctionConcurrency,
    concurrency.putProvisionedConcurrency,
    concurrency.getProvisionedConcurrency,
    concurrency.deleteProvisionedConcurrency,
    config.putEventInvokeConfig,
    config.getEventInvokeConfig,
    config.deleteEventInvokeConfig,
    config.createFunctionUrl,
    config.getFunctionUrl,
    config.deleteFunctionUrl,
    config.getRuntimeManagement,
    config.putRuntimeManagement,
    codeSigning.createCodeSigningConfig,
    codeSigning.putFunctionCodeSigningConfig,
    codeSigning.getFunctionCodeSigningConfig,
    codeSigning.deleteFunctionCodeSigningConfig,
    layers.publishLayerVersion,
    layers.getLayerVersion,
    layers.getLayerVersionByArn,
    layers.listLayerVersions,
    layers.listLayers,
    layers.deleteLayerVersion,
    invoke,
  ] as readonly unknown[]
).map((spec) => anySpec(spec as CommandSpec<unknown>));
