/** The hostile answers the fault proxy gives, as data: each kind's name and how often it is drawn. */

/** Every kind of fault the proxy injects; `passthrough` forwards to the real target untouched. */
export const FAULT_KINDS = [
  "nonJson",
  "truncatedJson",
  "emptyJsonBody",
  "body10MB",
  "body100MB",
  "endlessBody",
  "stallBeforeHeaders",
  "connectionReset",
  "contentLengthTooLong",
  "contentLengthTooShort",
  "invalidUtf8",
  "duplicateHeaders",
  "informational1xx",
  "switchingProtocols101",
  "redirect3xx",
  "throttle429",
  "unavailable503",
  "echoRequestHeaders",
] as const;

/** One kind of hostile answer. */
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * Relative weights. The slow kinds (they cost a client timeout or megabytes) are drawn less often so a
 * 10,000-request soak stays within minutes; each still shows up dozens of times.
 */
export const FAULT_WEIGHTS: Readonly<Record<FaultKind, number>> = {
  nonJson: 3,
  truncatedJson: 3,
  emptyJsonBody: 3,
  body10MB: 1,
  body100MB: 1,
  endlessBody: 1,
  stallBeforeHeaders: 1,
  connectionReset: 3,
  contentLengthTooLong: 2,
  contentLengthTooShort: 2,
  invalidUtf8: 3,
  duplicateHeaders: 3,
  informational1xx: 3,
  switchingProtocols101: 1,
  redirect3xx: 3,
  throttle429: 3,
  unavailable503: 2,
  echoRequestHeaders: 2,
};

/** Draws one of `kinds` by weight from a uniform number in [0, 1). */
export function pickFault(u: number, kinds: readonly FaultKind[] = FAULT_KINDS): FaultKind {
  const total = kinds.reduce((sum, k) => sum + FAULT_WEIGHTS[k], 0);
  let left = u * total;
  for (const kind of kinds) {
    left -= FAULT_WEIGHTS[kind];
    if (left < 0) return kind;
  }
  return kinds[kinds.length - 1] as FaultKind;
}
