/** Where a Smithy URI template lands in an OpenAPI document. */
export interface OpenApiPath {
  /** The `paths` key: the template without greedy markers, with any literal query as a `#` fragment. */
  readonly key: string;
  /** Literal query pairs of the URI (`?find=LayerVersion` → `["find", "LayerVersion"]`), sent as required parameters. */
  readonly literalQuery: readonly (readonly [name: string, value: string])[];
}

/**
 * OpenAPI path key of a Smithy URI. OpenAPI 3.1 forbids a query in a path key, yet Lambda has
 * `GET /2018-10-31/layers` twice, told apart only by `?find=LayerVersion`. The literal query moves
 * into a URL fragment (the convention of the published AWS OpenAPI conversions): keys stay distinct,
 * HTTP clients drop the fragment, and the literal pair is also a required single-value query parameter.
 */
export function openApiPath(uri: string): OpenApiPath {
  const queryAt = uri.indexOf("?");
  const path = queryAt < 0 ? uri : uri.slice(0, queryAt);
  const query = queryAt < 0 ? "" : uri.slice(queryAt + 1);
  // OpenAPI path parameters have no greedy form; `{Key+}` becomes `{Key}` (the operation keeps `x-smithy-uri`).
  const template = path.replace(/\{([^}]+?)\+\}/g, "{$1}");
  return { key: query === "" ? template : `${template}#${query}`, literalQuery: literalPairs(query) };
}

function literalPairs(query: string): [string, string][] {
  return query
    .split("&")
    .filter((pair) => pair !== "")
    .map((pair) => {
      const equals = pair.indexOf("=");
      return equals < 0 ? [pair, ""] : [pair.slice(0, equals), pair.slice(equals + 1)];
    });
}
