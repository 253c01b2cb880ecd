/** Function lifecycle: create, get, get configuration, update configuration and code, list, delete. */
import fc from "fast-check";
import type { CommandSpec } from "../commandSpec.ts";
import {
  isNewRevision,
  newFunction,
  nextUnique,
  noteLatestChanged,
  noteRevision,
} from "../expected/expectedState.ts";
import { CONFLICT, NOT_FOUND, ok } from "../step.ts";
import { differs, firstOf, fnAt, fnIndex, fnLabel, sorted, uniqueZip } from "./shared.ts";

/** The tag every stateful function is created with, so ListTags has something from the start. */
export const CREATE_TAG = { "lambda-conformance": "stateful" } as const;

/** CreateFunction: 201 for a new name, 409 ResourceConflictException for one that exists. */
export const createFunction: CommandSpec<number> = {
  name: "CreateFunction",
  family: "functions",
  operations: ["CreateFunction"],
  args: fnIndex,
  show: fnLabel,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    const description = `d${nextUnique(m)}`;
    const out = await api.send({
      operation: "CreateFunction",
      input: {
        FunctionName: name,
        Runtime: "nodejs20.x",
        Role: m.roleArn,
        Handler: "index.handler",
        Code: { ZipFile: uniqueZip(m.counter) },
        Description: description,
        Tags: CREATE_TAG,
      },
      expect: fn ? CONFLICT : ok(201),
      verify: (b) =>
        firstOf(
          differs("FunctionName", b.FunctionName, name),
          differs("Version", b.Version, "$LATEST"),
          typeof b.RevisionId === "string" ? undefined : "RevisionId: missing on create",
        ),
    });
    if (!out?.bothSucceeded) return;
    const created = newFunction(description);
    if (typeof out.body.FunctionArn === "string") {
      created.arn = out.body.FunctionArn;
      m.learnt.functionArnPrefix ??= out.body.FunctionArn.slice(0, out.body.FunctionArn.length - name.length);
    }
    for (const [k, v] of Object.entries(CREATE_TAG)) created.tags.set(k, v);
    noteRevision(created, out.body.RevisionId);
    m.functions.set(name, created);
  },
};

/** GetFunction: the configuration of `$LATEST`, or 404 once deleted. */
export const getFunction: CommandSpec<number> = {
  name: "GetFunction",
  family: "functions",
  operations: ["GetFunction"],
  args: fnIndex,
  show: fnLabel,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    const out = await api.send({
      operation: "GetFunction",
      input: { FunctionName: name },
      expect: fn ? ok(200) : NOT_FOUND,
      verify: (b) => {
        const c = (b.Configuration ?? {}) as Record<string, unknown>;
        return firstOf(
          differs("FunctionName", c.FunctionName, name),
          differs("Version", c.Version, "$LATEST"),
          differs("Description", c.Description, fn?.description),
          fn?.revisionKnown ? differs("RevisionId on read", c.RevisionId, fn.revisionId) : undefined,
        );
      },
    });
    if (out?.bothSucceeded && fn)
      noteRevision(fn, (out.body.Configuration as Record<string, unknown>)?.RevisionId);
  },
};

/** Qualifiers a configuration read uses: none, `$LATEST`, the latest published version, a version never published. */
const QUALIFIERS = ["none", "$LATEST", "version", "missingVersion"] as const;

