#!/usr/bin/env bash
# End-to-end tests in Debian's Chromium against the production build, each run on fresh databases.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing Debian's Chromium for the end-to-end tests…"
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    echo "End-to-end tests need Debian's Chromium: run 'sudo apt-get install -y chromium' (never 'npx playwright install')."
    exit 1
  fi
fi
[ -f build/server/index.js ] || npm run build
rm -rf e2e/.data && mkdir -p e2e/.data
exec node_modules/.bin/playwright test "$@"
