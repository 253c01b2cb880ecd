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
  /** Sent whenever the pool has a value, though the model has it optional: the prose requires it. */
  readonly sent?: true;
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
  "FunctionCode.ZipFile": {
    kind: "content",
    sent: true,
    // Code with none of its members is no package (함수를 생성하려면 배포 패키지가 필요합니다).
    why: "the package CreateFunction deploys; Code without it has none: moto answers 500",
  },
  "InvokeRequest.Payload": { kind: "content", why: "the event, JSON; the function parses it" },
  "InvokeAsyncRequest.InvokeArgs": { kind: "content", why: "the event, JSON; the function parses it" },
  Destination: { kind: "content", why: "the ARN of a queue, topic or function that exists" },
  // The package's own settings (suites/resources/zipPackage.ts): the document's prose, not the model's
  // constraints, ties them to the code. Every enum value passes the model; most break the package.
  "CreateFunctionRequest.Runtime": {
    kind: "content",
    sent: true,
    why: "the runtime of the package's code (배포 패키지가 .zip 파일 아카이브인 경우 런타임이 필요합니다); absent on a zip, LocalStack refuses; a deprecated one, LocalStack refuses and AWS blocks creation",
  },
  "UpdateFunctionConfigurationRequest.Runtime": {
    kind: "content",
    why: "the runtime of the function's code; LocalStack refuses a deprecated one, and another language's runtime cannot run it",
  },
  "CreateFunctionRequest.Handler": {
    kind: "content",
    sent: true,
    why: "the method in the package's code Lambda calls (코드 내 메서드 이름; 배포 패키지가 .zip 파일 아카이브인 경우 처리기가 필요합니다); a made-up one names nothing",
  },
  "UpdateFunctionConfigurationRequest.Handler": {
    kind: "content",
    why: "the method in the function's code Lambda calls (코드 내 메서드 이름); a made-up one names nothing",
  },
  "CreateFunctionRequest.PackageType": {
    kind: "content",
    why: "the kind of package Code holds (.zip 파일 아카이브의 경우 Zip으로 설정합니다); Image with a zip has no ImageUri: moto answers 500, LocalStack refuses",
  },
  "SnapStart.ApplyOn": {
    kind: "content",
    // The document names no SnapStart runtimes: None (유효 값: PublishedVersions | None) asks for no
    // snapshot, so it fits the package's runtime whatever that supports.
    why: "PublishedVersions with the package's nodejs runtime: 'nodejs20.x is not supported for SnapStart enabled functions' (LocalStack)",
  },
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
