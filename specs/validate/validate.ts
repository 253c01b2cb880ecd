import type { OperationView, ShapeView } from "../../core/serviceView.ts";
import { createValidator, type ValidateOptions, type Validator } from "./createValidator.ts";
import type { ValidationResult } from "./ValidationIssue.ts";

let shared: Validator | undefined;

/** The process-wide validator, created on first use so importing this module compiles nothing. */
function sharedValidator(): Validator {
  shared ??= createValidator();
  return shared;
}

/** Validates a value against a shape with the shared validator. */
export function validateShape(shape: ShapeView, value: unknown, options?: ValidateOptions): ValidationResult {
  return sharedValidator().validateShape(shape, value, options);
}

/** Validates an operation's whole input value with the shared validator; unknown members are errors by default. */
export function validateInput(
  operation: OperationView,
  value: unknown,
  options?: ValidateOptions,
): ValidationResult {
  return sharedValidator().validateInput(operation, value, options);
}

/** Validates an operation's whole output value with the shared validator; unknown members are warnings by default. */
export function validateOutput(
  operation: OperationView,
  value: unknown,
  options?: ValidateOptions,
): ValidationResult {
  return sharedValidator().validateOutput(operation, value, options);
}
