/**
 * Resources that generated requests create under names the run does not choose (code signing
 * configs, event source mappings): read from the successful responses, so teardown can delete them.
 */
import {
  DeleteCodeSigningConfigCommand,
  DeleteEventSourceMappingCommand,
  type LambdaClient,
} from "@aws-sdk/client-lambda";
import type { CaseResult } from "../../core/caseResult.ts";

/** How one operation's success names what it created, and how to delete it. */
interface Creation {
  readonly identify: (body: Record<string, unknown>) => string | undefined;
  readonly remove: (lambda: LambdaClient, id: string) => Promise<unknown>;
}

const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

/** The table: operation → creation. Functions and layers are not here: they carry the run prefix. */
export const CREATIONS: Readonly<Record<string, Creation>> = {
  CreateCodeSigningConfig: {
    identify: (b) => text((b.CodeSigningConfig as Record<string, unknown> | undefined)?.CodeSigningConfigArn),
    remove: (lambda, id) => lambda.send(new DeleteCodeSigningConfigCommand({ CodeSigningConfigArn: id })),
  },
  CreateEventSourceMapping: {
    identify: (b) => text(b.UUID),
    remove: (lambda, id) => lambda.send(new DeleteEventSourceMappingCommand({ UUID: id })),
  },
};

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

  /** Deletes each; returns what could not be deleted, as `Operation:id`. */
  async deleteAll(lambda: LambdaClient): Promise<string[]> {
    const failed: string[] = [];
    for (const { operation, id } of this.created)
      await CREATIONS[operation]?.remove(lambda, id).catch(() => failed.push(`${operation}:${id}`));
    return failed;
  }
}
