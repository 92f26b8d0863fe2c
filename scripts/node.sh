#!/usr/bin/env bash
# Runs a command with Node >= 22.12 on PATH. When the system Node is older
# (these machines ship Node 20), installs Node 24 from the npm registry (the
# `node` package) into .ci/node once and puts it first on PATH.
# Usage: bash scripts/node.sh npm ci
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! node_ok; then
  local_bin="$root/.ci/node/node_modules/node/bin"
  if [ ! -x "$local_bin/node" ]; then
    echo "scripts/node.sh: Node $(node --version 2>/dev/null || echo '(none)') is older than 22.12; installing Node 24 from the npm registry" >&2
    mkdir -p "$root/.ci/node"
    (cd "$root/.ci/node" && npm install --no-save --no-audit --no-fund --loglevel=error node@24 >&2)
  fi
  export PATH="$local_bin:$PATH"
fi
exec "$@"
