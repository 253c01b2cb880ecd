/** The body parsed as JSON, or `undefined` when it is empty or not JSON; never throws. */
export function jsonBody(body: string): unknown {
  if (body.trim() === "") return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** The body as a JSON object, or `{}` when it is not one (what body checks and the stateful model read). */
export function jsonObject(body: string): Record<string, unknown> {
  const value = jsonBody(body);
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
