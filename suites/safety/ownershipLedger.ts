/**
 * What this run created, recorded when it was created: the fixtures, and what a request the guard let
 * through created (a name it had confirmed absent, or the ARN/UUID a creation answered with). Only
 * names in here, or names just read as absent, may be named by a changing request on a shared account.
 */
import { CREATIONS } from "../resources/createdResources.ts";
import type { FixtureSet, ResourceBundle } from "../resources/fixtureSet.ts";
import type { OwnedKind } from "../resources/ownedBy.ts";
import { baseFunctionName, type NamedResource, type ResourceKind } from "./namedResources.ts";

/** Layers and their versions share one identity: a layer the run made holds only versions it published. */
const identityKind = (kind: ResourceKind): ResourceKind => (kind === "layerVersion" ? "layer" : kind);

/** `arn:…:layer:name[:7]` → name; `arn:…:function:name[:q]` → name; anything else unchanged. */
function nameInArn(id: string, marker: string): string {
  const after = id.split(marker)[1];
  return after === undefined ? id : (after.split(":")[0] ?? id);
}

export class OwnershipLedger {
  readonly #owned = new Set<string>();

  own(kind: ResourceKind | "role" | "queue", id: string): void {
    this.#owned.add(`${kind === "layerVersion" ? "layer" : kind}|${id}`);
  }

  /** Teardown's question (resources/ownedBy.ts): did the run record this when it created it? */
  readonly ownedBy = (kind: OwnedKind, id: string): boolean =>
    kind === "role" || kind === "queue" ? this.#owned.has(`${kind}|${id}`) : this.owns({ kind, id });

  /** A qualified name or ARN of a function the run made is the run's too (`lc-…-fn:1`, its ARN). */
  owns(r: NamedResource): boolean {
    const ids =
      r.kind === "function"
        ? [r.id, baseFunctionName(r.id)]
        : r.kind === "layer" || r.kind === "layerVersion"
          ? [r.id, nameInArn(r.id, ":layer:")]
          : [r.id];
    return ids.some((id) => this.#owned.has(`${identityKind(r.kind)}|${id}`));
  }

  /** Every resource the fixtures made (the shared set and each operation's own bundle). */
  noteFixtures(fixtures: FixtureSet): void {
    // The fixtures' role and queue (a role given with --role-arn has no run prefix, so no sweep finds it).
    if (fixtures.roleArn) this.own("role", fixtures.roleArn.split("/").pop() ?? "");
    if (fixtures.queueArn) this.own("queue", fixtures.queueArn.split(":").pop() ?? "");
    for (const bundle of [fixtures, ...Object.values(fixtures.own ?? {})]) this.#noteBundle(bundle);
  }

  /** What a successful creation answered with: its ARN or UUID names a resource of the run. */
  noteCreation(operation: string, body: Record<string, unknown>): void {
    const id = CREATIONS[operation]?.identify(body);
    if (id === undefined) return;
    if (operation === "CreateFunction") this.own("function", nameInArn(id, ":function:"));
    else if (operation === "PublishLayerVersion") this.own("layer", nameInArn(id, ":layer:"));
    else if (operation === "CreateCodeSigningConfig") this.own("codeSigningConfig", id);
    else if (operation === "CreateEventSourceMapping") this.own("eventSourceMapping", id);
  }

  #noteBundle(b: ResourceBundle): void {
    if (b.functionName) this.own("function", b.functionName);
    if (b.layerName) this.own("layer", b.layerName);
    if (b.codeSigningConfigArn) this.own("codeSigningConfig", b.codeSigningConfigArn);
    if (b.mappingUuid) this.own("eventSourceMapping", b.mappingUuid);
  }
}
