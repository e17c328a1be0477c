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

# Minimal verbosity: the build's errors and each failing test with its message and stack trace, not every
# passing one. Each project also writes a TRX file, from which the closing lines below are counted.
results=$(mktemp -d)
status=0
dotnet test PolicyBot.sln --nologo --verbosity minimal --logger trx --results-directory "$results" "$@" || status=$?

# One honest total over all test projects: what ran, what failed and why, and any test project that ran
# nothing at all (it did not build, or its test host crashed), so a missing project cannot look clean.
# A --filter chooses some tests: a project with none of them then ran none, and that is not a failure.
partial=()
for argument in "$@"; do
  case "$argument" in --filter|--filter=*) partial=(--partial) ;; esac
done
/usr/bin/python3 scripts/test-summary.py "${partial[@]}" "$results" tests/*/*.Tests.csproj || status=$((status == 0 ? 1 : status))
rm -rf "$results"
exit "$status"