/** GetFunctionConfiguration, unqualified or by qualifier: `$LATEST` stays `$LATEST` after publishing. */
export const getFunctionConfiguration: CommandSpec<[number, (typeof QUALIFIERS)[number]]> = {
  name: "GetFunctionConfiguration",
  family: "functions",
  operations: ["GetFunctionConfiguration"],
  args: fc.tuple(fnIndex, fc.constantFrom(...QUALIFIERS)),
  show: ([i, q]) => `${fnLabel(i)}, ${q}`,
  pre: (m, [i, q]) => q !== "version" || (fnAt(m, i).fn?.versions.length ?? 0) > 0,
  async run(m, [i, q], api) {
    const { name, fn } = fnAt(m, i);
    const latest = fn?.versions.at(-1);
    const qualifier =
      q === "none"
        ? undefined
        : q === "$LATEST"
          ? "$LATEST"
          : q === "version"
            ? String(latest)
            : String((latest ?? 0) + 7);
    const readsLatest = qualifier === undefined || qualifier === "$LATEST";
    const out = await api.send({
      operation: "GetFunctionConfiguration",
      input: { FunctionName: name, ...(qualifier ? { Qualifier: qualifier } : {}) },
      expect: fn && q !== "missingVersion" ? ok(200) : NOT_FOUND,
      verify: (b) =>
        firstOf(
          differs("FunctionName", b.FunctionName, name),
          differs("Version", b.Version, readsLatest ? "$LATEST" : qualifier),
          readsLatest ? differs("Description", b.Description, fn?.description) : undefined,
          readsLatest && fn?.revisionKnown
            ? differs("RevisionId on read", b.RevisionId, fn.revisionId)
            : undefined,
        ),
    });
    if (out?.bothSucceeded && fn && readsLatest) noteRevision(fn, out.body.RevisionId);
  },
};

/** UpdateFunctionConfiguration: the new description reads back, and RevisionId changes. */
export const updateFunctionConfiguration: CommandSpec<number> = {
  name: "UpdateFunctionConfiguration",
  family: "functions",
  operations: ["UpdateFunctionConfiguration"],
  args: fnIndex,
  show: fnLabel,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    const description = `d${nextUnique(m)}`;
    const out = await api.send({
      operation: "UpdateFunctionConfiguration",
      input: { FunctionName: name, Description: description },
      expect: fn ? ok(200) : NOT_FOUND,
      verify: (b) =>
        firstOf(
          differs("Description", b.Description, description),
          fn && !isNewRevision(fn, b.RevisionId)
            ? "RevisionId: missing or unchanged after UpdateFunctionConfiguration"
            : undefined,
        ),
    });
    if (!out?.bothSucceeded || !fn) return;
    fn.description = description;
    noteLatestChanged(fn, out.body.RevisionId);
  },
};

/** UpdateFunctionCode with a new package: CodeSha256 and RevisionId change. */
export const updateFunctionCode: CommandSpec<number> = {
  name: "UpdateFunctionCode",
  family: "functions",
  operations: ["UpdateFunctionCode"],
  args: fnIndex,
  show: fnLabel,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    const out = await api.send({
      operation: "UpdateFunctionCode",
      input: { FunctionName: name, ZipFile: uniqueZip(nextUnique(m)) },
      expect: fn ? ok(200) : NOT_FOUND,
      verify: (b) =>
        fn && !isNewRevision(fn, b.RevisionId)
          ? "RevisionId: missing or unchanged after UpdateFunctionCode"
          : undefined,
    });
    if (!out?.bothSucceeded || !fn) return;
    noteLatestChanged(fn, out.body.RevisionId);
  },
};

/** ListFunctions: the run's functions are exactly the model's. */
export const listFunctions: CommandSpec<null> = {
  name: "ListFunctions",
  family: "functions",
  operations: ["ListFunctions"],
  args: fc.constant(null),
  show: () => "",
  async run(m, _, api) {
    await api.send({
      operation: "ListFunctions",
      input: { MaxItems: 50 },
      expect: ok(200),
      verify: (b) => {
        const listed = Array.isArray(b.Functions) ? (b.Functions as { FunctionName?: string }[]) : [];
        const ours = listed.flatMap((f) =>
          f.FunctionName?.startsWith(`${m.prefix}-f`) ? [f.FunctionName] : [],
        );
        return b.NextMarker
          ? undefined
          : differs("functions listed", sorted(ours), sorted(m.functions.keys()));
      },
    });
  },
};

/** DeleteFunction: 204, then every read of it is 404; 404 when it does not exist. */
export const deleteFunction: CommandSpec<number> = {
  name: "DeleteFunction",
  family: "functions",
  operations: ["DeleteFunction"],
  args: fnIndex,
  show: fnLabel,
  async run(m, i, api) {
    const { name, fn } = fnAt(m, i);
    const out = await api.send({
      operation: "DeleteFunction",
      input: { FunctionName: name },
      expect: fn ? ok(204) : NOT_FOUND,
    });
    if (out?.bothSucceeded) m.functions.delete(name);
  },
};
