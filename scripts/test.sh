#!/usr/bin/env bash
# Runs every PolicyBot test on a fresh machine: installs what the tests need, then `dotnet test`.
# Needs: the .NET 10 SDK and Node.js with npm (both on the standard dev machine). No Azure, no Teams.
set -euo pipefail
cd "$(dirname "$0")/.."

# Microsoft's npm packages check every card (adaptivecards) and the Teams app manifest
# (@microsoft/app-manifest) offline; see tests/node. Reinstall when any of them is missing.
for package in adaptivecards @microsoft/app-manifest fs-extra; do
  if [ ! -d "tests/node/node_modules/$package" ]; then
    npm ci --prefix tests/node --no-audit --no-fund --loglevel=error
    break
  fi
done

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
exit "$status"
