import { RECORDED_ENUM_VALUES } from "./leniencies.ts";

const DIGITS = /\d+/g;

/** The family a value belongs to: its text with every number replaced by `N` (`python3.12` → `pythonN.N`). */
function family(value: string): string {
  return value.replace(DIGITS, "N");
}

/** The numbers of a value, in order (`python3.12` → [3, 12]). */
function version(value: string): number[] {
  return (value.match(DIGITS) ?? []).map(Number);
}

/** True when `a` is a later version than `b` (compared number by number). */
function isLater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}

/**
 * Why a value outside an enum's documented values is drift rather than a wrong value (leniency
 * `enumValueDrift`), or undefined when it fits nothing: recorded from AWS for this enum, or a later
 * version of a documented family (`python3.13` after `python3.12`). `cobol85.x` has no documented family.
 */
export function enumDrift(
  enumName: string,
  documented: readonly string[],
  value: string,
): string | undefined {
  if (RECORDED_ENUM_VALUES[enumName]?.includes(value))
    return `${enumName} ${value}: recorded from AWS, not in the document (drift)`;
  const own = family(value);
  if (own === value) return undefined;
  const siblings = documented.filter((d) => family(d) === own);
  if (siblings.length === 0) return undefined;
  const newest = siblings.reduce((a, b) => (isLater(version(b), version(a)) ? b : a));
  return isLater(version(value), version(newest))
    ? `${enumName} ${value}: a newer version of the documented ${own} family (newest documented ${newest}; drift)`
    : undefined;
}
