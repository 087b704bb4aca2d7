#!/usr/bin/env bash
# Runs the product: installs what is missing, builds the extension, starts the demo CRM and opens
# Chromium with Effortless loaded beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx wxt build
exec node scripts/launch.mjs
