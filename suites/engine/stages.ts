/**
 * The order in which a run's operations go out. Stages run one after another:
 * 1. reads (GET, HEAD: safe by HTTP semantics), concurrently: they see only the fixtures, never a
 *    writer's effect, so account-wide listers (ListFunctions, ListLayers, GetAccountSettings …) answer
 *    the same every run;
 * 2. creates and updates (POST, PUT, PATCH), in plan order;
 * 3. deletes (DELETE), last, so a deletion never removes a resource an update of another operation uses.
 * Stages 2 and 3 are not concurrent as such: a write's generated name can be another operation's
 * (CreateFunction's boundary case makes function `a`, which PutFunctionConcurrency's boundary case then
 * finds or not). The engine runs their cases by lane (caseLanes.ts): those naming only their
 * operation's own resources side by side, the others one operation at a time in this order.
 * Decided from each operation's HTTP method in the model, not from its name.
 */
import type { OperationView } from "../../core/serviceView.ts";

export interface Stage<T> {
  readonly operations: T[];
  /** Only operations that change nothing may run side by side. */
  readonly concurrent: boolean;
}

const STAGE_OF_METHOD: Readonly<Record<string, number>> = { GET: 0, HEAD: 0, DELETE: 2 };
const WRITE_STAGE = 1;
const READ_STAGE = 0;

/** The operations in stages, each stage in the order given (the plan's order). */
export function stagesOf<T extends Pick<OperationView, "method">>(ops: readonly T[]): Stage<T>[] {
  const stages: T[][] = [[], [], []];
  for (const op of ops) stages[STAGE_OF_METHOD[op.method.toUpperCase()] ?? WRITE_STAGE]?.push(op);
  return stages.flatMap((operations, i) =>
    operations.length > 0 ? [{ operations, concurrent: i === READ_STAGE }] : [],
  );
}
