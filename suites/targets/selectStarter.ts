/** How to start one: a container (Docker reachable), the local install, install it first, or not at all (and why). */
export type StarterChoice =
  | { readonly via: "container" }
  | { readonly via: "venv" }
  | { readonly via: "install" }
  | { readonly via: "unavailable"; readonly reason: string };

/** Facts the choice depends on, gathered by the caller so the choice itself stays pure. */
export interface StarterFacts {
  /** A Docker engine answers and the emulator has an image. */
  readonly dockerReachable: boolean;
  /** Installed locally (a venv, or a binary). */
  readonly venvInstalled: boolean;
  /** It may be installed on first use (not the ones that take an hour to build). */
  readonly installable?: boolean;
  /** The command that installs it, for the message when nothing works. */
  readonly installCommand?: string;
  /** Force one way (e.g. `--target-via venv`); default prefers containers, the images users run. */
  readonly prefer?: "container" | "venv";
}

/** Picks how to start `kind`: containers only when a Docker engine answers, else the local install. */
export function selectStarter(kind: string, facts: StarterFacts): StarterChoice {
  const order = facts.prefer === "venv" ? (["venv", "container"] as const) : (["container", "venv"] as const);
  for (const via of order) {
    if (via === "container" && facts.dockerReachable) return { via };
    if (via === "venv" && facts.venvInstalled) return { via };
  }
  if (facts.installable) return { via: "install" };
  return {
    via: "unavailable",
    reason: `cannot start ${kind}: no Docker engine reachable and no local install; run \`${facts.installCommand ?? "npm run setup:emulators"}\``,
  };
}
