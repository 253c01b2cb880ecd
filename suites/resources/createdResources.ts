/**
 * Resources that generated requests create under names the run does not choose (code signing
 * configs, event source mappings, and functions and layers a boundary or invalid case names `a` or
 * `:` outside the run prefix): read from the successful responses, so teardown can delete them; the
 * sweep by prefix cannot find them.
 */
import type { LambdaClient } from "@aws-sdk/client-lambda";
import type { CaseResult } from "../../core/caseResult.ts";
import { DELETERS, deleteVia, type LayerVersionId } from "./deleters.ts";
import type { OwnedBy, OwnedKind } from "./ownedBy.ts";

/** How one operation's success names what it created, and how to delete it. */
interface Creation {
  /** The ledger's kind of what it created (a layer version belongs to its layer). */
  readonly kind: OwnedKind;
  readonly identify: (body: Record<string, unknown>) => string | undefined;
  readonly remove: (lambda: LambdaClient, id: string) => Promise<unknown>;
}

const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

/** `arn:…:layer:name:7` → the layer (by ARN) and its version. */
function layerVersion(arn: string): LayerVersionId {
  const cut = arn.lastIndexOf(":");
  return { LayerName: arn.slice(0, cut), VersionNumber: Number(arn.slice(cut + 1)) };
}

/** The table: operation → creation. */
export const CREATIONS: Readonly<Record<string, Creation>> = {
  CreateCodeSigningConfig: {
    kind: "codeSigningConfig",
    identify: (b) => text((b.CodeSigningConfig as Record<string, unknown> | undefined)?.CodeSigningConfigArn),
    remove: (lambda, id) => deleteVia(lambda, DELETERS.codeSigningConfig, id),
  },
  CreateEventSourceMapping: {
    kind: "eventSourceMapping",
    identify: (b) => text(b.UUID),
    remove: (lambda, id) => deleteVia(lambda, DELETERS.eventSourceMapping, id),
  },
  CreateFunction: {
    kind: "function",
    identify: (b) => text(b.FunctionArn),
    remove: (lambda, id) => deleteVia(lambda, DELETERS.function, id),
  },
  PublishLayerVersion: {
    kind: "layer",
    identify: (b) => text(b.LayerVersionArn),
    remove: (lambda, id) => deleteVia(lambda, DELETERS.layerVersion, layerVersion(id)),
  },
};

/** Already gone (a later case, the stateful teardown or the fixture teardown deleted it): not left over. */
const gone = (e: unknown): boolean => (e as { name?: unknown })?.name === "ResourceNotFoundException";

/** Collects what successful responses say was created; bounded by the number of creations, not cases. */
export class CreatedResources {
  private readonly created: { operation: string; id: string }[] = [];

  /** Looks at one case's response. */
  note(result: CaseResult): void {
    const creation = CREATIONS[result.case.operation];
    if (!creation || result.response.status < 200 || result.response.status >= 300) return;
    try {
      const id = creation.identify(JSON.parse(result.response.body) as Record<string, unknown>);
      if (id) this.created.push({ operation: result.case.operation, id });
    } catch {
      // A body that is not JSON names nothing; the checks report it.
    }
  }

  /**
   * Deletes each; returns what could not be deleted, as `Operation:id`. With `ownedBy` (a shared account)
   * a creation the run's ledger does not hold is not deleted but listed in `untouched` (`kind id`).
   */
  async deleteAll(lambda: LambdaClient, ownedBy?: OwnedBy, untouched: string[] = []): Promise<string[]> {
    const failed: string[] = [];
    for (const { operation, id } of this.created) {
      const creation = CREATIONS[operation];
      if (!creation) continue;
      if (ownedBy && !ownedBy(creation.kind, id)) {
        untouched.push(`${creation.kind} ${id}`);
        continue;
      }
      await creation
        .remove(lambda, id)
        .catch((e: unknown) => (gone(e) ? undefined : failed.push(`${operation}:${id}`)));
    }
    return failed;
  }
}
