import { readFileSync } from "node:fs";
import type { ServiceView } from "../../core/serviceView.ts";
import { loadModel } from "../model/loadModel.ts";
import { CommandError } from "./CommandError.ts";

/** Loads a model file named on the command line; every failure becomes a CommandError naming the file and the cause. */
export function loadModelArgument(path: string): ServiceView {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new CommandError(`cannot read model ${path}: ${(error as Error).message}`);
  }
  let ast: unknown;
  try {
    ast = JSON.parse(text);
  } catch (error) {
    throw new CommandError(`model ${path} is not JSON: ${(error as Error).message}`);
  }
  try {
    return loadModel(ast);
  } catch (error) {
    throw new CommandError(
      `model ${path} is not a valid Smithy restJson1 model: ${(error as Error).message}`,
    );
  }
}
