import { describe, expect, it } from "vitest";
import { generateCases } from "../generators/generateCases.ts";
import { DEFAULT_MODEL } from "../specs/model/defaultModel.ts";
import { loadModelFile } from "../specs/model/loadModelFile.ts";
import { makePlan } from "../suites/engine/plan.ts";
import { plannedCases } from "./plannedCases.ts";
import { progressLine } from "./progressLine.ts";

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 200, write: (s: string) => writes.push(s) > 0 } };
}

describe("progressLine", () => {
  it("on a TTY draws a bar with done of planned, the operation, rate and time left, and clears it at the end", () => {
    let t = 0;
    const { writes, stream } = fakeStream(true);
    const p = progressLine(stream, { planned: 100, now: () => t });
    t = 10_000;
    p.update(25, "GetFunction");
    p.update(26, "GetFunction"); // within the redraw interval: not drawn
    expect(writes).toEqual(["\r\x1b[K[######------------------] 25/100 · GetFunction · 2.5/s · ~30s left"]);
    p.done();
    expect(writes.at(-1)).toBe("\r\x1b[K");
  });

  it("shows no time left until the rate rests on enough cases and time", () => {
    let t = 0;
    const { writes, stream } = fakeStream(false);
    const p = progressLine(stream, { planned: 2600, now: () => t, plainEveryMs: 5000 });
    t = 30_000;
    p.update(1, "AddPermission"); // one case after the fixtures: no estimate
    t = 60_000;
    p.update(400, "GetFunction");
    expect(writes).toEqual([
      "lambda-conformance: 1/2600 cases · AddPermission · 0.0/s\n",
      "lambda-conformance: 400/2600 cases · GetFunction · 6.7/s · ~5m30s left\n",
    ]);
  });

  it("without a TTY writes a plain line every few seconds and nothing to clear", () => {
    let t = 0;
    const { writes, stream } = fakeStream(false);
    const p = progressLine(stream, { planned: 1000, now: () => t, plainEveryMs: 5000 });
    t = 1000;
    p.update(10, "ListFunctions");
    t = 5000;
    p.update(50, "ListFunctions");
    t = 8000;
    p.update(80, "Invoke");
    t = 100_000;
    p.update(1000, "Invoke");
    p.done();
    expect(writes).toEqual([
      "lambda-conformance: 50/1000 cases · ListFunctions · 10.0/s · ~1m35s left\n",
      "lambda-conformance: 1000/1000 cases · Invoke · 10.0/s\n",
    ]);
  });
});

describe("plannedCases", () => {
  it("equals the number of cases the generated phases yield, without generating them", () => {
    const service = loadModelFile(DEFAULT_MODEL);
    const ops = ["CreateFunction", "GetFunction", "ListFunctions", "GetAccountSettings"];
    const plan = makePlan(service, {
      ops,
      phases: ["valid", "boundary", "invalid", "stateful"],
      runs: 3,
      seed: 1,
    });
    let generated = 0;
    for (const name of ops) {
      const op = service.operations.get(name);
      if (!op) throw new Error(name);
      for (const phase of plan.phases) generated += [...generateCases(op, phase, 1, 3)].length;
    }
    expect(plannedCases(service, plan)).toBe(generated);
  });
});
