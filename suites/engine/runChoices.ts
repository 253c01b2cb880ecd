/**
 * What a run chooses for its phases, defined once: the engine's options, the protocol and stateful
 * phases' and the CLI's (`RunArgs`, `PhaseOptions`) are views of it, so a field is declared in one place.
 */
import type { Check } from "../../core/check.ts";
import type { ServiceView } from "../../core/serviceView.ts";
import type { RunPlan } from "./plan.ts";
import type { TransportChoice } from "./sendCase.ts";

export interface RunChoices {
  readonly service: ServiceView;
  readonly plan: RunPlan;
  readonly checks: readonly Check[];
  /** Requests in flight: reads of several operations at once, writes one operation at a time. */
  readonly concurrency: number;
  /** Which transport sends a case (default `auto`: valid cases via the SDK, invalid ones raw). */
  readonly transport?: TransportChoice;
  /** Replay one case by its path (with a single operation and phase). */
  readonly replay?: number;
  /** Shrink failures found in generated phases (default true). */
  readonly shrink?: boolean;
  /** Aborted: no new case is sent (interrupt, `--max-time`). */
  readonly signal?: AbortSignal;
}
