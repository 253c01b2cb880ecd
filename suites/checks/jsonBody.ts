/** The body parsed as JSON, or `undefined` when it is empty or not JSON; never throws. */
export function jsonBody(body: string): unknown {
  if (body.trim() === "") return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
