/** Small text helpers shared by the renderers. */

/** First line of `text`, cut to `max` characters with an ellipsis. */
export function oneLine(text: string, max = 160): string {
  const line = text.split(/\r?\n/, 1)[0] ?? "";
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Text safe inside a Markdown table cell. */
export function mdCell(text: string): string {
  return text.replaceAll("\\", "\\\\").replaceAll("|", "\\|").replaceAll("<", "&lt;").replace(/\r?\n/g, " ");
}

/** Text safe in HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return escapeHtmlText(text).replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

/**
 * Text safe in HTML element content (not in attribute values): quotes stay as they are, so a JSON body
 * in a `<pre>` is not half entities.
 */
export function escapeHtmlText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** Short form of the model hash for headers. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}
