/**
 * What each operation's last preparations set up, kept while no case of the operation has undone it:
 * the next case then finds the state its preparation left and needs no set-up requests. The wing's
 * preparer says, from each answer, whether the state still stands; when it does not, all of the
 * operation's preparations run again. The cases of one operation go one at a time
 * (suites/engine/operationRun.ts), so a settle always comes before the next prepare.
 */
type Live = Readonly<Record<string, unknown>> | undefined;

export interface StandingPreparations {
  /** The live members the preparation of `key` returned, while it stands; undefined when it must run. */
  get(operation: string, key: string): { readonly live: Live } | undefined;
  /** The preparation of `key` ran to the end and returned `live`. */
  set(operation: string, key: string, live: Live): void;
  /** A case of `operation` was answered; `stands` says whether what its preparations set up is still there. */
  settle(operation: string, stands: boolean): void;
}

export function createStandingPreparations(): StandingPreparations {
  const standing = new Map<string, Map<string, { live: Live }>>();
  return {
    get: (operation, key) => standing.get(operation)?.get(key),
    set(operation, key, live) {
      const keys = standing.get(operation) ?? new Map<string, { live: Live }>();
      standing.set(operation, keys.set(key, { live }));
    },
    settle(operation, stands) {
      if (!stands) standing.delete(operation);
    },
  };
}
