import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** Interpreters to try, in order: the named override, `$PYTHON`, python3, newer ones, then pyenv's. */
export function pythonCandidates(env: NodeJS.ProcessEnv, override?: string): string[] {
  const fromEnv = [override ? env[override] : undefined, env.PYTHON].filter((p): p is string => !!p);
  const named = ["python3", "python3.14", "python3.13", "python3.12", "python3.11", "python3.10"];
  // pyenv shims refuse versions that are installed but not selected; its version folders do not.
  const pyenvVersions = join(env.PYENV_ROOT ?? join(homedir(), ".pyenv"), "versions");
  const pyenv = existsSync(pyenvVersions)
    ? readdirSync(pyenvVersions)
        .sort((a, b) => b.localeCompare(a, undefined, { numeric: true }))
        .map((v) => join(pyenvVersions, v, "bin", "python3"))
    : [];
  return [...fromEnv, ...named, ...pyenv];
}

/** `[major, minor]` of an interpreter, or undefined when it does not run. */
function versionOf(python: string): [number, number] | undefined {
  const run = spawnSync(python, ["-c", "import sys; print(sys.version_info[0], sys.version_info[1])"], {
    encoding: "utf8",
    timeout: 10_000,
  });
  if (run.status !== 0) return undefined;
  const [major, minor] = run.stdout.trim().split(" ").map(Number);
  return major === undefined || minor === undefined ? undefined : [major, minor];
}

/** The first candidate at least `min`, or undefined. */
export function pickPython(
  min: readonly [number, number],
  env: NodeJS.ProcessEnv = process.env,
  override?: string,
): string | undefined {
  return pythonCandidates(env, override).find((python) => {
    const v = versionOf(python);
    return v !== undefined && (v[0] > min[0] || (v[0] === min[0] && v[1] >= min[1]));
  });
}
