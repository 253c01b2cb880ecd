/** The one paginated list-then-delete loop of teardown: resources a run cannot find by name alone. */
import { sdkErrorStatus } from "./sdkErrorStatus.ts";

/** One page of a `List…` call: the ids it names to delete, and the marker of the next page. */
export interface SweptPage {
  readonly ids: readonly string[];
  readonly next?: string;
}

/**
 * Lists page after page (at most 50, so a target that always answers a marker cannot loop forever)
 * and deletes every id a page names; a failed list or delete is skipped, never thrown: teardown goes on.
 * Returns whether it is worth sweeping again: a list failed in a way that may pass (no answer, a garbled
 * or 5xx or throttled one), not with a 4xx that says the target has no such list.
 */
export async function sweepPages(
  list: (marker: string | undefined) => Promise<SweptPage>,
  remove: (id: string) => Promise<unknown>,
): Promise<boolean> {
  let marker: string | undefined;
  for (let page = 0; page < 50; page++) {
    let failed: unknown;
    const listed = await list(marker).catch((e: unknown) => {
      failed = e;
      return undefined;
    });
    if (!listed) return transient(failed);
    for (const id of listed.ids) await remove(id).catch(() => undefined);
    marker = listed.next;
    if (!marker) break;
  }
  return false;
}

/** An SDK error that may not repeat: no HTTP status, a 5xx, a 429, or a 2xx the SDK could not read. */
function transient(e: unknown): boolean {
  const status = sdkErrorStatus(e);
  return status === undefined || status === 429 || status < 400 || status >= 500;
}
