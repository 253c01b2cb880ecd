import { describe, expect, it } from "vitest";
import { caseResult } from "../../testkit/reportFixtures/caseResult.ts";
import { blockOnEnvironment } from "./environmentBlock.ts";

const failing = (op: string, status: number, responseBody: string) =>
  caseResult({
    op,
    method: "POST",
    uri: "/",
    phase: "valid",
    path: 0,
    status,
    responseBody,
    verdicts: [
      { check: "noServerError", status: "fail", reason: "server error", signature: "5xx" },
      { check: "contentType", status: "pass" },
    ],
  });

describe("environment block", () => {
  const inactive = "function lc-x-fn is Failed (Installation of lambda-runtime failed), never Active";

  it("reports a 5xx of an operation that needs the inactive function blocked, with the reason", () => {
    const r = blockOnEnvironment(failing("UpdateFunctionConfiguration", 500, "{}"), inactive);
    expect(r.verdicts).toEqual([
      { check: "noServerError", status: "warn", reason: `blocked: ${inactive}` },
      { check: "contentType", status: "pass" },
    ]);
  });

  it("judges the same answer as usual when the function is Active, or the operation does not need it", () => {
    const update = failing("UpdateFunctionConfiguration", 500, "{}");
    expect(blockOnEnvironment(update, undefined)).toBe(update);
    const alias = failing("UpdateAlias", 500, "{}");
    expect(blockOnEnvironment(alias, inactive)).toBe(alias);
  });

  it("blocks an answer that names the missing runtime, whatever the fixtures said", () => {
    const r = blockOnEnvironment(
      failing("InvokeAsync", 202, "error running docker: Error while fetching"),
      undefined,
    );
    expect(r.verdicts[0]?.status).toBe("warn");
    expect(r.verdicts[0]?.reason).toMatch(/^blocked: the emulator cannot run functions/);
  });

  it("judges a read whose body reports the Failed state like any other answer", () => {
    // LocalStack's GetFunction of a Failed function: the StateReason names the runtime install.
    const read = failing(
      "GetFunction",
      200,
      '{"Configuration":{"State":"Failed","StateReason":"Installation of lambda-runtime v0.1.41-pre failed."}}',
    );
    expect(blockOnEnvironment(read, inactive)).toBe(read);
    expect(blockOnEnvironment(read, undefined)).toBe(read);
  });
});
