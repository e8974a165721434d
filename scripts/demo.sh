#!/usr/bin/env bash
# make demo: the emulator + QGIS with the plugin from this checkout, pointed at the emulator.
# With no display (or CI=true) QGIS runs under Xvfb, drives one download end to end and
# saves screenshots under build/; with a display it stays open for you after the tour.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p build/pluginpath
ln -sfn ../.. build/pluginpath/clearsky_downloader
rm -f build/emulator.url build/demo-*.png build/demo.json
export PROJ_DATA=/usr/share/proj
rm -f build/publish
PYTHONPATH=test .venv/bin/python -m emulator --key demo-key-0000 --chunk-delay 0.01 --url-file build/emulator.url \
  --publish-file build/publish &
EMU=$!
trap 'kill $EMU 2>/dev/null || true' EXIT
for _ in $(seq 100); do [ -s build/emulator.url ] && break; sleep 0.1; done
URL=$(cat build/emulator.url)
profiles=$(mktemp -d)
mkdir -p "$profiles/profiles/default/QGIS"
printf '[PythonPlugins]\nclearsky_downloader=true\n[qgis]\ncheckVersion=false\nshowTips=false\n' \
  > "$profiles/profiles/default/QGIS/QGIS3.ini"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
export QGIS_PLUGINPATH="$PWD/build/pluginpath" CLEARSKY_API_URL="$URL" CLEARSKY_API_KEY=demo-key-0000
export DEMO_OUT="$PWD/build"
unset QT_QPA_PLATFORM
cmd=(qgis --nologo --noversioncheck --profiles-path "$profiles" --code scripts/demo_drive.py)
if [ -z "${DISPLAY:-}" ] || [ "${CI:-}" = true ]; then
  export DEMO_EXIT=1
  # first start of a new user on a small screen: no key yet (a profile of its own)
  first=$(mktemp -d); mkdir -p "$first/profiles/default/QGIS"
  cp "$profiles/profiles/default/QGIS/QGIS3.ini" "$first/profiles/default/QGIS/"
  env -u CLEARSKY_API_KEY DEMO_PHASE=first-start timeout 120 xvfb-run -a -s "-screen 0 1366x768x24" \
    qgis --nologo --noversioncheck --profiles-path "$first" --code scripts/demo_drive.py || true
  rm -rf "$first"
  # the same panel in German (QGIS's interface language: locale/userLocale=de)
  german=$(mktemp -d); mkdir -p "$german/profiles/default/QGIS"
  { cat "$profiles/profiles/default/QGIS/QGIS3.ini"; printf '[locale]\noverrideFlag=true\nuserLocale=de\nglobalLocale=de_DE\n'; } \
    > "$german/profiles/default/QGIS/QGIS3.ini"
  DEMO_PHASE=german timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" \
    qgis --nologo --noversioncheck --profiles-path "$german" --code scripts/demo_drive.py || true
  rm -rf "$german"
  timeout 400 xvfb-run -a -s "-screen 0 1600x1000x24" "${cmd[@]}" || true
else
  "${cmd[@]}" || true
fi
rm -rf "$profiles"
# the screenshots the README and docs/ show
mkdir -p docs
for pair in first-start:first-start-no-key cost-dialog:dock-after-check series-frame:series-frame \
  dock:demo-dock cost-dialog:demo-cost-dialog layer:demo-layer large-area-and-orders:demo-large-area-and-orders \
  order-dialog:order-dialog orders:orders-after-order de-dock:dock-de watch-notice:watch-notice spending:spending; do
  [ -f "build/demo-${pair%%:*}.png" ] && cp "build/demo-${pair%%:*}.png" "docs/${pair##*:}.png"
done
if [ -f build/demo.json ]; then
  cat build/demo.json; echo
  ls -1 build/demo-*.png
  grep -q '"state": "done"' build/demo.json || { echo "demo: the download did not complete" >&2; exit 1; }
  grep -q '"orders"' build/demo.json || { echo "demo: the order was not placed" >&2; exit 1; }
  grep -q '"notice"' build/demo.json || { echo "demo: no notice for the watched area" >&2; exit 1; }
else
  echo "demo: QGIS did not finish the tour (no build/demo.json)" >&2; exit 1
fi
