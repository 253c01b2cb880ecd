import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { CargoInstall } from "./emulator.ts";
import type { InstallResult } from "./installPip.ts";

/** `cargo install <crate> --version V --locked --root <root>`, its output shown live (it is long). */
export async function installCargo(spec: CargoInstall, say: (line: string) => void): Promise<InstallResult> {
  if (spawnSync("cargo", ["--version"]).status !== 0)
    return { ok: false, reason: "cargo was not found (install a Rust toolchain, e.g. with rustup)" };
  say(`[setup] ${spec.crate} ${spec.version}: ${spec.notice}`);
  mkdirSync(spec.root, { recursive: true });
  // Self-ignoring, like the venvs.
  writeFileSync(join(dirname(spec.root), ".gitignore"), "*\n");
  const args = ["install", spec.crate, "--version", spec.version, "--locked", "--root", spec.root];
  const ok = await new Promise<boolean>((resolve) => {
    const child = spawn("cargo", args, { stdio: ["ignore", "inherit", "inherit"] });
    child.once("error", () => resolve(false));
    child.once("exit", (code) => resolve(code === 0));
  });
  return ok
    ? { ok: true, already: false }
    : { ok: false, reason: `cargo ${args.join(" ")} failed (its output is above)` };
}
