#!/usr/bin/env bash
# Runs the product: installs what is missing, builds the extension, starts the demo CRM and the
# collector and opens Chromium with Effortless loaded beside them. `--xvfb` (or EFFORTLESS_XVFB=1)
# runs Chromium headed in a virtual display on a machine without one.
set -euo pipefail
cd "$(dirname "$0")/.."
for arg in "$@"; do
  case "$arg" in
    --xvfb) export EFFORTLESS_XVFB=1 ;;
    *) echo "usage: bash scripts/run.sh [--xvfb]" >&2; exit 2 ;;
  esac
done
bash scripts/setup.sh
npx wxt build
# exec: a signal sent to this script reaches launch.mjs, which stops every child.
exec node scripts/launch.mjs
