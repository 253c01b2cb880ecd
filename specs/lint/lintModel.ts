/** Summary and lint of a loaded model: counts, and patterns that fail to compile or reject examples. */
import type { ServiceView, ShapeView } from "../../core/serviceView.ts";
import { wholeValuePattern } from "../model/wholeValuePattern.ts";

export interface ModelSummary {
  operations: number;
  structures: number;
  members: number;
  requiredMembers: number;
  patterns: number;
  lengths: number;
  ranges: number;
  enums: number;
}

/** A documented example value: the shape and member it belongs to. */
export interface MemberExample {
  readonly shape: string;
  readonly member: string;
  readonly value: string;
}

export interface LintResult {
  readonly summary: ModelSummary;
  readonly errors: string[];
}

function structures(view: ServiceView): ShapeView[] {
  return [...view.shapes.values()].filter((s) => s.kind === "structure" && !s.error);
}

export function lintModel(view: ServiceView, examples: readonly MemberExample[]): LintResult {
  const summary: ModelSummary = {
    operations: view.operations.size,
    structures: 0,
    members: 0,
    requiredMembers: 0,
    patterns: 0,
    lengths: 0,
    ranges: 0,
    enums: [...view.shapes.values()].filter((s) => s.kind === "enum").length,
  };
  const errors: string[] = [];
  for (const s of structures(view)) {
    summary.structures++;
    for (const m of s.members?.values() ?? []) {
      summary.members++;
      if (m.required) summary.requiredMembers++;
      if (m.constraints.length) summary.lengths++;
      if (m.constraints.range) summary.ranges++;
      if (m.constraints.pattern !== undefined) {
        summary.patterns++;
        try {
          wholeValuePattern(m.constraints.pattern);
        } catch (e) {
          errors.push(`${s.name}.${m.name}: pattern does not compile: ${(e as Error).message}`);
        }
      }
    }
  }
  for (const ex of examples) {
    const member = view.shapes.get(ex.shape)?.members?.get(ex.member);
    const pattern = member?.constraints.pattern;
    if (pattern === undefined) continue;
    try {
      if (!wholeValuePattern(pattern).test(ex.value))
        errors.push(`${ex.shape}.${ex.member}: pattern rejects the document's example "${ex.value}"`);
    } catch {
      // already reported as not compiling
    }
  }
  return { summary, errors };
}
