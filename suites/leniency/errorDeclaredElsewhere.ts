import type { ServiceView, ShapeView } from "../../core/serviceView.ts";

/**
 * The operations whose documented error list has this error type, and the error shape, if any does
 * (leniency `errorTypeDrift`): AWS returns such a type from operations whose list lacks it.
 */
export function errorDeclaredElsewhere(
  service: ServiceView,
  errorType: string,
): { readonly error: ShapeView; readonly operations: readonly string[] } | undefined {
  const operations = [...service.operations.values()].filter((op) =>
    op.errors.some((e) => e.name === errorType),
  );
  const error = operations[0]?.errors.find((e) => e.name === errorType);
  return error ? { error, operations: operations.map((op) => op.name) } : undefined;
}
