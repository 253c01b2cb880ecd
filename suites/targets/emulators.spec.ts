import { describe, expect, it } from "vitest";
import { HELP } from "../../cli/help.ts";
import { parseRunArgs, UsageError } from "../../cli/runArgs.ts";
import { EMULATOR_NAMES, EMULATORS, emulatorNamed } from "./emulators.ts";

describe("the emulator table", () => {
  it("names each emulator once, and none of them endpoint (that is --endpoint's URL)", () => {
    expect(new Set(EMULATOR_NAMES).size).toBe(EMULATORS.length);
    expect(EMULATOR_NAMES).not.toContain("endpoint");
    expect(emulatorNamed("ministack")?.name).toBe("ministack");
    expect(emulatorNamed("nope")).toBeUndefined();
  });

  it("gives every row the services the fixtures call", () => {
    for (const e of EMULATORS) expect(e.services, e.name).toEqual(expect.arrayContaining(["lambda", "iam"]));
  });

  it("installs the slow build only on request", () => {
    expect(EMULATORS.filter((e) => e.setup === "onRequest").map((e) => e.name)).toEqual(["fakecloud"]);
    expect(EMULATORS.filter((e) => e.setup === "required").map((e) => e.name)).toEqual(["moto"]);
  });

  it("is where the CLI's --target choices and help come from", () => {
    for (const name of [...EMULATOR_NAMES, "endpoint"]) {
      const args = parseRunArgs(["--target", name, "--endpoint", "http://127.0.0.1:1"], {});
      expect("help" in args ? undefined : args.target).toBe(name);
      expect(HELP).toContain(name);
    }
    expect(() => parseRunArgs(["--target", "nope"], {})).toThrow(UsageError);
    expect(() => parseRunArgs(["--target", "nope"], {})).toThrow(
      /moto, localstack, ministack, localemu, fakecloud, endpoint/,
    );
  });
});
