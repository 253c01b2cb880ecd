import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createOrderedRelease } from "./orderedRelease.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("createOrderedRelease", () => {
  it("passes results on in unit order whatever order the units finish in", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        async (delays) => {
          const seen: string[] = [];
          const release = createOrderedRelease<string>(delays.length, async (r) => void seen.push(r));
          await Promise.all(
            delays.map(async (unit, u) => {
              for (const [k, ms] of unit.entries()) {
                await sleep(ms);
                await release.emit(u, `${u}.${k}`);
              }
              await release.end(u);
            }),
          );
          expect(seen).toEqual(delays.flatMap((unit, u) => unit.map((_, k) => `${u}.${k}`)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("streams the unit whose turn it is, and holds a unit ahead of its turn to its cap", async () => {
    const seen: string[] = [];
    const release = createOrderedRelease<string>(2, async (r) => void seen.push(r), 2);
    let ahead = 0;
    const later = (async () => {
      for (let k = 0; k < 5; k++) {
        await release.emit(1, `1.${k}`);
        ahead++;
      }
      await release.end(1);
    })();
    await release.emit(0, "0.0");
    expect(seen).toEqual(["0.0"]);
    await sleep(5);
    // Two held: the emit that filled the cap waits for its turn.
    expect(ahead).toBe(1);
    await release.end(0);
    await later;
    expect(seen).toEqual(["0.0", "1.0", "1.1", "1.2", "1.3", "1.4"]);
  });

  it("refuses a unit that is not one of the run's", async () => {
    const release = createOrderedRelease<string>(1, async () => undefined);
    await expect(release.emit(1, "x")).rejects.toThrow(/unit 1/);
  });

  it("ends a unit run through `run` even when its work throws, so the units after it follow", async () => {
    const seen: string[] = [];
    const release = createOrderedRelease<string>(2, async (r) => void seen.push(r));
    const failing = release.run(0, async (emit) => {
      await emit("0.0");
      throw new Error("stopped");
    });
    await expect(failing).rejects.toThrow("stopped");
    const done = await release.run(1, async (emit) => {
      await emit("1.0");
      return "done";
    });
    expect(done).toBe("done");
    expect(seen).toEqual(["0.0", "1.0"]);
  });
});
