import { describe, expect, it } from "vitest";
import { matrixHtml, matrixMarkdown } from "../reports/matrix/renderMatrix.ts";
import { matrixCommand } from "./matrixCommand.ts";

describe("matrix --model", () => {
  it("names the model in the leaderboard's title, and the document's leaderboard stays as it was", () => {
    const report = { seed: 1, runs: [], skipped: [], cases: { refused: ["none"] }, command: "c" };
    expect(matrixMarkdown({ ...report, model: "aws.json" })).toContain(
      "## Emulator parity leaderboard (seed 1, model aws.json)",
    );
    expect(matrixHtml({ ...report, model: "aws.json" })).toContain("(seed 1, model aws.json)");
    expect(matrixMarkdown(report)).toContain("## Emulator parity leaderboard (seed 1)\n");
  });

  it("refuses a model file that does not exist before starting any emulator", async () => {
    expect(await matrixCommand(["--targets", "moto", "--model", "/nonexistent/model.json"])).toBe(2);
  });
});
