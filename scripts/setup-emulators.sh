#!/usr/bin/env bash
# Installs the emulators the conformance suite targets into project-local venvs, idempotently:
#   .venv            moto[server]           (required: failure here fails the script)
#   .venv-localstack localstack-core[runtime] (best effort: failure is reported, not fatal)
# Two venvs, because localstack-core pins its own moto-ext and boto versions that clash with plain moto.
set -uo pipefail
cd "$(dirname "$0")/.."

MOTO_SPEC=("moto[server]==5.2.5")
# 4.14.0 is the last release line before 2026.x, whose runtime asks for an account auth token at start.
# Its open-ended pins resolve to releases it cannot run with, so these are pinned next to it:
#   cbor2<6       (6.x dropped cbor2._decoder, which its protocol parser imports)
#   pyopenssl<26  (26.x dropped X509.add_extensions, used to make its self-signed certificate)
#   service_identity (twisted, its default gateway server, imports it for TLS but does not require it)
LOCALSTACK_SPEC=("localstack-core[runtime]==4.14.0" "cbor2<6" "pyopenssl<26" "service_identity")
PYTHON="${PYTHON:-python3}"

# localstack-core 4.14 says Requires-Python >=3.10 but its Lambda provider uses PEP 695 generics (3.12)
# and warnings.deprecated (3.13): it installs on 3.11 and fails on the first Lambda call. Give it 3.13+.
pick_localstack_python() {
  local candidate pyenv_pythons=()
  # pyenv shims refuse versions that are installed but not selected; its version folders do not.
  if command -v pyenv >/dev/null; then
    pyenv_pythons=("$(pyenv root)"/versions/3.1[3-9]*/bin/python3)
  fi
  for candidate in "${LOCALSTACK_PYTHON:-}" python3.14 python3.13 "${pyenv_pythons[@]}" "$PYTHON"; do
    [[ -n "$candidate" ]] || continue
    if "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 13) else 1)' 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

now() { date +%s; }

# Creates the venv if missing and installs the requirements unless the stamp says exactly these are in.
install_into() {
  local python="$1" venv="$2" log="$3"
  shift 3
  local spec stamp="$venv/.installed-spec"
  spec="$("$python" -V 2>&1): $*"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$spec" ]]; then
    echo "[setup] $venv already has $spec"
    return 0
  fi
  # (Re)create when missing or made by another interpreter (e.g. an older setup used Python 3.11).
  if [[ ! -x "$venv/bin/python" || "$("$venv/bin/python" -V 2>&1)" != "$("$python" -V 2>&1)" ]]; then
    "$python" -m venv --clear "$venv" >"$log" 2>&1 || return 1
  fi
  # A self-ignoring venv, so git never sees it whatever the root .gitignore lists.
  echo "*" >"$venv/.gitignore"
  # One resolve for all requirements, so the extra pins constrain the main package's dependencies.
  "$venv/bin/python" -m pip install --disable-pip-version-check -q "$@" >>"$log" 2>&1 || return 1
  echo "$spec" >"$stamp"
}

start=$(now)
if install_into "$PYTHON" .venv .venv-moto-install.log "${MOTO_SPEC[@]}"; then
  echo "[setup] moto ok: $(.venv/bin/python -c 'import moto; print(moto.__version__)') in $(($(now) - start))s"
else
  echo "[setup] moto FAILED after $(($(now) - start))s; last lines of .venv-moto-install.log:" >&2
  tail -n 20 .venv-moto-install.log >&2
  exit 1
fi

start=$(now)
if ! LS_PYTHON=$(pick_localstack_python); then
  echo "[setup] localstack SKIPPED (moto is still usable): it needs Python >= 3.13 and none was found" \
    "(tried \$LOCALSTACK_PYTHON, python3.14, python3.13, pyenv's 3.13+, $PYTHON)" >&2
elif install_into "$LS_PYTHON" .venv-localstack .venv-localstack-install.log "${LOCALSTACK_SPEC[@]}" &&
  # Installed is not runnable: importing its runtime components is what broke with unpinned deps.
  .venv-localstack/bin/python -c "import localstack.aws.components, localstack.services.lambda_.provider" \
    >>.venv-localstack-install.log 2>&1; then
  echo "[setup] localstack ok: $(.venv-localstack/bin/python -c 'import importlib.metadata as m, sys; print(m.version("localstack-core"), "on Python", sys.version.split()[0])') in $(($(now) - start))s"
else
  # Not fatal: the suite runs against moto alone; say exactly why LocalStack is missing.
  echo "[setup] localstack FAILED after $(($(now) - start))s (moto is still usable); reason:" >&2
  grep -E "ERROR|error:|No matching|Could not|requires" .venv-localstack-install.log | tail -n 10 >&2 ||
    tail -n 20 .venv-localstack-install.log >&2
fi
exit 0
