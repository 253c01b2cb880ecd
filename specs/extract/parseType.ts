/** Reads a 유형 / Type line into a type fact. */
import type { TypeFact } from "./facts.ts";

const SCALARS: ReadonlyArray<[RegExp, TypeFact]> = [
  [/^(?:문자열|String)$/i, { kind: "string" }],
  [/^(?:정수|Integer)$/i, { kind: "integer" }],
  [/^Long$/i, { kind: "long" }],
  [/^(?:Double|Float|부동 소수점)$/i, { kind: "double" }],
  [/^(?:부울|Boolean)$/i, { kind: "boolean" }],
  [/^(?:타임스탬프|Timestamp)$/i, { kind: "timestamp" }],
  [/(?:이진 데이터|Binary large object|blob)/i, { kind: "blob" }],
];

/** Scalars by their Korean or English name, also as a map's value type. */
function scalar(text: string): TypeFact | undefined {
  return SCALARS.find(([re]) => re.test(text.trim()))?.[1];
}

/** `undefined` when the text names no type the extractor knows. */
export function parseType(raw: string): TypeFact | undefined {
  const text = raw.replace(/\[([A-Za-z0-9]+)\]\(#\)/g, "$1").trim();
  const direct = scalar(text);
  if (direct) return direct;
  const list = /^(.+?)\s*(?:배열|어레이|array)$/i.exec(text) ?? /^Array of (.+?)s?$/i.exec(text);
  if (list?.[1]) {
    const item = parseType(list[1]);
    return item ? { kind: "list", item } : undefined;
  }
  const struct = /^([A-Z][A-Za-z0-9]*)\s*(?:객체|object)$/i.exec(text);
  if (struct?.[1]) return { kind: "structure", ref: struct[1] };
  return parseMap(text);
}

/** "문자열 간 맵", "문자열-문자열 맵", "String과 double 간의 맵", "String과 문자열 배열 간 맵", "String to string map". */
function parseMap(text: string): TypeFact | undefined {
  const ko = /^(?:문자열|String)(?:과\s+(.+?)\s+간의?|\s*간|-(.+?))\s*맵$/i.exec(text);
  if (ko) {
    const valueText = ko[1] ?? ko[2];
    const value = valueText === undefined ? { kind: "string" as const } : parseType(valueText);
    return value ? { kind: "map", value } : undefined;
  }
  const en = /^String to (.+?) map$/i.exec(text);
  if (en?.[1]) {
    const value = parseType(en[1]);
    return value ? { kind: "map", value } : undefined;
  }
  return undefined;
}
