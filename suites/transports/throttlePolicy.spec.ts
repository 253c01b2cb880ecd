import { describe, expect, it } from "vitest";
import { backoffDelay, DEFAULT_RETRY_POLICY, isThrottled } from "./throttlePolicy.ts";

const res = (status: number, headers: Record<string, string> = {}, body = "") => ({ status, headers, body });

describe("isThrottled", () => {
  it.each([
    [res(429), true],
    [res(503), true],
    [res(400, { "x-amzn-errortype": "TooManyRequestsException" }), true],
    [res(400, {}, '{"__type":"com.amazonaws.lambda#TooManyRequestsException"}'), true],
    [res(400, {}, '{"code":"ThrottlingException"}'), true],
    [res(400, { "x-amzn-errortype": "InvalidParameterValueException" }), false],
    [res(500, {}, "not json"), false],
    [res(200, { "x-amzn-errortype": "TooManyRequestsException" }), false],
    [res(0), false],
  ])("%j → %s", (response, expected) => {
    expect(isThrottled(response)).toBe(expected);
  });
});

describe("backoffDelay", () => {
  it("doubles from the base, is capped, and jitters below the ceiling", () => {
    const top = () => 0.999999;
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n, DEFAULT_RETRY_POLICY, undefined, top))).toEqual([
      99, 199, 399, 799, 1599, 1999,
    ]);
    expect(backoffDelay(3, DEFAULT_RETRY_POLICY, undefined, () => 0)).toBe(0);
  });

  it("takes Retry-After seconds, still capped", () => {
    expect(backoffDelay(0, DEFAULT_RETRY_POLICY, "1")).toBe(1000);
    expect(backoffDelay(0, DEFAULT_RETRY_POLICY, "60")).toBe(DEFAULT_RETRY_POLICY.maxDelayMs);
    expect(backoffDelay(0, DEFAULT_RETRY_POLICY, "Wed, 21 Oct 2015 07:28:00 GMT", () => 0)).toBe(0);
  });
});
