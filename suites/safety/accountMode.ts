/**
 * Whose account a run acts on. `owned`: a target the suite started itself (an emulator on a loopback
 * port), nothing there belongs to anyone else. `shared`: an endpoint or real AWS, the default there;
 * every changing request may name only what the run created or has just confirmed absent.
 * `disposable`: an endpoint the user declares expendable (`--account disposable`); no guard.
 */
export type AccountMode = "owned" | "shared" | "disposable";

/** What `--account` accepts; `owned` is never declared, it follows from starting the target. */
export const DECLARABLE_MODES = ["shared", "disposable"] as const;
export type DeclaredMode = (typeof DECLARABLE_MODES)[number];

/** The mode in force: what the user declared, else `owned` for a started target, else `shared`. */
export function accountMode(startedBySuite: boolean, declared?: DeclaredMode): AccountMode {
  return declared ?? (startedBySuite ? "owned" : "shared");
}

/** The run header's line on the mode. */
export function describeMode(mode: AccountMode): string {
  switch (mode) {
    case "owned":
      return "account owned (the suite started the target; no guard)";
    case "shared":
      return "account shared (ownership guard on: changing requests name only what this run created or confirmed absent)";
    case "disposable":
      return "account disposable (declared with --account disposable; no guard: anything may be changed or deleted)";
  }
}
