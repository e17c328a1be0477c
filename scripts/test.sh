#!/usr/bin/env bash
# Runs every PolicyBot test on a fresh machine: installs what the tests need, then `dotnet test`.
# Needs: the .NET 10 SDK and Node.js with npm (both on the standard dev machine). No Azure, no Teams.
set -euo pipefail
cd "$(dirname "$0")/.."

# Microsoft's npm packages check every card (adaptivecards) and the Teams app manifest
# (@microsoft/app-manifest) offline; see tests/node. Reinstall when any of them is missing.
for package in adaptivecards @microsoft/app-manifest fs-extra playwright-core; do
  if [ ! -d "tests/node/node_modules/$package" ]; then
    npm ci --prefix tests/node --no-audit --no-fund --loglevel=error
    break
  fi
done

# Cards are also drawn in a real browser (tests/node/render-cards.js): Debian's Chromium, driven by
# playwright-core, and an emoji font so the 👍/👎 buttons render as in Teams. Slow once, then skipped.
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
if [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends chromium fonts-noto-color-emoji >/dev/null
fi

# Escalation tests need a real PostgreSQL and a real SMTP server (aiosmtpd), both from Debian's packages.
source scripts/test-services.sh
start_test_services
trap stop_test_services EXIT

log=$(mktemp)
status=0
dotnet test PolicyBot.sln --nologo --verbosity quiet "$@" | tee "$log" || status=$?

# One closing line over all test projects, in the plain form CI reads.
awk '/^(Passed|Failed)! /{ for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1) } }
     END { printf "%d passed, %d failed\n", p, f }' "$log"
rm -f "$log"

# A project that does not build, or a test host that crashes, runs no tests: say so instead of letting
# the count above look clean.
if [ "$status" -ne 0 ]; then
  echo "dotnet test exited with $status: a project failed to build or a test run was aborted (see above)" >&2
fi
exit "$status"
