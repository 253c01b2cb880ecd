#!/usr/bin/env bash
# Installs Debian's chromium for the headless HTML report test (reports/htmlReporter.browser.spec.ts).
# Idempotent: does nothing when chromium is already on PATH.
set -euo pipefail
command -v chromium >/dev/null 2>&1 || (apt-get update && apt-get install -y chromium)
command -v chromium
