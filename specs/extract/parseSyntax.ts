/** Reads the request and response syntax examples: method, URI, headers, top-level JSON keys. */
import type { Paragraph } from "./paragraphs.ts";

export interface RequestSyntax {
  readonly method: string;
  readonly path: string;
  /** `key=value` pairs of the query string; a value naming a URI member is a binding, else a literal. */
  readonly query: ReadonlyArray<readonly [string, string]>;
  /** member name → header name. */
  readonly headers: ReadonlyMap<string, string>;
  readonly jsonKeys: readonly string[];
}

export interface ResponseSyntax {
  /** undefined when the syntax says `Status Code` (Invoke: it depends on the call). */
  readonly status?: number;
  readonly headers: ReadonlyMap<string, string>;
  readonly jsonKeys: readonly string[];
}

/** `Header-Name: MemberName`; the placeholder may be spelt in words (`X-Amz-Executed-Version: Executed Version`). */
const HEADER = /^([A-Za-z0-9-]+)\s*:\s*\*?([A-Za-z][A-Za-z0-9 ]*[A-Za-z0-9]|[A-Za-z])\*?$/;
const KEY = /^"([A-Z][A-Za-z0-9]*)"\s*:/;

function allLines(region: readonly Paragraph[]): string[] {
  return region.flatMap((p) => p.lines);
}

function headersAndKeys(lines: readonly string[]): { headers: Map<string, string>; jsonKeys: string[] } {
  const headers = new Map<string, string>();
  const jsonKeys: string[] = [];
  // The PDF broke the skeleton's nesting (stray braces, lost indentation): keys are collected at
  // any depth and checked against all documented members, not against one structure.
  for (const line of lines) {
    const t = line.trim();
    const h = HEADER.exec(t);
    if (h?.[1] && h[2]) headers.set(h[2].replaceAll(" ", ""), h[1]);
    const k = KEY.exec(t);
    if (k?.[1]) jsonKeys.push(k[1]);
  }
  return { headers, jsonKeys };
}

/** `undefined` when no `METHOD /path` line is found. */
export function parseRequestSyntax(region: readonly Paragraph[]): RequestSyntax | undefined {
  const lines = allLines(region);
  const start = lines.findIndex((l) => /^(GET|POST|PUT|DELETE|PATCH|HEAD) \//.test(l.trim()));
  if (start < 0) return undefined;
  // The request line may wrap before `HTTP/1.1`; join until it.
  let requestLine = "";
  let i = start;
  for (; i < lines.length; i++) {
    const part = (lines[i] ?? "").trim();
    requestLine += part.startsWith("HTTP/") ? ` ${part}` : part;
    if (/HTTP\/1\.1/.test(requestLine) || i - start >= 3) break;
  }
  const m = /^(\w+) (\S+?)\s*(?:HTTP\/1\.1)?$/.exec(requestLine.replace(/HTTP\/1\.1.*/, "HTTP/1.1"));
  if (!m?.[1] || !m[2]) return undefined;
  const [path = "", queryText = ""] = m[2].split("?");
  const query = queryText
    .split("&")
    .filter(Boolean)
    .map((pair) => {
      const [k = "", v = ""] = pair.split("=");
      return [k, v] as const;
    });
  return { method: m[1], path, query, ...headersAndKeys(lines.slice(i + 1)) };
}

export function parseResponseSyntax(region: readonly Paragraph[]): ResponseSyntax {
  const lines = allLines(region);
  const statusLine = lines.find((l) => /^HTTP\/1\.1/.test(l.trim())) ?? "";
  const status = /HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1];
  return { ...(status ? { status: Number(status) } : {}), ...headersAndKeys(lines) };
}
