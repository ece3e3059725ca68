#!/usr/bin/env bash
# The HTML report in a real headless Chromium, and the documentation site (mkdocs --strict).
# Called by .ci/run inside its virtual environment. Uses the system Chromium (Debian package)
# and the playwright Python package only: never `playwright install` (no browser downloads).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== browser: system chromium"
if [ ! -x /usr/bin/chromium ]; then
  SUDO=""
  if [ "$(id -u)" != "0" ] && command -v sudo > /dev/null; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium > /dev/null
fi
/usr/bin/chromium --version

echo "== browser: report rendered in headless chromium"
python -m pip install -q playwright
mkdir -p .ci-artifacts
python -m pytest -q -p no:cacheprovider tests/browser
test -s .ci-artifacts/report.png

echo "== docs: mkdocs build --strict"
python -m pip install -q -e ".[docs]"
NO_MKDOCS_2_WARNING=1 python -m mkdocs build --strict --site-dir .ci-artifacts/site
