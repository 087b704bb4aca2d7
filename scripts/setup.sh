#!/usr/bin/env bash
# Installs what a fresh machine lacks: npm packages (from the lockfile) and a Chromium browser.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "› Installing npm packages"
  npm ci --no-audit --no-fund
fi

if ! node scripts/find-browser.mjs >/dev/null; then
  echo "› No Chromium found: installing Debian's chromium"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  if command -v apt-get >/dev/null; then
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
  else
    npx playwright install chromium
  fi
fi
echo "› Browser: $(node scripts/find-browser.mjs)"
