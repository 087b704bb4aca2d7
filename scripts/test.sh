#!/usr/bin/env bash
# Runs every check: types, lint, formatting, unit tests, production builds, the Firefox manifest
# lint, end-to-end tests in Chromium and in Firefox ESR.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export CHROMIUM_PATH="$(node scripts/find-browser.mjs)"
export FIREFOX_PATH="${FIREFOX_PATH:-$(command -v firefox-esr)}"

step() { echo; echo "━━ $1"; }
step "Type check";      npx wxt prepare >/dev/null && npx tsc --noEmit
step "Lint";            npx eslint --max-warnings=0 .
step "Dependencies";    npm run --silent lint:deps
step "Format";          npx prettier --check . >/dev/null && echo "Prettier: all files formatted"
step "Unit tests";      npx vitest run
step "Build (Chrome)";  npx wxt build
step "Build (Firefox)"; npx wxt build -b firefox
step "Firefox lint";    npm run --silent lint:firefox
step "End-to-end";      npx playwright test
step "End-to-end (Firefox)"; npx playwright test -c tests/e2e-firefox
