/** An operation of the committed model by name, for specs; throws on a name the model lacks. */
import type { OperationView } from "../core/serviceView.ts";
import { loadModelFile } from "../specs/model/loadModelFile.ts";

const service = loadModelFile("specs/lambda/model.json");

export function modelOperation(name: string): OperationView {
  const found = service.operations.get(name);
  if (!found) throw new Error(`no operation ${name} in the model`);
  return found;
}

export { service as committedModel };
