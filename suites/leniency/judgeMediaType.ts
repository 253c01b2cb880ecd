import { JSON_MEDIA_TYPES } from "./leniencies.ts";

/** How a JSON response's Content-Type is judged; parameters such as `charset` are ignored. */
export function judgeMediaType(contentType: string | undefined): "pass" | "warn" | "fail" {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return Object.hasOwn(JSON_MEDIA_TYPES, mediaType) ? (JSON_MEDIA_TYPES[mediaType] ?? "fail") : "fail";
}
