/**
 * Results in a fixed order whatever order the sends finish in: the run is cut into units (an
 * operation's cases in one stage or lane), numbered in plan order, and a unit's results reach the sink
 * only once every unit before it has ended. A unit ahead of its turn holds at most `cap` results and
 * then waits, so memory stays bounded; the unit whose turn it is never waits on another, so the run
 * always moves on as long as units start in their order (the engine's pool takes them in order).
 */

export interface OrderedRelease<T> {
  /** Passes one result of `unit` on, now if it is the unit's turn, else when it comes. */
  emit(unit: number, result: T): Promise<void>;
  /** Marks `unit` as ended: the units after it may follow. */
  end(unit: number): Promise<void>;
  /** Runs `work` as `unit`, its results passed to `emit`, and ends the unit however `work` ends. */
  run<R>(unit: number, work: (emit: (result: T) => Promise<void>) => Promise<R>): Promise<R>;
}

export function createOrderedRelease<T>(
  units: number,
  sink: (result: T) => Promise<void>,
  cap = 512,
): OrderedRelease<T> {
  const queues: T[][] = Array.from({ length: units }, () => []);
  const ended: boolean[] = Array.from({ length: units }, () => false);
  let turn = 0;
  // One drain at a time, so results of one unit leave in the order they came.
  let draining: Promise<void> = Promise.resolve();
  let turnMoved: { promise: Promise<void>; resolve: () => void } = signal();

  const drain = async (): Promise<void> => {
    while (turn < units) {
      const queue = queues[turn] as T[];
      while (queue.length > 0) await sink(queue.shift() as T);
      if (!ended[turn]) return;
      turn++;
      turnMoved.resolve();
      turnMoved = signal();
    }
  };
  const pump = (): Promise<void> => {
    draining = draining.then(drain);
    return draining;
  };

  const release: OrderedRelease<T> = {
    async emit(unit, result) {
      checkUnit(unit, units);
      (queues[unit] as T[]).push(result);
      if (unit === turn) return pump();
      while (unit > turn && (queues[unit] as T[]).length >= cap) await turnMoved.promise;
      // The turn may have come while this result waited.
      if (unit === turn) await pump();
    },
    end(unit) {
      checkUnit(unit, units);
      ended[unit] = true;
      return pump();
    },
    async run(unit, work) {
      try {
        return await work((result) => release.emit(unit, result));
      } finally {
        await release.end(unit);
      }
    },
  };
  return release;
}

function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function checkUnit(unit: number, units: number): void {
  if (!Number.isInteger(unit) || unit < 0 || unit >= units)
    throw new RangeError(`unit ${unit} is not one of 0..${units - 1}`);
}
