#!/usr/bin/env bash
# Refresh the vendored front-end assets from the npm registry (no CDN at run time:
# government networks are often closed). Pinned versions; run, check, commit.
set -euo pipefail
HTMX_VERSION=2.0.11
ECHARTS_VERSION=5.6.0
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/src/toancanh/web/static/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --silent "htmx.org@$HTMX_VERSION" "echarts@$ECHARTS_VERSION"
cp node_modules/htmx.org/dist/htmx.min.js "$out/"
cp node_modules/htmx.org/LICENSE "$out/LICENSE.htmx"
cp node_modules/echarts/dist/echarts.common.min.js "$out/"
cp node_modules/echarts/LICENSE "$out/LICENSE.echarts"
echo "htmx $HTMX_VERSION, echarts $ECHARTS_VERSION -> $out"
