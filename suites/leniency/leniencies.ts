/**
 * Every place where real AWS behaviour, not the reference document, defines "conformant": the document is
 * loose there (a value left unstated, an error named differently, a status that depends on the input).
 * The data constants are what the predicates beside this file read; `LENIENCIES` documents them, and
 * `docs/leniencies.md` is rendered from it (`renderLeniencies`).
 */

/** One documented leniency: why the suite accepts what it accepts. */
export interface Leniency {
  /** Stable identifier, quoted in check code and reports. */
  readonly id: string;
  /** What the reference document says (or leaves out). */
  readonly document: string;
  /** What AWS Lambda actually does. */
  readonly aws: string;
  /** The rule the suite applies, rendered from the data constant so the docs cannot drift. */
  readonly rule: string;
  /** Names of the checks that apply it (`suites/checks/registry.ts`). */
  readonly checks: readonly string[];
}

/** Success status by the value of one input member, for operations whose document text makes it depend on it. */
export interface StatusByMember {
  readonly operation: string;
  readonly member: string;
  readonly byValue: Readonly<Record<string, number>>;
  /** The value AWS assumes when the member is absent. */
  readonly whenAbsent: string;
}

/** Invoke: "RequestResponse → 200, Event → 202, DryRun → 204"; InvokeWithResponseStream: 200, DryRun 204 (the StatusCode response element). */
export const STATUS_BY_MEMBER: readonly StatusByMember[] = [
  {
    operation: "Invoke",
    member: "InvocationType",
    byValue: { RequestResponse: 200, Event: 202, DryRun: 204 },
    whenAbsent: "RequestResponse",
  },
  {
    operation: "InvokeWithResponseStream",
    member: "InvocationType",
    byValue: { RequestResponse: 200, DryRun: 204 },
    whenAbsent: "RequestResponse",
  },
];

/** Operations whose success is a stream of event frames (`application/vnd.amazon.eventstream`), not a JSON body. */
export const EVENT_STREAM_OPERATIONS: readonly string[] = ["InvokeWithResponseStream"];

/** Success statuses AWS sends where the document gives none (the model's code is the extractor's default). */
export const SUCCESS_STATUS_OVERRIDES: Readonly<Record<string, readonly number[]>> = {
  InvokeAsync: [202],
};

/** Error types AWS returns to any operation that the document's common-error list names differently or omits. */
export const EXTRA_COMMON_ERRORS: Readonly<Record<string, number>> = {
  ValidationException: 400,
  InvalidSignatureException: 403,
};

/**
 * Error types real AWS Lambda sends when it refuses a request's authentication that the document's
 * common-error list does not name, with their status (evidence in the `LENIENCIES` rows below).
 */
export const AWS_AUTH_ERRORS: Readonly<Record<string, number>> = {
  MissingAuthenticationTokenException: 403,
  InvalidSignatureException: 403,
};

/** Statuses an untyped answer may have when a path does not take the method: HTTP's own answer. */
export const METHOD_NOT_ALLOWED_STATUSES: readonly number[] = [405];

/** Error types that mean "the input does not fit the model" (syntax, types, constraints). */
export const SCHEMA_REJECTION_TYPES: readonly string[] = [
  "ValidationException",
  "ValidationError",
  "InvalidRequestContentException",
  "SerializationException",
  "MalformedHttpRequestException",
];

/** Error types Lambda uses both for constraint violations and for values that fit the model but do not resolve. */
export const SEMANTIC_REJECTION_TYPES: readonly string[] = ["InvalidParameterValueException"];

/** Error types of a size limit, which an oversized value may hit before member validation runs. */
export const SIZE_REJECTION_TYPES: readonly string[] = [
  "RequestEntityTooLargeException",
  "RequestTooLargeException",
];

/** Error types saying the identity a request creates exists already (a confounded case, not a verdict). */
export const CONFLICT_ERROR_TYPES: readonly string[] = ["ResourceConflictException"];

