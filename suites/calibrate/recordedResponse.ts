/** One response recorded from a real target, as the calibration file holds it (docs/calibration.md). */
export interface RecordedResponse {
  /** Where it was recorded (a test name, a capture id); shown next to every fail. */
  readonly source: string;
  /** The operation name as the model spells it (`GetFunction`). */
  readonly operation: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The body text as it went on the wire (JSON text, or "" for none). */
  readonly body: string;
}

/** A calibration file: recorded responses and where they come from. */
export interface CalibrationSet {
  readonly about?: string;
  readonly license?: string;
  readonly responses: readonly RecordedResponse[];
}
