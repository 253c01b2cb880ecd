/** Reads the numbers out of the document's constraint sentences, in either language. */
import type { Bounds } from "./facts.ts";

const NUMBER = String.raw`(-?\d[\d,]*(?:\.\d+)?)`;

function find(text: string, words: string): number | undefined {
  const m = new RegExp(`(?:${words})[^\\d-]*${NUMBER}`).exec(text);
  return m?.[1] === undefined ? undefined : Number(m[1].replaceAll(",", ""));
}

function bounds(min: number | undefined, max: number | undefined): Bounds | undefined {
  if (min === undefined && max === undefined) return undefined;
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

/** 길이 제약 / Length Constraints: "최소 길이는 1입니다. 최대 길이는 140입니다." */
export function parseLength(text: string): Bounds | undefined {
  return bounds(find(text, "최소 길이|Minimum length"), find(text, "최대 길이|Maximum length"));
}

/** 유효 범위 / Valid Range: "최소값은 -1입니다. 최대값 1,000입니다." */
export function parseRange(text: string): Bounds | undefined {
  return bounds(find(text, "최소값|Minimum value"), find(text, "최대값|Maximum value"));
}

/** 배열 멤버 / 맵 항목 / Array Members: minimum, maximum or fixed item counts. */
export function parseCount(text: string): Bounds | undefined {
  const fixed = find(text, "고정된 항목 수|Fixed number of");
  if (fixed !== undefined) return { min: fixed, max: fixed };
  return bounds(find(text, "최소 항목 수|Minimum number of"), find(text, "최대 항목 수|Maximum number of"));
}

/** "a | b | c", possibly wrapped in backticks. */
export function parseEnum(text: string): string[] {
  return text
    .replaceAll("`", "")
    .split("|")
    .map((v) => v.trim())
    .filter((v) => v !== "");
}
