import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXCERPT } from "../extract/__fixtures__/excerpt.ts";
import { enumFamilyDisagreements } from "../extract/enumFamily.ts";
import { extract } from "../extract/extract.ts";
import { selfCheck } from "./selfCheck.ts";

describe("selfCheck of the extractor against its document", () => {
  it("finds no gap in the team-written excerpt: every member typed, every type line consumed", () => {
    const check = selfCheck(EXCERPT);
    expect(check.gaps).toEqual([]);
    expect(check.counts.untypedUnrecorded).toBe(0);
    expect(check.counts.typeLinesConsumed).toBe(check.counts.typeLines);
    expect(check.counts.typedByLine + check.counts.typedByInference).toBe(check.counts.memberHeadings);
  });

  it("reads the 타입: spelling of the type line", () => {
    const check = selfCheck(EXCERPT.replace("Type: Boolean", "타입: Boolean"));
    expect(check.gaps).toEqual([]);
  });

  it("names a type line written in a spelling the extractor does not read", () => {
    const check = selfCheck(EXCERPT.replace("Type: Boolean", "종류: Boolean"));
    expect(check.counts.typeLinesConsumed).toBe(check.counts.typeLines - 1);
    expect(check.gaps).toEqual([expect.stringMatching(/^line \d+: type line read by no member$/)]);
  });

  it("makes npm run spec:lint fail on that gap", () => {
    const garbled = EXCERPT.replace("Type: Boolean", "종류: Boolean");
    const dir = mkdtempSync(join(tmpdir(), "selfcheck-"));
    writeFileSync(join(dir, "doc.txt"), garbled);
    const { model } = extract(garbled);
    writeFileSync(join(dir, "model.json"), JSON.stringify(model));
    writeFileSync(join(dir, "repairs.json"), "[]");
    const args = [
      "tsx",
      "specs/lint/cli.ts",
      "--model",
      join(dir, "model.json"),
      "--document",
      join(dir, "doc.txt"),
    ];
    let status = 0;
    let stderr = "";
    try {
      execFileSync("npx", [...args, "--repairs", join(dir, "repairs.json")], {
        encoding: "utf8",
        stdio: "pipe",
      });
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = (e as { stderr: string }).stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/self-check: line \d+: type line read by no member/);
  });
});

describe("enumFamilyDisagreements", () => {
  const member = (name: string, line: number, values: string[]) => ({
    name,
    source: { line },
    value: { enum: values },
  });

  it("names a family whose lists still differ in look-alike characters, whatever the members are called", () => {
    const gaps = enumFamilyDisagreements([
      member("Runtime", 10, ["java8.al2", "go1.x"]),
      member("CompatibleRuntime", 20, ["java8.a12", "go1.x"]),
      member("State", 30, ["Active", "Failed"]),
    ]);
    expect(gaps).toEqual([
      'enum lists of one family disagree: ["java8.al2","go1.x"] (line 10) vs ["java8.a12","go1.x"] (line 20)',
    ]);
  });

  it("accepts a family that agrees and lists that are no copies of one another", () => {
    expect(
      enumFamilyDisagreements([
        member("Runtime", 10, ["java8.al2", "go1.x"]),
        member("CompatibleRuntime", 20, ["java8.al2", "go1.x"]),
        member("Other", 30, ["java8.al2", "go1.y"]),
      ]),
    ).toEqual([]);
  });
});
