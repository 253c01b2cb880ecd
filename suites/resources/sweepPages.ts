/** The one paginated list-then-delete loop of teardown: resources a run cannot find by name alone. */

/** One page of a `List…` call: the ids it names to delete, and the marker of the next page. */
export interface SweptPage {
  readonly ids: readonly string[];
  readonly next?: string;
}

/**
 * Lists page after page (at most 50, so a target that always answers a marker cannot loop forever)
 * and deletes every id a page names; a failed list or delete is skipped, never thrown: teardown goes on.
 */
export async function sweepPages(
  list: (marker: string | undefined) => Promise<SweptPage>,
  remove: (id: string) => Promise<unknown>,
): Promise<void> {
  let marker: string | undefined;
  for (let page = 0; page < 50; page++) {
    const listed = await list(marker).catch(() => undefined);
    for (const id of listed?.ids ?? []) await remove(id).catch(() => undefined);
    marker = listed?.next;
    if (!marker) break;
  }
}
