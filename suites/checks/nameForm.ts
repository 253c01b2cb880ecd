/**
 * The form a request names its function in (name, full ARN, partial ARN; the document lists all three for
 * `FunctionName`), qualified or not, and which forms the target itself cannot resolve: when every valid
 * request of an operation that names the function in one form answers 404 while the same requests in another
 * form, equally qualified, succeed, the target has a defect with that form, and an invalid case sent in it
 * that meets the same 404 never had its violation judged. Qualified and unqualified requests are never
 * compared: a version or alias without the config asked for is a 404 of its own.
 */
import type { RequestCase } from "../../core/requestCase.ts";
import type { OperationView } from "../../core/serviceView.ts";

/** A name form and whether the request names a version or alias (in the name or as `Qualifier`). */
export interface NameForm {
  readonly form: "name" | "full ARN" | "partial ARN";
  readonly qualified: boolean;
}

/** How `FunctionName` (a path label) is written, or undefined when the operation has no such label. */
export function nameFormOf(
  operation: OperationView,
  input: Readonly<Record<string, unknown>>,
): NameForm | undefined {
  if (operation.input.members?.get("FunctionName")?.binding.kind !== "label") return undefined;
  const value = input.FunctionName;
  if (typeof value !== "string" || value === "") return undefined;
  const [form, bare] = value.startsWith("arn:")
    ? (["full ARN", 7] as const)
    : /^\d{12}:function:/.test(value)
      ? (["partial ARN", 3] as const)
      : (["name", 1] as const);
  const qualifier = input.Qualifier;
  return {
    form,
    qualified: value.split(":").length > bare || (typeof qualifier === "string" && qualifier !== ""),
  };
}

interface FormTally {
  requests: number;
  notFound: number;
  succeeded: number;
}

const keyOf = (f: NameForm): string => `${f.form}|${f.qualified}`;
const words = (f: NameForm): string => `a ${f.form} (${f.qualified ? "qualified" : "unqualified"})`;

/** Tallies an operation's valid answers by name form; says which form the target cannot resolve. */
export function createNameForms(operation: OperationView) {
  const tallies = new Map<string, { form: NameForm; tally: FormTally }>();
  return {
    /** One answer to a valid case. */
    note(c: RequestCase, status: number): void {
      const form = c.phase === "valid" ? nameFormOf(operation, c.input) : undefined;
      if (form === undefined) return;
      const entry = tallies.get(keyOf(form)) ?? { form, tally: { requests: 0, notFound: 0, succeeded: 0 } };
      entry.tally.requests++;
      if (status === 404) entry.tally.notFound++;
      if (status >= 200 && status < 300) entry.tally.succeeded++;
      tallies.set(keyOf(form), entry);
    },
    /** The target's defect with the case's form, in words, or undefined when its form resolves. */
    defectOf(c: RequestCase): string | undefined {
      const form = nameFormOf(operation, c.input);
      const own = form === undefined ? undefined : tallies.get(keyOf(form))?.tally;
      if (!form || !own || own.notFound < own.requests) return undefined;
      const working = [...tallies.values()].find(
        (e) => e.form.qualified === form.qualified && e.form.form !== form.form && e.tally.succeeded > 0,
      );
      if (!working) return undefined;
      return `the target answers 404 to all ${own.requests} valid requests naming the function as ${words(form)}, while ${working.tally.succeeded} of ${working.tally.requests} naming it as ${words(working.form)} succeed`;
    },
  };
}
