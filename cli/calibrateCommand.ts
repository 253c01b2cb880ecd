/** `lambda-conformance calibrate [--responses FILE]`: judge recorded responses; exit 1 on any fail, 2 on a bad file. */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_MODEL_FILE, modelFileFor } from "../specs/model/defaultModel.ts";
import { loadModelFile } from "../specs/model/loadModelFile.ts";
import { calibrate } from "../suites/calibrate/calibrate.ts";
import { DEFAULT_RESPONSES } from "../suites/calibrate/defaultResponses.ts";
import { CalibrationFileError, parseCalibrationSet } from "../suites/calibrate/parseCalibrationSet.ts";
import { renderCalibration } from "../suites/calibrate/renderCalibration.ts";
import { selectChecks } from "../suites/checks/registry.ts";

export async function calibrateCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      responses: { type: "string", default: DEFAULT_RESPONSES },
      model: { type: "string", default: DEFAULT_MODEL_FILE },
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
  const results = calibrate(loadModelFile(modelFileFor(values.model ?? "")), set.responses, checks);
  console.log(renderCalibration(results));
  return results.some((r) => r.verdicts.some((v) => v.status === "fail")) ? 1 : 0;
}