/** Media types a JSON response may carry, and how each is judged. */
export const JSON_MEDIA_TYPES: Readonly<Record<string, "pass" | "warn">> = {
  "application/json": "pass",
  "application/x-amz-json-1.0": "warn",
  "application/x-amz-json-1.1": "warn",
};

/**
 * Enum values real AWS is recorded sending that the document does not list, by enum shape name, each
 * with the recorded response that shows it. Only values no family rule covers belong here.
 */
export const RECORDED_ENUM_VALUES: Readonly<Record<string, readonly string[]>> = {
  // UpdateFunctionConfiguration / UpdateFunctionCode 200s (LocalStack parity snapshots of real AWS,
  // e.g. TestLambdaFunction::test_redundant_updates / first_update_result); the document lists
  // `Creating` for StateReasonCode, not for LastUpdateStatusReasonCode.
  LastUpdateStatusReasonCode: ["Creating"],
};

/** An invalid case whose rejection neither the document nor a recorded AWS answer decides. */
export type UndecidedCase = "unknownMember" | "emptyQueryValue";

/** The question each undecided case leaves open, named in its warn (rows `unknownMemberUndecided`, `emptyQueryValueUndecided`). */
export const UNDECIDED_QUESTIONS: Readonly<Record<UndecidedCase, string>> = {
  unknownMember: "may a JSON body carry a member the document does not list?",
  emptyQueryValue:
    "is an empty query value valid, as the member's pattern admits, or too short, as its length minimum 1 says?",
};

const list = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(", ");

