import { readFileSync } from "node:fs";
import type { ServiceView } from "../../core/serviceView.ts";
import { loadModel } from "./loadModel.ts";

/** File edge of the loader: reads and parses a Smithy JSON AST file, then loads it. */
export function loadModelFile(path: string): ServiceView {
  return loadModel(JSON.parse(readFileSync(path, "utf8")));
}
