/** Emulators the suite can start by itself. */
export type EmulatorKind = "moto" | "localstack";

/** How to start one: a container (Docker reachable), the project venv, or not at all (and why). */
export type StarterChoice =
  | { readonly via: "container" }
  | { readonly via: "venv" }
  | { readonly via: "unavailable"; readonly reason: string };

/** Facts the choice depends on, gathered by the caller so the choice itself stays pure. */
export interface StarterFacts {
  readonly dockerReachable: boolean;
  readonly venvInstalled: boolean;
  /** Force one way (e.g. `--target-via venv`); default prefers containers, the images users run. */
  readonly prefer?: "container" | "venv";
}

/** Picks how to start `kind`: containers only when a Docker engine answers, else the venv. */
export function selectStarter(kind: EmulatorKind, facts: StarterFacts): StarterChoice {
  const order = facts.prefer === "venv" ? (["venv", "container"] as const) : (["container", "venv"] as const);
  for (const via of order) {
    if (via === "container" && facts.dockerReachable) return { via };
    if (via === "venv" && facts.venvInstalled) return { via };
  }
  const venvHint =
    kind === "moto"
      ? "run `npm run setup:emulators`"
      : "run `npm run setup:emulators` (LocalStack is best effort)";
  return {
    via: "unavailable",
    reason: `cannot start ${kind}: no Docker engine reachable and no venv install; ${venvHint}`,
  };
}
