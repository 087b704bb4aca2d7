#!/usr/bin/env bash
# Installs what a fresh machine lacks: npm packages (from the lockfile), a Chromium browser, Firefox
# ESR (the Firefox end-to-end tests) and, when EFFORTLESS_XVFB=1, Xvfb for a headed browser without
# a display.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
apt_install() {
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@"
}

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "› Installing npm packages"
  npm ci --no-audit --no-fund
fi

if ! node scripts/find-browser.mjs >/dev/null; then
  echo "› No Chromium found: installing Debian's chromium"
  if command -v apt-get >/dev/null; then
    apt_install chromium
  else
    npx playwright install chromium
  fi
fi
echo "› Browser: $(node scripts/find-browser.mjs)"

# Firefox ESR for the Firefox end-to-end tests ($FIREFOX_PATH, else Debian's firefox-esr).
if [ -z "${FIREFOX_PATH:-}" ] && ! command -v firefox-esr >/dev/null; then
  echo "› No Firefox ESR found: installing Debian's firefox-esr"
  if ! command -v apt-get >/dev/null; then
    echo "No apt-get here: install Firefox ESR and set FIREFOX_PATH." >&2
    exit 1
  fi
  apt_install firefox-esr
fi

if [ "${EFFORTLESS_XVFB:-}" = 1 ] && ! command -v Xvfb >/dev/null; then
  echo "› Installing Xvfb (EFFORTLESS_XVFB=1)"
  if ! command -v apt-get >/dev/null; then
    echo "No apt-get here: install Xvfb with your package manager, or run without EFFORTLESS_XVFB." >&2
    exit 1
  fi
  apt_install xvfb
fi
