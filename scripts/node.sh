#!/usr/bin/env bash
# Runs a command with Node >= 22.12 on PATH. When the system Node is older
# (these machines ship Node 20), installs Node 24 from the npm registry (the
# `node` package) into .ci/node once and puts it first on PATH.
# Usage: bash scripts/node.sh npm ci
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
prefix="$root/.ci/node"
local_bin="$prefix/node_modules/node/bin"

node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! node_ok; then
  if [ ! -x "$local_bin/node" ]; then
    echo "scripts/node.sh: Node $(node --version 2>/dev/null || echo '(none)') is older than 22.12; installing Node 24 from the npm registry" >&2
    mkdir -p "$prefix"
    # A package.json of its own, so npm installs here and not into the
    # project (npm otherwise walks up to the nearest package.json).
    [ -f "$prefix/package.json" ] || printf '{ "name": "fleetlint-ci-node", "private": true }\n' >"$prefix/package.json"
    npm install --prefix "$prefix" --no-save --no-audit --no-fund --loglevel=error node@24 >&2
  fi
  export PATH="$local_bin:$PATH"
  if ! node_ok; then
    echo "scripts/node.sh: could not provide Node >= 22.12 (got $(node --version 2>/dev/null || echo none))" >&2
    exit 2
  fi
fi
exec "$@"
