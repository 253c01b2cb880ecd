import { describe, expect, it } from "vitest";
import { classifyError } from "./classifyError.ts";

const coded = (code: string, message = code) => Object.assign(new Error(message), { code });

describe("classifyError", () => {
  it.each([
    [coded("ECONNREFUSED"), "connection"],
    [coded("ECONNRESET"), "connection"],
    [new Error("socket hang up"), "connection"],
    [coded("ETIMEDOUT"), "timeout"],
    [Object.assign(new Error("aborted"), { name: "AbortError" }), "timeout"],
    [coded("ERR_TLS_CERT_ALTNAME_INVALID"), "tls"],
    [coded("DEPTH_ZERO_SELF_SIGNED_CERT"), "tls"],
    [new Error("fetch failed", { cause: coded("ECONNREFUSED") }), "connection"],
    [new Error("something else"), "other"],
    ["a string", "other"],
  ] as const)("%s → %s", (error, kind) => {
    expect(classifyError(error).kind).toBe(kind);
  });
});
