/** A running (or external) Lambda API endpoint the suite sends requests to. */
export interface Target {
  /** What it is: `moto`, `localstack`, or `endpoint` for a URL given by the user. */
  readonly name: string;
  /** Base URL, e.g. `http://127.0.0.1:5123`. */
  readonly endpoint: string;
  /** Emulator version when known, for reports. */
  readonly version?: string;
  /** Releases what the target holds (a process, a container); safe to call twice. */
  stop(): Promise<void>;
}
