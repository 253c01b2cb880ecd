import type { MemberView, ServiceView } from "../core/serviceView.ts";
import { ValueArbitraries } from "./_internals/valueArbitraries.ts";
import { GeneratorGapError } from "./GeneratorGapError.ts";

/** Something of a model the generators cannot produce valid values for, and why. */
export interface GeneratorGap {
  readonly shape: string;
  readonly member?: string;
  readonly reason: string;
}

/**
 * Every member of every shape of a service whose valid values cannot be generated (an unsupported
 * pattern construct, constraints no value meets, a map needing more distinct keys than exist…).
 * Building the arbitraries is bounded, so this returns rather than hangs or throws.
 */
export function generatorGaps(service: ServiceView): GeneratorGap[] {
  const gaps: GeneratorGap[] = [];
  for (const shape of service.shapes.values()) {
    const members: MemberView[] = [
      ...(shape.members?.values() ?? []),
      ...[shape.member, shape.key, shape.value].filter((m): m is MemberView => m !== undefined),
    ];
    for (const member of members) {
      try {
        // A fresh builder per member: a gap must be reported where it is, not where it was first met.
        new ValueArbitraries().member(member);
      } catch (error) {
        if (!(error instanceof GeneratorGapError)) throw error;
        gaps.push({ shape: shape.name, member: member.name, reason: error.message });
      }
    }
  }
  return gaps;
}
