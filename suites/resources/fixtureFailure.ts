/**
 * A failed fixture step in words a maintainer can use: what the target lacks ("no
 * CreateCodeSigningConfig (HTML 500)") rather than the SDK's deserialization text, and what it costs
 * the run (which operations' valid cases cannot reach a success without it).
 */

/** What the SDK attaches to an error: the hidden raw response, the metadata. */
interface SdkError {
  readonly name?: string;
  readonly message?: string;
  readonly $metadata?: { readonly httpStatusCode?: number };
  readonly $response?: { readonly statusCode?: number; readonly headers?: Record<string, string> };
}

/** The operations whose valid cases need what a step makes (by the identity they name). */
export const FIXTURE_DEPENDENTS: Readonly<Record<string, readonly string[]>> = {
  CreateCodeSigningConfig: [
    "GetCodeSigningConfig",
    "UpdateCodeSigningConfig",
    "DeleteCodeSigningConfig",
    "ListFunctionsByCodeSigningConfig",
    "PutFunctionCodeSigningConfig",
  ],
  PutProvisionedConcurrencyConfig: ["GetProvisionedConcurrencyConfig", "DeleteProvisionedConcurrencyConfig"],
  CreateEventSourceMapping: ["GetEventSourceMapping", "UpdateEventSourceMapping", "DeleteEventSourceMapping"],
  PublishLayerVersion: [
    "GetLayerVersion",
    "GetLayerVersionByArn",
    "GetLayerVersionPolicy",
    "AddLayerVersionPermission",
    "RemoveLayerVersionPermission",
    "DeleteLayerVersion",
  ],
  CreateFunctionUrlConfig: ["GetFunctionUrlConfig", "UpdateFunctionUrlConfig", "DeleteFunctionUrlConfig"],
  PutFunctionEventInvokeConfig: ["GetFunctionEventInvokeConfig", "DeleteFunctionEventInvokeConfig"],
  CreateAlias: ["GetAlias", "UpdateAlias", "DeleteAlias"],
};

/** One line on why a step failed: a missing API (an HTML or untyped answer) or the error the target typed. */
export function describeFixtureFailure(step: string, error: unknown): string {
  const e = (error ?? {}) as SdkError;
  const status = e.$response?.statusCode ?? e.$metadata?.httpStatusCode;
  const contentType = Object.entries(e.$response?.headers ?? {}).find(
    ([k]) => k.toLowerCase() === "content-type",
  )?.[1];
  const html =
    /html/i.test(contentType ?? "") || /Unexpected token '<'|<!doctype|<html/i.test(e.message ?? "");
  if (html || /Deserialization error/.test(e.message ?? ""))
    return `the target has no ${step} (${html ? "HTML" : "unparsable"}${status ? ` ${status}` : ""} answer)`;
  const first = (e.message ?? String(error)).split("\n", 1)[0]?.slice(0, 200);
  return `${step} failed: ${e.name ?? "Error"}${status ? ` ${status}` : ""}: ${first}`;
}

/** What a failed step costs this run: the planned operations that cannot reach a success without it. */
export function fixtureCost(step: string, planned: readonly string[]): string {
  const lost = (FIXTURE_DEPENDENTS[step] ?? []).filter((op) => planned.includes(op));
  return lost.length === 0
    ? "no planned operation depends on it"
    : `${lost.length} operations cannot reach a success (${lost.join(", ")})`;
}
