import { fileURLToPath } from "node:url";

/** The shared calibration set: responses recorded from real AWS, kept beside the repository. */
export const DEFAULT_RESPONSES = fileURLToPath(
  new URL("../../../shared/calibration/aws-lambda-responses.json", import.meta.url),
);
