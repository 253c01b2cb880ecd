import type { ServiceView, ShapeView } from "../core/serviceView.ts";
import { GeneratorGapError } from "./GeneratorGapError.ts";
import { type GeneratorGap, generatorGaps } from "./generatorGaps.ts";
import { validRequests } from "./validRequests.ts";

/** What a run's generators cannot produce: each gap once, and the operations left out because of one. */
export interface PlanGaps {
  /** Members of the planned operations' inputs with no generable value: optional ones are left out of cases. */
  readonly gaps: readonly GeneratorGap[];
  /** Operations whose every case needs a value that cannot be generated (a required member's gap), with why. */
  readonly leftOut: ReadonlyMap<string, string>;
}

/**
 * The gaps of the planned operations, so a run degrades only what it cannot generate and says so once,
 * instead of aborting at the first unsupported construct.
 */
export function planGaps(service: ServiceView, names: readonly string[]): PlanGaps {
  const operations = names.flatMap((name) => {
    const op = service.operations.get(name);
    return op ? [op] : [];
  });
  const reachable = new Set<string>();
  const visit = (shape: ShapeView): void => {
    if (reachable.has(shape.id)) return;
    reachable.add(shape.id);
    for (const m of [...(shape.members?.values() ?? []), shape.member, shape.key, shape.value])
      if (m) visit(m.target);
  };
  for (const op of operations) visit(op.input);
  const gaps = generatorGaps(service).filter((gap) =>
    [...reachable].some((id) => service.shapes.get(id)?.name === gap.shape),
  );
  const leftOut = new Map<string, string>();
  for (const op of operations) {
    try {
      validRequests(op);
    } catch (error) {
      if (!(error instanceof GeneratorGapError)) throw error;
      leftOut.set(op.name, error.message);
    }
  }
  return { gaps, leftOut };
}

/** One line per gap and per operation left out, for the run header. */
export function planGapLines({ gaps, leftOut }: PlanGaps): string[] {
  return [
    ...gaps.map(
      (g) => `gap: ${g.shape}${g.member ? `.${g.member}` : ""}: ${g.reason}; its cases are left out`,
    ),
    ...[...leftOut].map(
      ([op, why]) => `gap: ${op} left out: every case needs a value that cannot be generated (${why})`,
    ),
  ];
}
