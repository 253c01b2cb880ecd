import { execFileSync, spawn } from "node:child_process";
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { PipInstall } from "./emulator.ts";
import { pickPython } from "./pickPython.ts";
import { PROJECT_ROOT } from "./venv.ts";

/** Runs a command with its output appended to `log`; resolves whether it exited 0. */
function run(command: string, args: readonly string[], log: string): Promise<boolean> {
  return new Promise((resolve) => {
    appendFileSync(log, `$ ${command} ${args.join(" ")}\n`);
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk: Buffer) => appendFileSync(log, chunk));
    child.stderr.on("data", (chunk: Buffer) => appendFileSync(log, chunk));
    child.once("error", (error) => {
      appendFileSync(log, `spawn failed: ${error.message}\n`);
      resolve(false);
    });
    child.once("exit", (code) => resolve(code === 0));
  });
}

/** Output of `python -V` ("Python 3.11.7"), part of the stamp: another interpreter means reinstall. */
function pythonLabel(python: string): string {
  return execFileSync(python, ["-V"], { encoding: "utf8" }).trim();
}

function safeLabel(python: string): string {
  try {
    return pythonLabel(python);
  } catch {
    return "";
  }
}

/** What happened; `reason` says why when it did not work, with the log to read. */
export type InstallResult =
  | { readonly ok: true; readonly already: boolean }
  | { readonly ok: false; readonly reason: string };

/**
 * Creates the venv if missing (or made by another interpreter) and installs the requirements unless
 * its stamp says exactly these are in: idempotent, and a second call costs a file read.
 */
export async function installPip(spec: PipInstall): Promise<InstallResult> {
  const name = basename(spec.venv);
  const log = join(PROJECT_ROOT, `${name}-install.log`);
  const python = pickPython(spec.minPython, process.env, spec.pythonEnv);
  if (!python)
    return {
      ok: false,
      reason: `it needs Python >= ${spec.minPython.join(".")} and none was found (tried ${spec.pythonEnv ? `$${spec.pythonEnv}, ` : ""}$PYTHON, python3, python3.1x, pyenv's versions)`,
    };
  const label = pythonLabel(python);
  const stampText = `${label}: ${spec.requirements.join(" ")}`;
  const stamp = join(spec.venv, ".installed-spec");
  if (existsSync(stamp) && readFileSync(stamp, "utf8").trim() === stampText)
    return { ok: true, already: true };
  writeFileSync(log, "");
  const venvPython = join(spec.venv, "bin", "python");
  const sameInterpreter = existsSync(venvPython) && safeLabel(venvPython) === label;
  if (!sameInterpreter && !(await run(python, ["-m", "venv", "--clear", spec.venv], log)))
    return failed(log, "creating the venv failed");
  // A self-ignoring venv, so git never sees it whatever the root .gitignore lists.
  writeFileSync(join(spec.venv, ".gitignore"), "*\n");
  const pip = ["-m", "pip", "install", "--disable-pip-version-check", "-q", ...spec.requirements];
  if (!(await run(venvPython, pip, log))) return failed(log, "pip install failed");
  if (spec.verify && !(await run(venvPython, ["-c", spec.verify], log)))
    return failed(log, `installed but does not import (${spec.verify})`);
  writeFileSync(stamp, `${stampText}\n`);
  return { ok: true, already: false };
}

/** A failure with the log lines that say why (pip's errors, else the tail). */
function failed(log: string, what: string): InstallResult {
  const lines = readFileSync(log, "utf8").split("\n").filter(Boolean);
  const errors = lines.filter((l) => /ERROR|error:|No matching|Could not|requires/.test(l)).slice(-10);
  const why = (errors.length > 0 ? errors : lines.slice(-20)).join("\n");
  return { ok: false, reason: `${what}; from ${basename(log)}:\n${why}` };
}
