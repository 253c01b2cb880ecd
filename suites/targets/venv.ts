import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

/** Project root, so starters find `.venv` whatever the current directory of the caller. */
export const PROJECT_ROOT = resolve(import.meta.dirname, "..", "..");

/** Venv for moto, made by `npm run setup:emulators`. */
export const MOTO_VENV = join(PROJECT_ROOT, ".venv");

/** Separate venv for LocalStack, whose pins clash with plain moto. */
export const LOCALSTACK_VENV = join(PROJECT_ROOT, ".venv-localstack");

/** Path of an executable in a venv, or undefined when it is not installed. */
export function venvBin(venv: string, name: string): string | undefined {
  const path = join(venv, "bin", name);
  return existsSync(path) ? path : undefined;
}

/** Version of an installed distribution, read from its dist-info folder name (no Python start needed). */
export function installedVersion(venv: string, distribution: string): string | undefined {
  const libDir = join(venv, "lib");
  if (!existsSync(libDir)) return undefined;
  const prefix = `${distribution.replace(/-/g, "_").toLowerCase()}-`;
  for (const python of readdirSync(libDir)) {
    const site = join(libDir, python, "site-packages");
    if (!existsSync(site)) continue;
    for (const entry of readdirSync(site)) {
      const name = entry.toLowerCase();
      if (name.startsWith(prefix) && name.endsWith(".dist-info")) {
        return entry.slice(prefix.length, -".dist-info".length);
      }
    }
  }
  return undefined;
}
