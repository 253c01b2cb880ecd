#!/usr/bin/env bash
# Runs a command with Node 22 LTS first on PATH: `bash scripts/with-node22.sh npm run demo`.
# The npm registry's `node` package brings the binary into .tools/node22 (self-ignoring, like the
# venvs) on first use; npm, npx and every `node` a script starts then run on it.
set -euo pipefail
version=22.23.3
dir="$(cd "$(dirname "$0")/.." && pwd)/.tools/node22"
bin="$dir/node_modules/node/bin"
if [ "$("$bin/node" --version 2>/dev/null)" != "v$version" ]; then
  echo "[node22] installing node@$version into .tools/node22" >&2
  mkdir -p "$dir"
  printf '*\n' >"$dir/../.gitignore"
  npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "node@$version" >&2
  # The package's install script puts the binary in place; a client that skipped it must not leave
  # the command running on the machine's Node unnoticed.
  if [ "$("$bin/node" --version 2>/dev/null)" != "v$version" ]; then
    echo "[node22] node@$version did not install a runnable binary in $bin" >&2
    exit 2
  fi
fi
export PATH="$bin:$PATH"
exec "$@"
