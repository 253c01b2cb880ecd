/** Splits a range of document lines into paragraphs, the unit the extractor reads. */

export interface Paragraph {
  /** 1-based line of the paragraph's first line. */
  readonly line: number;
  /** Lines joined: labels that wrap (long enum lists) continue on the next line. */
  readonly text: string;
  readonly lines: readonly string[];
  /** Inside a ``` fence (syntax examples). */
  readonly code: boolean;
}

/** Paragraphs of `lines[from, to)` (0-based indices), blank-line separated; fences are their own kind. */
export function paragraphs(lines: readonly string[], from: number, to: number): Paragraph[] {
  const out: Paragraph[] = [];
  let current: string[] = [];
  let start = from;
  let code = false;
  const flush = (): void => {
    const prev = out.at(-1);
    // A value list wrapped across a page break continues after a blank line: "… |" / "| …".
    if (current.length > 0 && prev && !prev.code && !code && continuesList(prev, current)) {
      const lines = [...prev.lines, ...current];
      out[out.length - 1] = { ...prev, text: joinWrapped(lines), lines };
    } else if (current.length > 0) {
      out.push({ line: start + 1, text: joinWrapped(current), lines: current, code });
    }
    current = [];
  };
  for (let i = from; i < to; i++) {
    const raw = lines[i] ?? "";
    if (raw.trim().startsWith("```")) {
      flush();
      code = !code;
      continue;
    }
    if (!code && raw.trim() === "") {
      flush();
      continue;
    }
    if (current.length === 0) start = i;
    current.push(raw);
  }
  flush();
  return out;
}

function continuesList(prev: Paragraph, next: readonly string[]): boolean {
  return (
    prev.text.includes("|") && (prev.text.trimEnd().endsWith("|") || (next[0] ?? "").trim().startsWith("|"))
  );
}

function joinWrapped(lines: readonly string[]): string {
  return lines
    .map((l) => l.trim())
    .join(" ")
    .replace(/\s+\|/g, " |")
    .replace(/\|\s+/g, "| ");
}

/** `[Name](#)` or `Name` alone on a line: the shape of a member, error or section heading. */
export function headingName(p: Paragraph): string | undefined {
  if (p.code || p.lines.length !== 1) return undefined;
  const m = /^\[?([A-Za-z][A-Za-z0-9_]*)\]?(?:\(#\))?$/.exec(p.text.trim());
  return m?.[1];
}
