import { describe, expect, it } from "vitest";
import { fingerprint, fingerprintDiff } from "./runFingerprint.ts";

const doc = (status: number, verdict: string, signature?: string) => ({
  cases: [
    {
      id: "GetFunction/valid/0",
      response: { status },
      verdicts: [{ check: "successStatus", status: verdict }],
    },
    { id: "GetFunction/valid/0", shrunkFrom: "GetFunction/valid/0", response: { status: 500 }, verdicts: [] },
  ],
  findings: [
    {
      operation: "GetFunction",
      check: "successStatus",
      violationKind: "none",
      ...(signature ? { signature } : {}),
    },
  ],
  summary: { unimplementedOperations: ["GetAccountSettings"] },
});

describe("fingerprintDiff", () => {
  it("is empty for the same run", () => {
    expect(fingerprintDiff(fingerprint(doc(200, "pass")), fingerprint(doc(200, "pass")))).toEqual([]);
  });

  it("names the case whose status or verdict changed, and the finding key that differs", () => {
    const lines = fingerprintDiff(fingerprint(doc(200, "pass")), fingerprint(doc(201, "fail", "200 ≠ 201")));
    expect(lines).toContain("~ case GetFunction/valid/0: 200 → 201, successStatus:pass → successStatus:fail");
    expect(lines).toContain("- finding GetFunction|successStatus|none");
    expect(lines).toContain("+ finding GetFunction|successStatus|none|200 ≠ 201");
    expect(lines.some((l) => l.includes("~shrunk"))).toBe(false);
  });
});
