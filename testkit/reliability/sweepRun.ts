/** Lists every resource on a loopback target that a run left behind, by the `lc-` prefix or the run tag. */
import { ListRolesCommand, ListRoleTagsCommand } from "@aws-sdk/client-iam";
import {
  ListAliasesCommand,
  ListEventSourceMappingsCommand,
  ListFunctionsCommand,
  ListLayersCommand,
  ListTagsCommand,
} from "@aws-sdk/client-lambda";
import { fixtureClients } from "../../suites/resources/fixtureClients.ts";
import { assertLoopbackOrAllowed } from "../../suites/targets/assertLoopbackOrAllowed.ts";

/** The tag every fixture carries (see createFixtures). */
const RUN_TAG = "lambda-conformance:run";

/** What is left, as `kind:name`; empty when the run cleaned up after itself. */
export type RunLeftovers = string[];

/**
 * Functions, aliases of those, layers, event source mappings and roles whose name starts with the run's
 * prefix (`lc-<runId>`, or any `lc-` without a run id) or that carry its run tag. Loopback only: this is
 * a test's view of its own emulator.
 */
export async function sweepRun(endpoint: string, runId?: string): Promise<RunLeftovers> {
  assertLoopbackOrAllowed(endpoint, false);
  const prefix = runId ? `lc-${runId}` : "lc-";
  const tagged = (tags: Record<string, string>): boolean =>
    runId ? tags[RUN_TAG] === runId : RUN_TAG in tags;
  const clients = fixtureClients({ endpoint, timeoutMs: 10_000 });
  const { lambda, iam } = clients;
  const left: string[] = [];
  try {
    let Marker: string | undefined;
    do {
      const page = await lambda.send(new ListFunctionsCommand(Marker ? { Marker } : {}));
      for (const f of page.Functions ?? []) {
        const tags = f.FunctionArn
          ? ((await lambda.send(new ListTagsCommand({ Resource: f.FunctionArn }))).Tags ?? {})
          : {};
        if (!f.FunctionName?.startsWith(prefix) && !tagged(tags)) continue;
        left.push(`function:${f.FunctionName}`);
        const aliases = await lambda.send(new ListAliasesCommand({ FunctionName: f.FunctionName }));
        for (const a of aliases.Aliases ?? []) left.push(`alias:${f.FunctionName}:${a.Name}`);
      }
      Marker = page.NextMarker;
    } while (Marker);
    for (const l of (await lambda.send(new ListLayersCommand({}))).Layers ?? [])
      if (l.LayerName?.startsWith(prefix)) left.push(`layer:${l.LayerName}`);
    for (const m of (await lambda.send(new ListEventSourceMappingsCommand({}))).EventSourceMappings ?? [])
      if (m.FunctionArn?.includes(`:function:${prefix}`)) left.push(`eventSourceMapping:${m.UUID}`);
    for (const r of (await iam?.send(new ListRolesCommand({})))?.Roles ?? []) {
      const tags = (await iam?.send(new ListRoleTagsCommand({ RoleName: r.RoleName })))?.Tags ?? [];
      const roleTags = Object.fromEntries(tags.map((t) => [t.Key ?? "", t.Value ?? ""]));
      if (r.RoleName?.startsWith(prefix) || tagged(roleTags)) left.push(`role:${r.RoleName}`);
    }
  } finally {
    clients.close();
  }
  return left;
}
