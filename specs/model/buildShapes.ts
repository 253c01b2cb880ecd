import type { MemberView, ShapeView } from "../../core/serviceView.ts";
import type { Ast, AstMember, AstShape } from "./astTypes.ts";
import { type DraftShape, draftPreludeShape, draftShape } from "./draftShape.ts";
import { ModelError } from "./ModelError.ts";
import { readBinding } from "./readBinding.ts";
import { mergeConstraints, readConstraints } from "./readConstraints.ts";
import { SERVICE_SHAPE_TYPES } from "./shapeKinds.ts";

/**
 * Builds every value shape exactly once: drafts first, then members linked to drafts, so recursive
 * shapes point at the same object. Members of `boundIds` (operation input/output) get HTTP bindings.
 */
export function buildShapes(ast: Ast, boundIds: ReadonlySet<string>): Map<string, ShapeView> {
  const drafts = new Map<string, DraftShape>();
  for (const [id, shape] of Object.entries(ast.shapes)) {
    if (!SERVICE_SHAPE_TYPES.has(shape.type)) drafts.set(id, draftShape(id, shape));
  }
  // Operations may use prelude shapes (`smithy.api#Unit`) as input or output without any member targeting them.
  for (const id of boundIds) {
    const prelude = drafts.has(id) ? undefined : draftPreludeShape(id);
    if (prelude) drafts.set(id, prelude);
  }
  const resolve = (target: string, where: string): ShapeView => {
    const found = drafts.get(target) ?? draftPreludeShape(target);
    if (!found) throw new ModelError(where, `targets missing shape ${target}`);
    drafts.set(target, found);
    return found;
  };
  for (const [id, shape] of Object.entries(ast.shapes)) {
    const draft = drafts.get(id);
    if (draft) linkMembers(draft, shape, resolve, boundIds.has(id));
  }
  return drafts;
}

type Resolve = (target: string, where: string) => ShapeView;

function linkMembers(draft: DraftShape, shape: AstShape, resolve: Resolve, bound: boolean): void {
  const link = (name: string, member: AstMember | undefined, withBinding = false): MemberView => {
    const where = `${draft.id}$${name}`;
    if (typeof member?.target !== "string") throw new ModelError(where, "member has no target");
    const target = resolve(member.target, where);
    return {
      name,
      container: draft.id,
      target,
      required: member.traits?.["smithy.api#required"] !== undefined,
      constraints: mergeConstraints(target.constraints, readConstraints(member.traits, where)),
      binding: withBinding ? readBinding(member.traits, where) : { kind: "body" },
    };
  };
  if (draft.kind === "structure") {
    const members = Object.entries(shape.members ?? {}).map(
      ([name, m]) => [name, link(name, m, bound)] as const,
    );
    draft.members = new Map(members);
  } else if (draft.kind === "list") {
    draft.member = link("member", shape.member);
  } else if (draft.kind === "map") {
    draft.key = link("key", shape.key);
    draft.value = link("value", shape.value);
  }
}
