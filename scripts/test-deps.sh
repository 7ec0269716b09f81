#!/usr/bin/env bash
# System packages the test suite needs that pip cannot install: Debian's chromium (browser tests).
# Called by `make test` and by .ci/run; does nothing when everything is already there.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -n "${BYLINE_CHROMIUM:-}" ]; then
  exit 0
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
  exit 1
fi
