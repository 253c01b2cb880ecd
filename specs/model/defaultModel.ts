/** The committed Lambda model: the one place its path is written. */
import { fileURLToPath } from "node:url";

/** As users type it (`--model`), relative to the repository root; also what results.json's options show. */
export const DEFAULT_MODEL = "specs/lambda/model.json";

/** The same file as an absolute path, for code that must not depend on the working directory. */
export const DEFAULT_MODEL_FILE = fileURLToPath(new URL(`../../${DEFAULT_MODEL}`, import.meta.url));

/** The file a `--model` value names: the committed model wherever the CLI runs from, else the path as given. */
export function modelFileFor(model: string): string {
  return model === DEFAULT_MODEL ? DEFAULT_MODEL_FILE : model;
}
