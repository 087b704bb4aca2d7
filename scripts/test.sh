#!/usr/bin/env bash
# Runs every check: types, lint, formatting, unit tests, production build, end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export CHROMIUM_PATH="$(node scripts/find-browser.mjs)"

step() { echo; echo "━━ $1"; }
step "Type check";      npx wxt prepare >/dev/null && npx tsc --noEmit
step "Lint";            npx eslint --max-warnings=0 .
step "Dependencies";    npm run --silent lint:deps
step "Format";          npx prettier --check . >/dev/null && echo "Prettier: all files formatted"
step "Unit tests";      npx vitest run
step "Build (Chrome)";  npx wxt build
step "Build (Firefox)"; npx wxt build -b firefox
step "End-to-end";      npx playwright test
