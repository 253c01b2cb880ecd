/**
 * The resources a request could act on, read from its input the way a lenient target might read it:
 * a function name is also taken as the name before a `:qualifier` and as the name inside a (partial)
 * ARN, so a target that wrongly accepts `a:$LATEST` or `000000000000:function:a` as a name still finds
 * `a` guarded.
 */
import type { OperationView } from "../../core/serviceView.ts";

export type ResourceKind = "function" | "layer" | "layerVersion" | "codeSigningConfig" | "eventSourceMapping";

/** One resource a request names: `id` is a name, an ARN or a UUID; a layer version adds its number. */
export interface NamedResource {
  readonly kind: ResourceKind;
  readonly id: string;
  readonly version?: number;
}

/** A request changes state unless it is a GET (the model's reads are exactly its GETs). */
export function changesState(op: OperationView): boolean {
  return op.method !== "GET";
}

const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

/** The function `value` names once a qualifier or ARN around it is read away: `a:1`, `…:function:a:1` → `a`. */
export function baseFunctionName(value: string): string {
  const afterArn = value.split(":function:")[1];
  return (afterArn ?? value).split(":")[0] ?? value;
}

/** Every name `value` could mean as a function: itself, and the name without qualifier or ARN. */
export function functionNames(value: string): string[] {
  return [...new Set([value, baseFunctionName(value)])].filter((n) => n !== "");
}

/** Every name `value` could mean as a layer: itself and the name inside a layer ARN. */
function layerNames(value: string): string[] {
  const names = new Set([value]);
  const afterArn = value.split(":layer:")[1];
  if (afterArn !== undefined) names.add(afterArn.split(":")[0] ?? afterArn);
  return [...names].filter((n) => n !== "");
}

/** What `input` of `op` names; empty for an operation that names nothing of anyone's (CreateCodeSigningConfig). */
export function namedResources(op: OperationView, input: Readonly<Record<string, unknown>>): NamedResource[] {
  const label = (member: string): boolean => op.input.members?.get(member)?.binding.kind === "label";
  const out: NamedResource[] = [];
  const fn = text(input.FunctionName);
  if (fn) for (const id of functionNames(fn)) out.push({ kind: "function", id });
  const layer = text(input.LayerName);
  // A version that is no number (an invalid case) could mean any: the whole layer is guarded then.
  const version = Number(input.VersionNumber);
  if (layer)
    for (const id of layerNames(layer))
      out.push(
        input.VersionNumber !== undefined && Number.isSafeInteger(version)
          ? { kind: "layerVersion", id, version }
          : { kind: "layer", id },
      );
  // A code signing config is changed only when its ARN is the path (Update/Delete); in a body it is referenced.
  const csc = text(input.CodeSigningConfigArn);
  if (csc && label("CodeSigningConfigArn")) out.push({ kind: "codeSigningConfig", id: csc });
  const uuid = text(input.UUID);
  if (uuid && label("UUID")) out.push({ kind: "eventSourceMapping", id: uuid });
  // Tags: the ARN names a function (or, failing that, is taken as a function name by a lenient target).
  const arn = text(input.ARN) ?? text(input.Resource);
  if (arn && (label("ARN") || label("Resource"))) {
    if (arn.includes(":code-signing-config:")) out.push({ kind: "codeSigningConfig", id: arn });
    else if (arn.includes(":event-source-mapping:"))
      out.push({ kind: "eventSourceMapping", id: arn.split(":event-source-mapping:")[1] ?? arn });
    else for (const id of functionNames(arn)) out.push({ kind: "function", id });
  }
  return out;
}

/** `function \`a\``, for a skip reason. */
export function describeResource(r: NamedResource): string {
  const what = {
    function: "function",
    layer: "layer",
    layerVersion: "layer version",
    codeSigningConfig: "code signing config",
    eventSourceMapping: "event source mapping",
  }[r.kind];
  const shown = r.id.length > 60 ? `${r.id.slice(0, 57)}… (${r.id.length} characters)` : r.id;
  return `${what} \`${shown}\`${r.kind === "layerVersion" ? ` version ${r.version}` : ""}`;
}
