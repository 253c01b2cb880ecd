/**
 * A pattern that is one character class and rejects a value the document itself states for the
 * member (LoggingConfig.LogGroup: `[\.\-_\#A-Za-z0-9]+` against its stated default
 * `/aws/lambda/<function name>`) lost characters in the conversion; the class takes back exactly the
 * punctuation that value needs.
 */
import { wholeValuePattern } from "../model/wholeValuePattern.ts";

const SINGLE_CLASS = /^\[((?:\\.|[^\]\\])*)\]([+*])$/;
const PUNCTUATION = /^[!-/:-@[-`{-~]$/;

/** The widened pattern and the characters added, or undefined when widening cannot explain the rejection. */
export function widenClass(
  pattern: string,
  values: readonly string[],
): { pattern: string; added: string[] } | undefined {
  const m = SINGLE_CLASS.exec(pattern);
  if (!m || m[1]?.startsWith("^")) return undefined;
  const cls = new RegExp(`^[${m[1]}]$`, "u");
  const missing = [...new Set(values.flatMap((v) => [...v]))].filter((c) => !cls.test(c));
  if (missing.length === 0 || !missing.every((c) => PUNCTUATION.test(c))) return undefined;
  const widened = `[${m[1]}${missing.map((c) => (/[\\\]^-]/.test(c) ? `\\${c}` : c)).join("")}]${m[2]}`;
  return values.every((v) => wholeValuePattern(widened).test(v))
    ? { pattern: widened, added: missing }
    : undefined;
}
