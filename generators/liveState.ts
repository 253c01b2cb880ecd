/**
 * Members whose valid value is live state or well-formed content, not a string of the right shape:
 * the document gives no pattern that says "this must exist" or "this must be a zip". A valid request
 * takes such a member from the fixture pool (filled from the target's state); without a pool value an
 * optional one is left out, so a valid case is one a client would send. Keys are member identities
 * (`Container.Member` or the bare member name), as in the fixture pool.
 */
import type { MemberView } from "../core/serviceView.ts";
import { memberIdentities } from "./FixturePool.ts";

export type LiveStateKind = "state" | "content";

export interface LiveStateMember {
  readonly kind: LiveStateKind;
  /** What a made-up value does instead, as seen on the targets. */
  readonly why: string;
}

export const LIVE_STATE: Readonly<Record<string, LiveStateMember>> = {
  RevisionId: { kind: "state", why: "the resource's current revision; any other value is a 412" },
  Marker: { kind: "state", why: "a token from a previous page; a made-up one is an error" },
  MasterRegion: { kind: "state", why: "a region that has replicas of the function; moto answers 500" },
  UUID: { kind: "state", why: "an existing event source mapping; a made-up one does not route" },
  "RemovePermissionRequest.StatementId": { kind: "state", why: "a statement of the policy; else 404" },
  "RemoveLayerVersionPermissionRequest.StatementId": {
    kind: "state",
    why: "a statement of the layer version's policy; else 404",
  },
  Qualifier: { kind: "state", why: "a version or alias that has the resource; else 404" },
  S3Bucket: { kind: "state", why: "a bucket that holds the package; a made-up one is NoSuchBucket" },
  S3Key: { kind: "state", why: "an object in that bucket" },
  S3ObjectVersion: { kind: "state", why: "a version of that object" },
  ImageUri: { kind: "state", why: "an image in a registry; a function from a zip has none" },
  ZipFile: { kind: "content", why: "a deployment package; random bytes do not unzip" },
  "InvokeRequest.Payload": { kind: "content", why: "the event, JSON; the function parses it" },
  "InvokeAsyncRequest.InvokeArgs": { kind: "content", why: "the event, JSON; the function parses it" },
  Destination: { kind: "content", why: "the ARN of a queue, topic or function that exists" },
  "AddPermissionRequest.Principal": {
    kind: "content",
    // The pattern is only `[^\s]+`; the document's text names the principals a client sends.
    why: "a service principal, account ID or IAM ARN; anything else is InvalidParameterValueException",
  },
};

/** The table row of a member, by its most specific identity. */
export function liveState(member: MemberView): LiveStateMember | undefined {
  for (const identity of memberIdentities(member)) {
    const row = LIVE_STATE[identity];
    if (row) return row;
  }
  return undefined;
}
