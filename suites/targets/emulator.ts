/** One row of the emulator table (emulators.ts): how to install, start, await and name an emulator. */

/** Installed with pip into its own project-local venv (venvs keep their pins from clashing). */
export interface PipInstall {
  readonly kind: "pip";
  readonly venv: string;
  /** Resolved in one pip call, so extra pins constrain the main package's dependencies. */
  readonly requirements: readonly string[];
  /** Oldest Python it really runs on (which may be newer than its Requires-Python says). */
  readonly minPython: readonly [major: number, minor: number];
  /** Environment variable naming an interpreter to use first, e.g. `LOCALSTACK_PYTHON`. */
  readonly pythonEnv?: string;
  /** Python run after install: "installed" is not "runnable" when a dependency broke its imports. */
  readonly verify?: string;
  /** Distribution whose installed version is the emulator's version. */
  readonly distribution: string;
}

/** Compiled with `cargo install --root`: slow, so only ever on explicit request. */
export interface CargoInstall {
  readonly kind: "cargo";
  readonly crate: string;
  readonly version: string;
  readonly root: string;
  /** Printed before the build starts, so nobody is surprised by how long it takes. */
  readonly notice: string;
}

/** How to run its server on a loopback port and know it is ready. */
export interface ServerSpec {
  /** The executable, or undefined when it is not installed. */
  executable(): string | undefined;
  args(port: number): string[];
  /** Its environment; `dataDir` is a fresh temporary folder, removed after it stops. */
  env?(port: number, dataDir: string, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  /** Polled until it answers 2xx (moto answers its config with 201). */
  readonly healthPath: string;
  /** The version the health answer reports, when it reports one. */
  healthVersion?(body: unknown): string | undefined;
  /** Set-up that must happen once it serves and before any request of the run. */
  afterReady?(endpoint: string): Promise<void>;
  readonly startTimeoutMs: number;
  readonly stopGraceMs: number;
}

/** Whether `npm run setup:emulators` must, may or must not install it. */
export type SetupPolicy = "required" | "bestEffort" | "onRequest";

export interface Emulator {
  readonly name: string;
  readonly license: string;
  readonly setup: SetupPolicy;
  readonly install: PipInstall | CargoInstall;
  /** The command that installs only this one, for messages. */
  readonly installCommand: string;
  /** AWS services the fixtures call (Lambda, IAM for the execution role, SQS for the queue event source mappings map). */
  readonly services: readonly string[];
  readonly server: ServerSpec;
  /** Version of what is installed, without starting it. */
  installedVersion(): string | undefined;
  /** Image used instead when a Docker engine answers. */
  readonly container?: string;
}
