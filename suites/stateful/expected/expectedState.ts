/**
 * The expected state: the documented Lambda resources a stateful run creates, as the target should hold
 * them (fast-check calls it the "model" of a model-based run; named apart from the Smithy model and `--model`).
 */

/** An alias as the model holds it. */
export interface AliasState {
  version: string;
  weights?: Record<string, number>;
  revisionId?: string;
}

/** A function as the model holds it; opaque values (ARN, revision ids) are learnt from the target's answers. */
export interface FunctionState {
  arn?: string;
  /** The last RevisionId the target returned for `$LATEST`. */
  revisionId?: string;
  /** RevisionIds the target returned before the current one: sending one must give 412. */
  staleRevisionIds: string[];
  /** No call with an unmodelled effect on RevisionId since it was learnt, so a read must return it. */
  revisionKnown: boolean;
  /** Published version numbers, ascending. */
  versions: number[];
  /** Code or configuration changed since the last publish (a publish then makes a new version). */
  dirty: boolean;
  description: string;
  aliases: Map<string, AliasState>;
  /** Statement ids of the resource policy. */
  policy: Set<string>;
  tags: Map<string, string>;
  reservedConcurrency?: number;
  eventInvokeRetries?: number;
  url: boolean;
  updateRuntimeOn: string;
  codeSigningConfigArn?: string;
  /** Provisioned concurrency by qualifier. */
  provisioned: Map<string, number>;
}

/** A published layer version. */
export interface LayerVersionState {
  arn?: string;
  policy: Set<string>;
}

/** A layer: its live versions, and the highest number ever published under its name. */
export interface LayerState {
  versions: Map<number, LayerVersionState>;
  lastVersion: number;
}

/** The whole expected state of one fast-check run. */
export interface ExpectedState {
  readonly prefix: string;
  readonly roleArn: string;
  readonly functions: Map<string, FunctionState>;
  readonly layers: Map<string, LayerState>;
  /** Code signing config ARNs the run created. */
  readonly codeSigningConfigs: string[];
  /** Operations the target answered as unimplemented: their commands are disabled for the rest of the run. */
  readonly disabled: ReadonlySet<string>;
  /** Highest layer version seen per name over the whole run: AWS never reuses a number, even after deletes. */
  readonly layerHighWater: Map<string, number>;
  /** What the run learnt from the target that holds across runs (the ARN form of its functions). */
  readonly learnt: Learnt;
  /** Source of unique values (descriptions, code contents). */
  counter: number;
}

/** Facts learnt from answers, kept across the runs of one phase. */
export interface Learnt {
  /** `arn:aws:lambda:<region>:<account>:function:`, from the first FunctionArn seen. */
  functionArnPrefix?: string;
}

/** How many names each kind draws from: few, so creates collide and deleted names come back. */
export const FUNCTION_NAMES = 3;
export const LAYER_NAMES = 2;

/** A fresh expected state: nothing exists yet. */
export function emptyExpectedState(
  prefix: string,
  roleArn: string,
  disabled: ReadonlySet<string> = new Set(),
  layerHighWater: Map<string, number> = new Map(),
  learnt: Learnt = {},
): ExpectedState {
  return {
    prefix,
    roleArn,
    functions: new Map(),
    layers: new Map(),
    codeSigningConfigs: [],
    disabled,
    layerHighWater,
    learnt,
    counter: 0,
  };
}

/** The state of a function just created. */
export function newFunction(description: string): FunctionState {
  return {
    staleRevisionIds: [],
    revisionKnown: false,
    versions: [],
    dirty: true,
    description,
    aliases: new Map(),
    policy: new Set(),
    tags: new Map(),
    url: false,
    updateRuntimeOn: "Auto",
    provisioned: new Map(),
  };
}

/** The i-th function name of the run. */
export function functionName(m: Pick<ExpectedState, "prefix">, index: number): string {
  return `${m.prefix}-f${index}`;
}

/** The i-th layer name of the run. */
export function layerName(m: Pick<ExpectedState, "prefix">, index: number): string {
  return `${m.prefix}-l${index}`;
}

/** Records the current RevisionId as the target returned it; the previous one becomes stale. */
export function noteRevision(fn: FunctionState, revisionId: unknown): void {
  if (typeof revisionId !== "string") return;
  fn.revisionKnown = true;
  if (revisionId === fn.revisionId) return;
  if (fn.revisionId !== undefined && !fn.staleRevisionIds.includes(fn.revisionId))
    fn.staleRevisionIds.push(fn.revisionId);
  fn.revisionId = revisionId;
}

/** `$LATEST` changed: the next PublishVersion makes a new version, and the answer's RevisionId is current. */
export function noteLatestChanged(fn: FunctionState, revisionId: unknown): void {
  fn.dirty = true;
  noteRevision(fn, revisionId);
}

/** A call whose effect on RevisionId the model does not predict: the next read learns it again. */
export function unsettleRevision(fn: FunctionState): void {
  fn.revisionKnown = false;
}

/** True when `revisionId` is new: neither the current one nor a stale one. */
export function isNewRevision(fn: FunctionState, revisionId: unknown): boolean {
  return (
    typeof revisionId === "string" &&
    revisionId !== fn.revisionId &&
    !fn.staleRevisionIds.includes(revisionId)
  );
}

/** The version the next PublishVersion returns: a new number after a change, else the latest one (AWS reuses it). */
export function expectedPublish(fn: FunctionState): { version: number; isNew: boolean } {
  const latest = fn.versions.at(-1);
  if (latest !== undefined && !fn.dirty) return { version: latest, isNew: false };
  return { version: (latest ?? 0) + 1, isNew: true };
}

/** The number the next PublishLayerVersion gets: above every number seen under that name. */
export function expectedLayerVersion(m: ExpectedState, name: string): number {
  return Math.max(m.layers.get(name)?.lastVersion ?? 0, m.layerHighWater.get(name) ?? 0) + 1;
}

/** Next unique value for descriptions and code contents. */
export function nextUnique(m: ExpectedState): number {
  m.counter += 1;
  return m.counter;
}

/** The ARN of a function by name: the one the target returned, else one built from a learnt ARN. */
export function functionArn(m: Readonly<ExpectedState>, name: string): string | undefined {
  const held = m.functions.get(name)?.arn;
  if (held) return held;
  return m.learnt.functionArnPrefix ? `${m.learnt.functionArnPrefix}${name}` : undefined;
}
