/** `lambda-conformance calibrate [--responses FILE]`: judge recorded responses; exit 1 on any fail, 2 on a bad file. */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { calibrate } from "../calibrate/calibrate.ts";
import { CalibrationFileError, parseCalibrationSet } from "../calibrate/parseCalibrationSet.ts";
import { renderCalibration } from "../calibrate/renderCalibration.ts";
import { selectChecks } from "../checks/registry.ts";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The shared calibration set: responses recorded from real AWS, kept beside the repository. */
export const DEFAULT_RESPONSES = resolve(REPO_ROOT, "../shared/calibration/aws-lambda-responses.json");

export async function calibrateCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      responses: { type: "string", default: DEFAULT_RESPONSES },
      model: { type: "string", default: resolve(REPO_ROOT, "specs/lambda/model.json") },
      checks: { type: "string" },
    },
    strict: true,
  });
  const file = values.responses ?? DEFAULT_RESPONSES;
  let set: ReturnType<typeof parseCalibrationSet>;
  try {
    set = parseCalibrationSet(JSON.parse(readFileSync(file, "utf8")));
  } catch (e) {
    const why = e instanceof CalibrationFileError || e instanceof SyntaxError ? "" : "cannot read: ";
    console.error(`lambda-conformance calibrate: ${file}: ${why}${(e as Error).message}`);
    return 2;
  }
  const checks = selectChecks(values.checks?.split(","));
  const results = calibrate(loadModelFile(values.model ?? ""), set.responses, checks);
  console.log(renderCalibration(results));
  return results.some((r) => r.verdicts.some((v) => v.status === "fail")) ? 1 : 0;
}
