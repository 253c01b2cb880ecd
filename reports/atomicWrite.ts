/** File writes that never leave a half-written report behind, and never write an unsanitised string. */
import { randomBytes } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { placeholderFor, sanitizeText } from "../core/sanitize.ts";

/** A sibling temp path: same directory, so the final rename is atomic. */
export function tempPathFor(file: string): string {
  return `${file}.partial-${process.pid}-${randomBytes(4).toString("hex")}`;
}

/** Writes sanitised `text` to a temp file beside `file`, then renames it over `file`. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = tempPathFor(file);
  await writeFile(temp, sanitizeText(text, placeholderFor(file)), "utf8");
  await rename(temp, file);
}
