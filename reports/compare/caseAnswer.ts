/** What a target answered to one case, reduced to what two targets can be compared on. */
import { parseErrorType } from "../../suites/checks/parseErrorType.ts";
import type { CaseRecord } from "../caseRecord.ts";

/** The check whose failure signature names the shape of the answer. */
const SHAPE_CHECK = "responseShape";

export interface CaseAnswer {
  /** HTTP status; 0 when no answer arrived. */
  readonly status: number;
  readonly errorType?: string;
  /** The failing `responseShape` verdict's signature, when the run's results carry one (schema v2). */
  readonly shape?: string;
}

/** The parts of an answer two targets can differ in. */
export type AnswerField = "status" | "errorType" | "shape";

/** The comparable answer of one recorded case. */
export function caseAnswer(record: CaseRecord): CaseAnswer {
  const { status, headers = {}, body } = record.response;
  const errorType = status >= 300 ? parseErrorType({ headers, body }) : undefined;
  const shapeVerdict = record.verdicts.find((v) => v.check === SHAPE_CHECK && v.status === "fail") as
    | { readonly signature?: unknown }
    | undefined;
  const shape = typeof shapeVerdict?.signature === "string" ? shapeVerdict.signature : undefined;
  return {
    status,
    ...(errorType ? { errorType } : {}),
    ...(shape ? { shape } : {}),
  };
}

/** The fields in which the present answers are not all the same. */
export function differingFields(answers: readonly (CaseAnswer | undefined)[]): AnswerField[] {
  const present = answers.filter((a): a is CaseAnswer => a !== undefined);
  const fields: AnswerField[] = ["status", "errorType", "shape"];
  return fields.filter((f) => new Set(present.map((a) => a[f] ?? "")).size > 1);
}

/** One-line form: `400 InvalidParameterValueException`, `200 shape /Configuration/MemorySize type`. */
export function answerText(a: CaseAnswer | undefined): string {
  if (!a) return "not run";
  const status = a.status === 0 ? "no answer" : String(a.status);
  return [status, a.errorType, a.shape && `shape ${a.shape}`].filter(Boolean).join(" ");
}
