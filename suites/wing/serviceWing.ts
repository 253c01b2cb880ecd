/**
 * What one service adds to the generic suite, as data: the engine, the CLI and the resources take it
 * from the wing of the model under test (`wingFor`) instead of naming that service's operations.
 */
import type { CaseResult } from "../../core/caseResult.ts";
import type { ServiceView } from "../../core/serviceView.ts";
import type { LaneRules } from "../engine/caseLanes.ts";
import type { CasePreparer } from "../engine/sendCase.ts";
import type { FixtureClients } from "../resources/createFixtures.ts";
import type { FixtureSet, ResourceBundle } from "../resources/fixtureSet.ts";
import type { OwnedBy } from "../resources/ownedBy.ts";
import type { runStateful } from "../stateful/runStateful.ts";

/** Operations and phases that create resources billed by the hour, each with why. */
export interface CostlyTables {
  readonly operations: Readonly<Record<string, string>>;
  readonly phases: Readonly<Record<string, string>>;
}

export interface ServiceWing {
  /** The Smithy service shape the wing serves (`ServiceView.id`). */
  readonly serviceId: string;
  /** Left out of a run against real AWS unless `--allow-costly`. */
  readonly costly: CostlyTables;
  /** The operations whose valid cases get a fixture bundle of their own, in model order. */
  ownResourceOperations(service: ServiceView): string[];
  /** Per such operation, the part of its bundle left out: the very thing its valid cases create. */
  readonly creates: Readonly<Record<string, keyof ResourceBundle>>;
  /** What sets the target up before each case (the engine's `prepare`); none: cases go out as generated. */
  readonly casePreparer?: (clients: FixtureClients, fixtures: FixtureSet, ownedBy?: OwnedBy) => CasePreparer;
  /** Operations whose success needs fixtures the target could not make ready (`FixtureSet.inactive`). */
  readonly needsActiveFunction: readonly string[];
  /** The result with fails the environment caused turned into warns; none: every verdict stands. */
  readonly blockOnEnvironment?: (result: CaseResult, inactive: string | undefined) => CaseResult;
  /** The stateful phase over the service's command table; none: a planned stateful phase sends nothing. */
  readonly runStateful?: typeof runStateful;
  /** Which changing cases may run side by side (suites/engine/caseLanes.ts); none: writes go in plan order. */
  readonly lanes?: LaneRules;
}

/** A model no wing serves: nothing is costly, and no operation gets resources of its own. */
export const BARE_WING: ServiceWing = {
  serviceId: "",
  costly: { operations: {}, phases: {} },
  ownResourceOperations: () => [],
  creates: {},
  needsActiveFunction: [],
};
