#!/usr/bin/env bash
# Installs, builds and serves the graph of the bundled seeds at http://localhost:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
exec build/cli/kgraph serve "$@"
