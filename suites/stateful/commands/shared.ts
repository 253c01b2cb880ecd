/** Argument arbitraries and body checks the command files share. */
import fc from "fast-check";
import { zipPackage } from "../../resources/zipPackage.ts";
import {
  type ExpectedState,
  FUNCTION_NAMES,
  type FunctionState,
  functionName,
  LAYER_NAMES,
  layerName,
} from "../expected/expectedState.ts";

/** Index of a function name. */
export const fnIndex = fc.nat({ max: FUNCTION_NAMES - 1 });

/** Index of a layer name. */
export const layerIndex = fc.nat({ max: LAYER_NAMES - 1 });

/** Short label of a function index, as command labels show it. */
export function fnLabel(i: number): string {
  return `f${i}`;
}

/** The function's name and its model state (undefined when the model says it does not exist). */
export function fnAt(m: Readonly<ExpectedState>, i: number): { name: string; fn: FunctionState | undefined } {
  const name = functionName(m, i);
  return { name, fn: m.functions.get(name) };
}

/** The layer's name and its model state. */
export function layerAt(
  m: Readonly<ExpectedState>,
  i: number,
): { name: string; layer: ReturnType<ExpectedState["layers"]["get"]> } {
  const name = layerName(m, i);
  return { name, layer: m.layers.get(name) };
}

/** A deployment package whose content (and so CodeSha256) is unique to `n`, base64 as JSON bodies carry blobs. */
export function uniqueZip(n: number): string {
  return zipPackage(
    "index.js",
    `exports.handler = async (event) => ({ ok: true, n: ${n}, event });\n`,
  ).toString("base64");
}

/** `tag: detail` when `got` is not `want`, compared as JSON; a JSON null counts as absent, as SDKs read it. */
export function differs(tag: string, got: unknown, want: unknown): string | undefined {
  return JSON.stringify(got ?? undefined) === JSON.stringify(want ?? undefined)
    ? undefined
    : `${tag}: got ${JSON.stringify(got) ?? "nothing"}, model has ${JSON.stringify(want) ?? "nothing"}`;
}

/** The first mismatch of several checks. */
export function firstOf(...mismatches: (string | undefined)[]): string | undefined {
  return mismatches.find((m) => m !== undefined);
}

/** Sorted copy, for comparing sets sent as lists. */
export function sorted<T>(values: Iterable<T>): T[] {
  return [...values].sort();
}

/** The statement ids in a policy document string (GetPolicy, GetLayerVersionPolicy). */
export function policySids(policy: unknown): string[] | undefined {
  if (typeof policy !== "string") return undefined;
  try {
    const doc = JSON.parse(policy) as { Statement?: { Sid?: string }[] };
    return sorted((doc.Statement ?? []).map((s) => s.Sid ?? ""));
  } catch {
    return undefined;
  }
}

/** For commands that need a function: the i-th when it exists, else the first that does (so they are not skipped). */
export function existingFn(
  m: Readonly<ExpectedState>,
  i: number,
): { name: string; fn: FunctionState | undefined } {
  const own = fnAt(m, i);
  if (own.fn) return own;
  const [name, fn] = [...m.functions][0] ?? [own.name, undefined];
  return { name, fn };
}
