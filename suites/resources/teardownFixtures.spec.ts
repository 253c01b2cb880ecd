import type { IAMClient } from "@aws-sdk/client-iam";
import type { LambdaClient } from "@aws-sdk/client-lambda";
import { describe, expect, it } from "vitest";
import { OwnershipLedger } from "../safety/ownershipLedger.ts";
import type { FixtureSet } from "./fixtureSet.ts";
import { teardownFixtures } from "./teardownFixtures.ts";

const P = "lc-abcd1234";
const fnArn = (name: string): string => `arn:aws:lambda:us-east-1:000000000000:function:${name}`;

/** A target holding the run's fixtures and, under the same prefix, resources the run did not record. */
function account(failedMappingLists = 0) {
  let mappingListsToFail = failedMappingLists;
  const functions = new Set([`${P}-fn`, `${P}-c0`]);
  const layers = new Map([
    [`${P}-layer`, [1]],
    [`${P}-theirs`, [1, 2]],
  ]);
  const mappings = new Map([
    ["m-ours", fnArn(`${P}-fn`)],
    ["m-theirs", fnArn(`${P}-c0`)],
  ]);
  const roles = new Set([`${P}-role`, `${P}-other`]);
  const deleted: string[] = [];
  const lambda = {
    send: async (c: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const i = c.input;
      switch (c.constructor.name) {
        case "ListFunctionsCommand":
          return { Functions: [...functions].map((FunctionName) => ({ FunctionName })) };
        case "ListLayersCommand":
          return { Layers: [...layers.keys()].map((LayerName) => ({ LayerName })) };
        case "ListLayerVersionsCommand":
          return { LayerVersions: (layers.get(i.LayerName as string) ?? []).map((Version) => ({ Version })) };
        case "ListEventSourceMappingsCommand":
          if (mappingListsToFail-- > 0)
            throw Object.assign(new Error("garbled"), { $metadata: { httpStatusCode: 500 } });
          return { EventSourceMappings: [...mappings].map(([UUID, FunctionArn]) => ({ UUID, FunctionArn })) };
        case "ListCodeSigningConfigsCommand":
          return {
            CodeSigningConfigs: [
              { CodeSigningConfigArn: "csc-ours", Description: `${P} fixture` },
              { CodeSigningConfigArn: "csc-theirs", Description: `${P} someone` },
            ],
          };
        case "DeleteFunctionCommand":
          functions.delete(i.FunctionName as string);
          break;
        case "DeleteLayerVersionCommand": {
          const left = (layers.get(i.LayerName as string) ?? []).filter((v) => v !== i.VersionNumber);
          if (left.length > 0) layers.set(i.LayerName as string, left);
          else layers.delete(i.LayerName as string);
          break;
        }
        case "DeleteEventSourceMappingCommand":
          mappings.delete(i.UUID as string);
          break;
      }
      if (c.constructor.name.startsWith("Delete"))
        deleted.push(`${c.constructor.name} ${JSON.stringify(Object.values(i)[0])}`);
      return {};
    },
  } as unknown as LambdaClient;
  const iam = {
    send: async (c: { constructor: { name: string }; input: { RoleName?: string } }) => {
      if (c.constructor.name === "ListRolesCommand")
        return { Roles: [...roles].map((RoleName) => ({ RoleName })) };
      roles.delete(c.input.RoleName ?? "");
      deleted.push(`DeleteRoleCommand "${c.input.RoleName}"`);
      return {};
    },
  } as unknown as IAMClient;
  return { clients: { lambda, iam }, deleted };
}

const fixtures: FixtureSet = {
  runId: "abcd1234",
  prefix: P,
  roleArn: `arn:aws:iam::000000000000:role/${P}-role`,
  functionName: `${P}-fn`,
  layerName: `${P}-layer`,
  codeSigningConfigArn: "csc-ours",
  skipped: [],
} as unknown as FixtureSet;

describe("teardownFixtures", () => {
  it("on a shared account deletes only what the ledger recorded; other prefix matches are reported untouched", async () => {
    const { clients, deleted } = account();
    const ledger = new OwnershipLedger();
    ledger.noteFixtures(fixtures);
    const left = await teardownFixtures(clients, P, ledger.ownedBy);
    expect(deleted.sort()).toEqual(
      [
        'DeleteCodeSigningConfigCommand "csc-ours"',
        'DeleteEventSourceMappingCommand "m-ours"',
        `DeleteFunctionCommand "${P}-fn"`,
        `DeleteLayerVersionCommand "${P}-layer"`,
        `DeleteRoleCommand "${P}-role"`,
      ].sort(),
    );
    expect(left.functions).toEqual([]);
    expect(left.untouched?.sort()).toEqual(
      [
        "codeSigningConfig csc-theirs",
        "eventSourceMapping m-theirs",
        `function ${P}-c0`,
        `layer ${P}-theirs`,
        `role ${P}-other`,
      ].sort(),
    );
  });

  it("a function the run created during the run (a creation the ledger noted) is deleted with its mapping", async () => {
    const { clients, deleted } = account();
    const ledger = new OwnershipLedger();
    ledger.noteFixtures(fixtures);
    ledger.noteCreation("CreateFunction", { FunctionArn: fnArn(`${P}-c0`) });
    await teardownFixtures(clients, P, ledger.ownedBy);
    expect(deleted).toContain(`DeleteFunctionCommand "${P}-c0"`);
    expect(deleted).toContain('DeleteEventSourceMappingCommand "m-theirs"');
  });

  it("on a target the suite started (no ledger) deletes everything with the prefix, as before", async () => {
    const { clients, deleted } = account();
    const left = await teardownFixtures(clients, P);
    expect(deleted).toHaveLength(11);
    expect(left).toEqual({ functions: [], layers: [], roles: [] });
  });

  it("lists mappings again when a listing failed for a while, though no function is left to retry for", async () => {
    const { clients, deleted } = account(2);
    await teardownFixtures(clients, P);
    expect(deleted).toContain('DeleteEventSourceMappingCommand "m-ours"');
    expect(deleted).toContain('DeleteEventSourceMappingCommand "m-theirs"');
  });
});
