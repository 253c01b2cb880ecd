/** Label names of a Smithy URI template (`/a/{Name}/{Path+}` → Name, Path), ignoring its literal query part. */
export function uriLabels(uri: string): string[] {
  const path = uri.split("?")[0] ?? "";
  return [...path.matchAll(/\{([^}]+?)\+?\}/g)].map((match) => match[1] ?? "");
}
