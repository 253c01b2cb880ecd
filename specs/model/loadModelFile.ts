import { readFileSync } from "node:fs";
import { loadModel } from "./loadModel.ts";
import type { ServiceView } from "./types.ts";

/** File edge of the loader: reads and parses a Smithy JSON AST file, then loads it. */
export function loadModelFile(path: string): ServiceView {
  return loadModel(JSON.parse(readFileSync(path, "utf8")));
}
