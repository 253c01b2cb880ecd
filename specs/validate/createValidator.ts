import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { OperationView, ShapeView } from "../../core/serviceView.ts";
import { byteLengthKeyword } from "./byteLengthKeyword.ts";
import { sharedDefs } from "./sharedDefs.ts";
import { toIssues } from "./toIssues.ts";
import { shapeToJsonSchema } from "./toJsonSchema.ts";
import type { ValidationIssue, ValidationResult } from "./ValidationIssue.ts";

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** Options of one validation call. */
export interface ValidateOptions {
  /** When true, extra members become warnings instead of errors (how responses are judged). */
  readonly allowUnknownMembers?: boolean;
}

/** The one "is this value valid for this shape" service, compiling each shape's schema lazily, once. */
export interface Validator {
  /** Validates any value against a shape; unknown members are errors unless allowed. */
  validateShape(shape: ShapeView, value: unknown, options?: ValidateOptions): ValidationResult;
  /** Validates an operation's whole input value (all members, whatever their binding); unknown members are errors by default. */
  validateInput(operation: OperationView, value: unknown, options?: ValidateOptions): ValidationResult;
  /** Validates an operation's whole output value; unknown members are warnings by default. */
  validateOutput(operation: OperationView, value: unknown, options?: ValidateOptions): ValidationResult;
}

/** Creates a validator with its own ajv instance and compile cache. */
export function createValidator(): Validator {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, unicodeRegExp: true });
  addFormats(ajv, ["byte"]);
  ajv.addKeyword(byteLengthKeyword);
  const shared = sharedDefs(ajv);
  // Keyed by the ShapeView object: ids are only unique within one loaded model.
  const compiled = new WeakMap<ShapeView, ValidateFunction>();
  const compile = (shape: ShapeView): ValidateFunction => {
    let validate = compiled.get(shape);
    if (!validate) {
      validate = ajv.compile(shared(shapeToJsonSchema(shape)));
      compiled.set(shape, validate);
    }
    return validate;
  };
  const validateShape = (
    shape: ShapeView,
    value: unknown,
    options: ValidateOptions = {},
  ): ValidationResult => {
    const validate = compile(shape);
    const issues = validate(value) ? [] : toIssues(validate.errors ?? [], value);
    return judge(issues, options.allowUnknownMembers ?? false);
  };
  return {
    validateShape,
    validateInput: (operation, value, options = {}) =>
      validateShape(operation.input, value, { allowUnknownMembers: false, ...options }),
    validateOutput: (operation, value, options = {}) =>
      validateShape(operation.output, value, { allowUnknownMembers: true, ...options }),
  };
}

function judge(issues: ValidationIssue[], allowUnknownMembers: boolean): ValidationResult {
  const isWarning = (issue: ValidationIssue) => allowUnknownMembers && issue.kind === "unknownMember";
  const errors = issues.filter((issue) => !isWarning(issue));
  return { valid: errors.length === 0, errors, warnings: issues.filter(isWarning) };
}
