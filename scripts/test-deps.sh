#!/usr/bin/env bash
# What the test suite needs that pip cannot install: Debian's chromium (browser tests) and the
# axe-core npm package (accessibility checks, injected into the page by the browser tests; pinned,
# kept in .cache/node/). Called by `make test` and by .ci/run; does nothing when both are there.
# Nothing is downloaded at test time: the tests read .cache/node/node_modules/axe-core/axe.min.js.
set -euo pipefail
cd "$(dirname "$0")/.."
AXE_VERSION=4.14.1
AXE=.cache/node/node_modules/axe-core/axe.min.js

install_chromium() {
  if command -v chromium >/dev/null 2>&1 || [ -n "${BYLINE_CHROMIUM:-}" ]; then
    return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian's chromium for the browser tests (apt-get, once)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    echo "installing Debian's chromium for the browser tests (sudo apt-get, once)"
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "the browser tests need chromium: run 'sudo apt-get install -y chromium chromium-driver' (or set BYLINE_CHROMIUM=/path/to/chromium), then make test again" >&2
    return 1
  fi
}

install_axe() {
  if [ -f "$AXE" ] || [ -n "${BYLINE_AXE:-}" ]; then
    return 0
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "the accessibility checks need axe-core from npm: install Node.js and npm (apt-get install -y npm), or set BYLINE_AXE=/path/to/axe.min.js, then make test again" >&2
    return 1
  fi
  echo "installing axe-core@$AXE_VERSION for the accessibility checks (npm, once, into .cache/node)"
  npm install --prefix .cache/node --no-audit --no-fund --no-save --silent "axe-core@$AXE_VERSION" >/dev/null
}

install_chromium
install_axe
