/**
 * The form a request names its function in (name, full ARN, partial ARN, each with or without a qualifier;
 * the document lists all three for `FunctionName`), and which forms the target itself cannot resolve: when
 * every valid request of an operation that names the function in one form answers 404 while another form
 * succeeds, the target has a defect with that form, and an invalid case sent in it that meets the same 404
 * never had its violation judged.
 */
import type { RequestCase } from "../../core/requestCase.ts";
import type { OperationView } from "../../core/serviceView.ts";

/** How `FunctionName` (a path label) is written, or undefined when the operation has no such label. */
export function nameFormOf(
  operation: OperationView,
  input: Readonly<Record<string, unknown>>,
): string | undefined {
  if (operation.input.members?.get("FunctionName")?.binding.kind !== "label") return undefined;
  const value = input.FunctionName;
  if (typeof value !== "string" || value === "") return undefined;
  const parts = value.split(":");
  const [form, bare] = value.startsWith("arn:")
    ? ["full ARN", 7]
    : /^\d{12}:function:/.test(value)
      ? ["partial ARN", 3]
      : ["name", 1];
  return parts.length > bare ? `${form} with a qualifier` : form;
}

interface FormTally {
  requests: number;
  notFound: number;
  succeeded: number;
}

/** Tallies an operation's valid answers by name form; says which form the target cannot resolve. */
export function createNameForms(operation: OperationView) {
  const tallies = new Map<string, FormTally>();
  return {
    /** One answer to a valid case. */
    note(c: RequestCase, status: number): void {
      const form = c.phase === "valid" ? nameFormOf(operation, c.input) : undefined;
      if (form === undefined) return;
      const t = tallies.get(form) ?? { requests: 0, notFound: 0, succeeded: 0 };
      t.requests++;
      if (status === 404) t.notFound++;
      if (status >= 200 && status < 300) t.succeeded++;
      tallies.set(form, t);
    },
    /** The target's defect with the case's form, in words, or undefined when its form resolves. */
    defectOf(c: RequestCase): string | undefined {
      const form = nameFormOf(operation, c.input);
      const own = form === undefined ? undefined : tallies.get(form);
      if (!own || own.notFound < own.requests) return undefined;
      const working = [...tallies.entries()].find(([, t]) => t.succeeded > 0);
      if (!working) return undefined;
      return `the target answers 404 to all ${own.requests} valid requests naming the function as a ${form}, while ${working[1].succeeded} of ${working[1].requests} naming it as a ${working[0]} succeed`;
    },
  };
}
