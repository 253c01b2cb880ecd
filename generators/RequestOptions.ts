import type { FixturePool } from "./FixturePool.ts";

/** Options shared by the request generators. */
export interface RequestOptions {
  /** Existing resources to use for identifier members, so valid requests reach success paths. */
  readonly fixtures?: FixturePool;
}
