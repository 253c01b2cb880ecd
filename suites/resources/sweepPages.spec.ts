import { describe, expect, it } from "vitest";
import { sweepPages } from "./sweepPages.ts";

describe("sweepPages", () => {
  it("deletes the ids of every page, following the marker to the last", async () => {
    const pages: Record<string, { ids: string[]; next?: string }> = {
      "": { ids: ["a", "b"], next: "m1" },
      m1: { ids: ["c"] },
    };
    const deleted: string[] = [];
    await sweepPages(
      async (m) => pages[m ?? ""] as { ids: string[]; next?: string },
      async (id) => deleted.push(id),
    );
    expect(deleted).toEqual(["a", "b", "c"]);
  });

  it("skips a failed delete and stops at a failed list, never throwing", async () => {
    const deleted: string[] = [];
    await sweepPages(
      async (m) => {
        if (m) throw new Error("list failed");
        return { ids: ["bad", "good"], next: "m1" };
      },
      async (id) => {
        if (id === "bad") throw new Error("delete failed");
        deleted.push(id);
      },
    );
    expect(deleted).toEqual(["good"]);
  });

  it("stops after 50 pages when the target always answers a marker", async () => {
    let lists = 0;
    await sweepPages(
      async () => {
        lists++;
        return { ids: [], next: "again" };
      },
      async () => undefined,
    );
    expect(lists).toBe(50);
  });

  it("says to sweep again after a list that failed for now, not after a 4xx or a complete sweep", async () => {
    const failing = (status?: number) => async () => {
      throw Object.assign(new Error("list failed"), status ? { $metadata: { httpStatusCode: status } } : {});
    };
    const none = async () => undefined;
    expect(await sweepPages(failing(500), none)).toBe(true);
    expect(await sweepPages(failing(), none)).toBe(true);
    expect(await sweepPages(failing(429), none)).toBe(true);
    expect(await sweepPages(failing(404), none)).toBe(false);
    expect(await sweepPages(async () => ({ ids: [] }), none)).toBe(false);
  });
});
