/** Small edits of a real answer, so each mutation in mutations.ts reads as the one fault it injects. */

/** An emulator's answer as the mutation proxy holds it: raw header pairs and the body as text. */
export interface Answer {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
}

/** Error type locations the SDKs read (parseErrorType): the header and the body's `code` and `__type`. */
const TYPE_HEADER = "x-amzn-errortype";

/** `a` with header `name` replaced (or removed when `value` is undefined); names match case-insensitively. */
export function withHeader(a: Answer, name: string, value: string | undefined): Answer {
  const rest = a.headers.filter(([k]) => k.toLowerCase() !== name.toLowerCase());
  return { ...a, headers: value === undefined ? rest : [...rest, [name, value]] };
}

/** `a` with its JSON object body changed by `edit` (a body that is not a JSON object counts as `{}`). */
export function withJson(a: Answer, edit: (body: Record<string, unknown>) => void): Answer {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(a.body);
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed))
      body = parsed as Record<string, unknown>;
  } catch {
    // An empty or non-JSON body: the edit starts from an empty object.
  }
  edit(body);
  return { ...a, body: JSON.stringify(body) };
}

/** `a` naming error type `type` wherever it named one, or in the header when it named none. */
export function withErrorType(a: Answer, type: string): Answer {
  const named = withJson(a, (b) => {
    for (const key of ["__type", "code"]) if (key in b) b[key] = type;
  });
  return withHeader(named, TYPE_HEADER, type);
}

/** `a` naming no error type at all: no header, no body `code` or `__type`. */
export function withoutErrorType(a: Answer): Answer {
  const stripped = withJson(a, (b) => {
    delete b.__type;
    delete b.code;
  });
  return withHeader(stripped, TYPE_HEADER, undefined);
}

/** Applies `edit` to every item of the list at `body[key]`; throws when there is none (the mutation would test nothing). */
export function eachItem(
  body: Record<string, unknown>,
  key: string,
  edit: (item: Record<string, unknown>) => void,
): void {
  const items = body[key];
  if (!Array.isArray(items) || items.length === 0) throw new Error(`mutation: no ${key} items to bend`);
  for (const item of items) edit(item as Record<string, unknown>);
}

/** The nested object `body[key]`, created when absent. */
export function member(body: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = body[key];
  if (typeof value === "object" && value !== null && !Array.isArray(value))
    return value as Record<string, unknown>;
  const created: Record<string, unknown> = {};
  body[key] = created;
  return created;
}
