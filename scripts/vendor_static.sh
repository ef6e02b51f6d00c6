#!/usr/bin/env bash
# Refresh the vendored front-end assets from the npm registry (no CDN at run time:
# government networks are often closed). Pinned versions; run, check, commit.
set -euo pipefail
HTMX_VERSION=2.0.11
ECHARTS_VERSION=5.6.0
SWAGGER_UI_VERSION=5.36.0
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/src/toancanh/web/static/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --silent "htmx.org@$HTMX_VERSION" "echarts@$ECHARTS_VERSION" \
  "swagger-ui-dist@$SWAGGER_UI_VERSION"
cp node_modules/htmx.org/dist/htmx.min.js "$out/"
cp node_modules/htmx.org/LICENSE "$out/LICENSE.htmx"
cp node_modules/echarts/dist/echarts.common.min.js "$out/"
cp node_modules/echarts/LICENSE "$out/LICENSE.echarts"
# Swagger UI for /api/v1/docs: the bundle and its CSS, without their source-map comments
# (the maps are not shipped, and a browser would ask for them).
swagger="$out/swagger-ui"
mkdir -p "$swagger"
for file in swagger-ui-bundle.js swagger-ui.css; do
  sed -e 's|^//# sourceMappingURL=.*$||' -e 's|/\*# sourceMappingURL=[^*]*\*/||' \
    "node_modules/swagger-ui-dist/$file" >"$swagger/$file"
done
cp node_modules/swagger-ui-dist/{LICENSE,NOTICE,swagger-ui-bundle.js.LICENSE.txt} "$swagger/"
echo "htmx $HTMX_VERSION, echarts $ECHARTS_VERSION, swagger-ui $SWAGGER_UI_VERSION -> $out"
