#!/usr/bin/env bash
# Runs every PolicyBot test on a fresh machine: installs what the tests need, then `dotnet test`.
# Needs: the .NET 10 SDK and Node.js with npm (both on the standard dev machine). No Azure, no Teams.
set -euo pipefail
cd "$(dirname "$0")/.."

# Microsoft's adaptivecards npm package validates every card offline (tests/node/validate-cards.js).
if [ ! -d tests/node/node_modules/adaptivecards ]; then
  npm ci --prefix tests/node --no-audit --no-fund --loglevel=error
fi

dotnet test PolicyBot.sln --nologo --verbosity quiet "$@"
