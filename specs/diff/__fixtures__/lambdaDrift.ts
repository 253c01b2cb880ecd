/**
 * Test fixture: a copy of the Lambda Smithy AST with a handful of deliberate changes, one per change
 * kind, and the changes `diffModels` must report for them (exactly these, nothing else).
 */

// biome-ignore lint/suspicious/noExplicitAny: raw AST edits reach into arbitrary nesting
type Json = Record<string, any>;

const L = "com.amazonaws.lambda#";

/** The changes the drift makes, as (kind, operation, path) rows in report order: operations by name, operation-level changes first, then members in declaration order. */
export const EXPECTED_DRIFT: readonly (readonly [kind: string, operation: string, path: string])[] = [
  ["httpChanged", "CreateAlias", "http.code"],
  ["requiredChanged", "CreateAlias", "input.Description"],
  ["lengthChanged", "CreateAlias", "input.Description"],
  ["patternChanged", "CreateAlias", "input.FunctionVersion"],
  ["patternChanged", "CreateAlias", "input.Name"],
  ["memberAdded", "CreateAlias", "input.Stage"],
  ["enumChanged", "CreateFunction", "input.Runtime"],
  ["operationRemoved", "DeleteAlias", ""],
  ["errorRemoved", "DeleteFunction", "errors.TooManyRequestsException"],
  ["typeChanged", "ListFunctions", "input.Marker"],
  ["bindingChanged", "ListFunctions", "input.MaxItems"],
  ["rangeChanged", "ListFunctions", "input.MaxItems"],
  ["memberRemoved", "ListFunctions", "output.NextMarker"],
];

/** Returns a drifted deep copy of a Lambda AST; the original is untouched. */
export function lambdaDrift(original: unknown): Json {
  const ast = structuredClone(original) as Json;
  const shapes = ast.shapes as Record<string, Json>;
  const shape = (name: string) => shapes[`${L}${name}`] as Json;
  const traits = (structure: string, member: string) => shape(structure).members[member].traits as Json;

  const service = shape("Lambda");
  service.operations = service.operations.filter((ref: Json) => ref.target !== `${L}DeleteAlias`);
  shape("CreateAlias").traits["smithy.api#http"].code = 200;
  shape("CreateAliasRequest").members.Stage = { target: "smithy.api#String" };
  traits("CreateAliasRequest", "Description")["smithy.api#required"] = {};
  traits("CreateAliasRequest", "Description")["smithy.api#length"] = { min: 0, max: 512 };
  traits("CreateAliasRequest", "FunctionVersion")["smithy.api#pattern"] = "(\\$LATEST|[0-9]{1,3})";
  // Drops the lookahead: all-digit names become valid, which the witness must show.
  traits("CreateAliasRequest", "Name")["smithy.api#pattern"] = "([a-zA-Z0-9-_-]+)";
  // Runtime is shared by many operations: reported once, under the first one, with the rest in alsoIn.
  shape("Runtime").members.NODEJS99_X = {
    target: "smithy.api#Unit",
    traits: { "smithy.api#enumValue": "nodejs99.x" },
  };
  const deleteFunction = shape("DeleteFunction");
  deleteFunction.errors = deleteFunction.errors.filter(
    (ref: Json) => ref.target !== `${L}TooManyRequestsException`,
  );
  shape("ListFunctionsRequest").members.Marker.target = "smithy.api#Integer";
  traits("ListFunctionsRequest", "MaxItems")["smithy.api#httpQuery"] = "Limit";
  traits("ListFunctionsRequest", "MaxItems")["smithy.api#range"] = { min: 1, max: 50 };
  delete shape("ListFunctionsResponse").members.NextMarker;
  return ast;
}
