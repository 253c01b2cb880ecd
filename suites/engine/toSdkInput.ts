/** Generator values → SDK command input: base64 blobs become bytes, epoch-second timestamps Dates. */
import type { ShapeView } from "../../core/serviceView.ts";

export function toSdkInput(shape: ShapeView, value: unknown, depth = 0): unknown {
  if (value === null || value === undefined || depth > 32) return value;
  switch (shape.kind) {
    case "blob":
      return typeof value === "string" ? Buffer.from(value, "base64") : value;
    case "timestamp":
      return typeof value === "number" ? new Date(value * 1000) : value;
    case "list":
      return Array.isArray(value) && shape.member
        ? value.map((v) =>
            toSdkInput((shape.member as NonNullable<typeof shape.member>).target, v, depth + 1),
          )
        : value;
    case "map":
      if (typeof value !== "object" || !shape.value) return value;
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [
          k,
          toSdkInput((shape.value as NonNullable<typeof shape.value>).target, v, depth + 1),
        ]),
      );
    case "structure": {
      if (typeof value !== "object" || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const m = shape.members?.get(k);
        out[k] = m ? toSdkInput(m.target, v, depth + 1) : v;
      }
      return out;
    }
    default:
      return value;
  }
}