/** The one table: every leniency the checks apply, with what the document says and what AWS does. */
export const LENIENCIES: readonly Leniency[] = [
  {
    id: "invokeStatusByInvocationType",
    document:
      "Invoke's `code` is one value (200), but its StatusCode element says: 200 for `RequestResponse`, 202 for `Event`, 204 for `DryRun`; InvokeWithResponseStream's says 200 for `RequestResponse`, 204 for `DryRun`.",
    aws: "Answers with the status of the invocation type sent in `X-Amz-Invocation-Type`; `RequestResponse` when absent.",
    rule: STATUS_BY_MEMBER.map(
      (s) =>
        `${s.operation}: status by \`${s.member}\` — ${Object.entries(s.byValue)
          .map(([value, status]) => `${value} → ${status}`)
          .join(", ")}; absent → ${s.whenAbsent}`,
    ).join("; "),
    checks: ["successStatus"],
  },
  {
    id: "invokeAsyncAccepted",
    document:
      "InvokeAsync's response syntax is `HTTP/1.1 Status` with no value; the model carries the default 200.",
    aws: "Answers 202 Accepted (the SDK's own model has `code: 202`).",
    rule: Object.entries(SUCCESS_STATUS_OVERRIDES)
      .map(([op, statuses]) => `${op}: ${statuses.join(" or ")}`)
      .join("; "),
    checks: ["successStatus"],
  },
  {
    id: "validationExceptionName",
    document:
      "The common-error list names `ValidationError` (400) for input that fails the service's constraints, and no operation lists an error for its member constraints.",
    aws: "Sends `ValidationException` (400), \"1 validation error detected: Value … at '…' failed to satisfy constraint: …\".",
    rule: "`ValidationException` is a documented common error with status 400.",
    checks: ["errorIdentity", "negativeDataRejection", "positiveDataAcceptance"],
  },
  {
    id: "invalidSignatureException",
    document:
      "The common-error list has `IncompleteSignature` (403) but no error for a signature that does not match.",
    aws: "Sends `InvalidSignatureException` (403) when the signature does not match.",
    rule: "`InvalidSignatureException` is a documented common error with status 403.",
    checks: ["errorIdentity"],
  },
  {
    id: "missingAuthenticationToken",
    document:
      "The common-error list gives `IncompleteSignature` (403) and `NotAuthorized` (401) for requests whose authentication is missing or not to standard; it has no error for a request with no authentication at all.",
    aws: 'Answers a request with no `Authorization` header and no query signature with 403 `MissingAuthenticationTokenException` ("Missing Authentication Token", from `lambda.us-east-1.amazonaws.com/2015-03-31/functions/…/invocations`: https://github.com/brefphp/bref/issues/1250).',
    rule: "An unsigned request rejected with `MissingAuthenticationTokenException` 403 counts as rejected.",
    checks: ["authenticationEnforced"],
  },
  {
    id: "signatureExpiredAsInvalidSignature",
    document:
      "`RequestExpired` (400): the request reached the service more than 15 minutes after its date stamp or its presigned expiry, or its date stamp is more than 15 minutes in the future.",
    aws: 'Lambda answers a stale `X-Amz-Date` with 403 `InvalidSignatureException` "Signature expired: … is now earlier than … (… - 5 min.)" (AmazonLambdaClient.Invoke: https://github.com/aws/aws-sdk-net/issues/809; the JS SDK\'s clock-skew retry is built for that answer: https://github.com/smithy-lang/smithy-typescript/pull/1965), and a future one with "Signature not yet current". The same type answers a mismatched signature or credential scope (https://gist.github.com/alexmchale/b98a4fd4b78ce5f245a62b40038e9947, a Lambda Invoke).',
    rule: "For stale, future and expired-presign dates, and for a wrong secret or credential scope: `InvalidSignatureException` 403 counts as rejected, beside the document's `RequestExpired` 400 and `IncompleteSignature` 403.",
    checks: ["requestExpiry", "authenticationEnforced"],
  },
  {
    id: "methodNotAllowed",
    document:
      "`UnknownOperationException` (404): the requested action or operation is not valid. Nothing on a known path with a method it does not take.",
    aws: "No recorded answer; HTTP's own answer for a method a resource does not take is 405.",
    rule: `An untyped ${METHOD_NOT_ALLOWED_STATUSES.join(", ")} to a method the path does not take is a warn, not a fail: the document names only \`UnknownOperationException\` 404.`,
    checks: ["unsupportedMethod"],
  },
  {
    id: "constraintViolationErrors",
    document:
      "Members state length, pattern, range and enum constraints but not which error breaking one yields; operations list `InvalidParameterValueException` and `InvalidRequestContentException` in general terms.",
    aws: "Constraint violations → `ValidationException`; unparsable bodies and wrong JSON types → `InvalidRequestContentException` (or `SerializationException` at the front end); bad values → `InvalidParameterValueException`; all 400.",
    rule: `An invalid case must be rejected with a 4xx of one of ${list([...SCHEMA_REJECTION_TYPES, ...SEMANTIC_REJECTION_TYPES])}; a valid case rejected with one of ${list(SCHEMA_REJECTION_TYPES)} fails.`,
    checks: ["negativeDataRejection", "positiveDataAcceptance", "malformedRequest"],
  },
  {
    id: "conflictIsInconclusive",
    document:
      "`ResourceConflictException` (409): the resource already exists; the document does not say whether input validation comes before that test.",
    aws: "No recorded AWS answer has an invalid request on an identity that exists; the suite makes each case's identity free first, so such an answer is an earlier case's leftover.",
    rule: `An invalid case answered 409 with one of ${list(CONFLICT_ERROR_TYPES)} is a warn (inconclusive: the violation was not judged), never a fail.`,
    checks: ["negativeDataRejection"],
  },
  {
    id: "nameFormDefectIsInconclusive",
    document:
      'FunctionName takes three forms: "함수 이름 - my-function", "함수 ARN - arn:aws:lambda:us-west-2:123456789012:function:my-function", "부분적 ARN - 123456789012:function:my-function", each with an optional version or alias (seed lines 1048-1058, and under every operation with a FunctionName label).',
    aws: "Resolves every form to the same function; no recorded AWS answer is a 404 for an existing function named by its ARN.",
    rule: "When every valid case of an operation that names the function in one form is answered 404 while a valid case in another form, equally qualified (a version or alias in the name or as `Qualifier`, or neither), succeeds, the target cannot resolve that form: an invalid case in that form answered 404 is a warn (inconclusive: its violation was not judged) naming that defect, never a fail; a 2xx, 5xx or other 4xx is judged as always. Qualified and unqualified requests are never compared (a version without the config asked for is a 404 of its own).",
    checks: ["negativeDataRejection"],
  },
  {
    id: "invalidParameterValueIsSemantic",
    document: '`InvalidParameterValueException`: "One of the parameters in the request is not valid."',
    aws: "Also used for values that fit the model but do not resolve (a role Lambda cannot assume, a runtime not offered for the architecture, a subnet that does not exist).",
    rule: `A valid case rejected with ${list(SEMANTIC_REJECTION_TYPES)} is a warn, not a fail: generated values cannot name real resources.`,
    checks: ["positiveDataAcceptance"],
  },
  {
    id: "sizeLimitRejection",
    document: "Lengths are member constraints; request size limits are separate errors (413).",
    aws: "An oversized value may hit the request size limit before member validation runs.",
    rule: `An invalid case rejected with ${list(SIZE_REJECTION_TYPES)} counts as rejected; so does an oversized payload (protocol phase).`,
    checks: ["negativeDataRejection", "payloadLimit"],
  },
  {
    id: "labelViolationRouting",
    document: "Path labels are required members with a minimum length of 1 and a pattern.",
    aws: "An empty label or one with `/` changes the path, so the request reaches another route or none: 404 `UnknownOperationException`, `ResourceNotFoundException` or the other route's answer.",
    rule: "For a violation of a label member, any 4xx counts as rejected, a routing 404 is not read as an unimplemented operation, and a routing miss (an untyped 404/405, often HTML) is not judged for its media type.",
    checks: ["negativeDataRejection", "unimplementedOperation", "contentType"],
  },
  {
    id: "emptyLabelRoutesElsewhere",
    document: "Path labels are required; the document does not say what a request without one is.",
    aws: "An empty label collapses the path onto another operation's route (`GET /2015-03-31/functions/` is ListFunctions), which answers as that operation; the SDKs refuse to send such a request at all.",
    rule: "A case with an empty path label is still sent and judged for server errors, but no check judges it as a call of its own operation (its success, error identity, shape, media type, acceptance or rejection; a 308 redirect page included).",
    checks: [
      "contentType",
      "successStatus",
      "errorIdentity",
      "responseShape",
      "negativeDataRejection",
      "positiveDataAcceptance",
    ],
  },
  {
    id: "errorTypeLocation",
    document: "Errors are given by name and status only; not where the name travels on the wire.",
    aws: '`X-Amzn-ErrorType: Name:http://internal.amazon.com/coral/com.amazonaws.lambda/` plus a body `{"Type":"User","Message":…}` whose `Type` is the fault, not the name.',
    rule: "The error type is read as the SDK reads restJson1 (`loadRestJsonErrorCode`): header, then body `code`, then `__type`; `ns#` prefix and `:`/`,` suffix stripped. Body `Type` is never the name.",
    checks: ["errorIdentity", "negativeDataRejection", "positiveDataAcceptance", "unimplementedOperation"],
  },
  {
    id: "jsonMediaType",
    document: "Response syntax shows JSON bodies; restJson1's media type is `application/json`.",
    aws: "Sends `application/json` on JSON bodies, success and error alike.",
    rule: `${Object.entries(JSON_MEDIA_TYPES)
      .map(([type, verdict]) => `\`${type}\` → ${verdict}`)
      .join(
        ", ",
      )}; parameters ignored; anything else or none → fail. The awsJson types warn: the SDK parses them, but they are another protocol's.`,
    checks: ["contentType"],
  },
  {
    id: "enumValueDrift",
    document:
      "Enums list the values valid when the document was written (Runtime: `python3.12`, `nodejs20.x`, `java21`, `dotnet6` …).",
    aws: "Adds values later: newer runtimes (`python3.13`, `nodejs24.x`, `java25`, `dotnet8`) and new reason codes (`LastUpdateStatusReasonCode: Creating`) appear in recorded responses.",
    rule: `A response value outside its enum is a warn naming the drift when it is a later version of a documented family (same text, numbers replaced: \`python3.13\` after \`python3.12\`) or recorded from AWS (${Object.entries(
      RECORDED_ENUM_VALUES,
    )
      .map(([e, values]) => `${e}: ${list(values)}`)
      .join("; ")}); any other value (\`cobol85.x\` as a Runtime) fails.`,
    checks: ["responseShape"],
  },
  {
    id: "errorTypeDrift",
    document:
      "Each operation lists its errors; some lists lack errors the document declares for other operations.",
    aws: "Returns such errors anyway (`InvalidParameterValueException` from DeleteLayerVersion for an invalid version number, recorded in TestLambdaLayer::test_layer_exceptions).",
    rule: "An error type the document declares for another operation, with that declared status, is a warn on an operation whose list lacks it; a type the document never names, or a wrong status, fails.",
    checks: ["errorIdentity"],
  },
  {
    id: "eventStreamResponse",
    document:
      "InvokeWithResponseStream's Response Syntax gives `Content-Type: ResponseStreamContentType` and a body of `PayloadChunk` and `InvokeComplete` members.",
    aws: "Streams `application/vnd.amazon.eventstream` frames, one event per frame, named by its `:event-type` header (the SDK's model has an event-stream union).",
    rule: `${list(EVENT_STREAM_OPERATIONS)}: a success carrying event-stream frames has a conformant media type, and its frames are decoded (CRCs checked) into the members they name, which are judged as the body; frames that do not decode fail.`,
    checks: ["contentType", "responseShape"],
  },
  {
    id: "unknownResponseMembers",
    document: "Response syntax lists the members of each response.",
    aws: "Adds members over time (new configuration fields appear before the document lists them); SDKs ignore unknown members.",
    rule: "An unknown response member is a warn, never a fail.",
    checks: ["responseShape"],
  },
  {
    id: "unknownMemberUndecided",
    document:
      'Each operation\'s 요청 본문 lists the members it takes, and says nothing of others; `ValidationError` is for input that does not meet the constraints the service states ("입력이 AWS 서비스에서 지정한 제약을 충족하지 않습니다", seed lines 17853-17855), and `InvalidRequestContentException` for a body that does not parse as JSON ("요청 본문을 JSON으로 구문 분석할 수 없습니다", lines 7661-7663). No constraint forbids a member it does not list.',
    aws: "No recorded AWS answer (calibration/aws-lambda-responses.json, 372 responses) has a request with an unlisted body member, accepted or rejected.",
    rule: `An invalid case whose one break is an unknown body member, answered 2xx, is a warn naming the question "${UNDECIDED_QUESTIONS.unknownMember}", not a fail; a 5xx or a non-validation 4xx still fails.`,
    checks: ["negativeDataRejection"],
  },
  {
    id: "emptyQueryValueUndecided",
    document:
      'Qualifier, the query member of the operations that take a version or alias, has "길이 제약: 최소 길이는 1입니다" and "Pattern: (|[a-zA-Z0-9\\$_-]+)", whose first alternative is the empty string (seed lines 1066-1072 for AddPermission; the same pattern at lines 4226, 5322, 5805, 7098, 7548, 11148, 11353, 14456): the length says `?Qualifier=` is too short, the pattern says it matches.',
    aws: "No recorded AWS answer (calibration/aws-lambda-responses.json) has a request with an empty query value; the recorded Qualifier rejections are of non-empty values (`'1'`, `'$LATEST'`, `'invalid-qualifier-with-?-char'`).",
    rule: `A too-short case whose value is an empty query value the member's own pattern admits, answered 2xx, is a warn naming the question "${UNDECIDED_QUESTIONS.emptyQueryValue}", not a fail; an empty value the pattern refuses, a non-empty one, and any 5xx or non-validation 4xx still fail. A body member whose pattern admits short values only through \`*\` (UpdateFunctionCode's S3Bucket \`^[0-9A-Za-z\\.\\-_]*(?!\\.)$\`, length 3–63, seed lines 13169-13177) is decided by its length: the pattern names no empty alternative and a sent body member is never absent.`,
    checks: ["negativeDataRejection"],
  },
];
