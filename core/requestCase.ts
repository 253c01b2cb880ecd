/** What the generators produce and everything downstream consumes: one request and what it means. */

export type Phase = "valid" | "invalid" | "boundary" | "stateful" | "protocol";

/** The constraint an invalid case breaks; the names users see in reports and `--violations`. */
export type ViolationKind =
  | "patternMismatch"
  | "tooShort"
  | "tooLong"
  | "belowRange"
  | "aboveRange"
  | "notInEnum"
  | "missingRequired"
  | "wrongType"
  | "listTooShort"
  | "listTooLong"
  | "mapTooLarge"
  | "mapTooSmall"
  | "mapKeyViolation"
  | "mapValueViolation"
  | "malformedJson"
  | "unknownMember";

/** Exactly one broken constraint of an invalid case; the rest of the request is valid. */
export interface Violation {
  /** JSON pointer into the input value, e.g. `/Environment/Variables/KEY`; `""` for the whole body. */
  readonly path: string;
  readonly kind: ViolationKind;
  /** The model constraint it breaks, in the validator's terms (`pattern`, `length`, `range`, …). */
  readonly constraint: string;
  /** Only the raw HTTP transport can send it (wrong JSON types, malformed JSON, unknown members). */
  readonly rawOnly: boolean;
}

/** What a protocol-phase case breaks around the operation: its signing or its HTTP framing. */
export type ProbeKind =
  | "headerAuth"
  | "unsigned"
  | "wrongSecret"
  | "wrongService"
  | "wrongRegion"
  | "malformedToken"
  | "staleDate"
  | "futureDate"
  | "queryAuth"
  | "expiredPresign"
  | "unknownPath"
  | "unsupportedMethod"
  | "wrongContentType"
  | "undecodableBody"
  | "oversizedPayload";

/** The label of a protocol-phase case: what it breaks and what the document says the answer must be. */
export interface ProtocolProbe {
  readonly kind: ProbeKind;
  /** One line: what the request breaks (`no Authorization header`). */
  readonly breaks: string;
  /** One line: the answer the document (or recorded AWS behaviour) gives for it. */
  readonly expects: string;
  /** `service`: a behaviour of the whole service, reported as one finding listing its operations. */
  readonly scope: "service" | "operation";
}

/** One request to send: the operation's input as member name → value (SDK shape, blobs base64). */
export interface RequestCase {
  readonly operation: string;
  readonly phase: Phase;
  readonly input: Readonly<Record<string, unknown>>;
  /** Present exactly when the case is invalid. */
  readonly violation?: Violation;
  /** Raw body override for violations no structured value can express (malformed JSON). */
  readonly rawBody?: string;
  /** For boundary cases: which edge this is (`min`, `max`, `min-1`, `max+1`, `empty`, …). */
  readonly boundary?: string;
  /** Present exactly on protocol-phase cases. */
  readonly probe?: ProtocolProbe;
  /** fast-check seed and path that regenerate this case. */
  readonly seed: number;
  readonly path?: string;
}
