#!/usr/bin/env bash
# Installs the Debian 12 packages kgraph needs to build and test, if any is missing.
set -euo pipefail
packages=(cmake g++ ninja-build pkg-config libboost-graph-dev rapidjson-dev libexpat1-dev libicu-dev libcpp-httplib-dev
          doctest-dev libcli11-dev curl libxml2-utils python3 python3-networkx python3-igraph graphviz
          chromium nodejs  # chromium, nodejs: the browser test (tests/e2e/browser.sh)
          clang libclang-rt-14-dev libfuzzer-14-dev)  # the sanitizer build and fuzzers (scripts/sanitize.sh, fuzz/run.sh)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v npm > /dev/null || missing+=(npm)  # nodejs builds that bundle npm have no npm package
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
