import { describe, expect, it } from "vitest";
import type { Emulator, PipInstall } from "./emulator.ts";
import { emulatorInstalled, pinnedVersion } from "./emulatorInstalled.ts";
import { moto } from "./motoTarget.ts";

const pip = (requirements: string[]): PipInstall => ({ ...(moto.install as PipInstall), requirements });
const row = (requirement: string, installed: string | undefined, executable = "/bin/true"): Emulator => ({
  ...moto,
  install: pip([requirement]),
  server: { ...moto.server, executable: () => executable || undefined },
  installedVersion: () => installed,
});

describe("emulatorInstalled", () => {
  it("reads the pin of the first requirement", () => {
    expect(pinnedVersion(pip(["localstack-core[runtime]==2026.3.0", "cbor2<6"]))).toBe("2026.3.0");
    expect(pinnedVersion(pip(["ministack"]))).toBeUndefined();
  });

  it("counts a venv as installed only with the pinned version in it", () => {
    expect(emulatorInstalled(row("x==2026.3.0", "2026.3.0"))).toBe(true);
    expect(emulatorInstalled(row("x==2026.3.0", "4.14.0"))).toBe(false);
    expect(emulatorInstalled(row("x==2026.3.0", undefined))).toBe(false);
    expect(emulatorInstalled(row("x", "1.0"))).toBe(true);
    expect(emulatorInstalled(row("x==1.0", "1.0", ""))).toBe(false);
  });
});
