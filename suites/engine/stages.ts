/**
 * The order in which a run's operations go out. Within a stage operations run concurrently; stages run
 * one after another, so no case ever runs beside a case that changes what it reads:
 * 1. reads (GET, HEAD: safe by HTTP semantics): they see only the fixtures, never a writer's effect, so
 *    account-wide listers (ListFunctions, ListLayers, GetAccountSettings …) answer the same every run;
 * 2. creates and updates (POST, PUT, PATCH);
 * 3. deletes (DELETE): last, so a deletion never removes a resource an update of another operation uses.
 * Decided from each operation's HTTP method in the model, not from its name.
 */
import type { OperationView } from "../../core/serviceView.ts";

const STAGE_OF_METHOD: Readonly<Record<string, number>> = { GET: 0, HEAD: 0, DELETE: 2 };
const WRITE_STAGE = 1;

/** The operations in stages, each stage in the order given (the plan's order). */
export function stagesOf<T extends Pick<OperationView, "method">>(ops: readonly T[]): T[][] {
  const stages: T[][] = [[], [], []];
  for (const op of ops) stages[STAGE_OF_METHOD[op.method.toUpperCase()] ?? WRITE_STAGE]?.push(op);
  return stages.filter((s) => s.length > 0);
}
