#!/usr/bin/env bash
# Installs what `make test` / `make demo` need on Debian 12 / Ubuntu: QGIS and its
# Python bindings, Xvfb and GDAL from the distribution (when root), then a venv
# with the system site packages (QGIS, GDAL, numpy come from Debian) and the test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
/usr/bin/python3 -c "import qgis.core" 2>/dev/null || need_apt+=(qgis python3-qgis qgis-providers)
command -v qgis_process.bin >/dev/null 2>&1 || need_apt+=(qgis)
# what the plugin needs at runtime inside QGIS (Debian's builds match QGIS's numpy)
/usr/bin/python3 -c "import shapely, pyproj, requests" 2>/dev/null || need_apt+=(python3-shapely python3-pyproj python3-requests)
command -v xvfb-run >/dev/null 2>&1 || need_apt+=(xvfb xauth)
command -v gdalinfo >/dev/null 2>&1 || need_apt+=(gdal-bin)
/usr/bin/python3 -c "import venv, ensurepip" 2>/dev/null || need_apt+=(python3-venv python3-pip)
command -v git >/dev/null 2>&1 || need_apt+=(git)
command -v zip >/dev/null 2>&1 || need_apt+=(zip)
# lrelease compiles the translations (make translations; the test that the .qm is current)
command -v lrelease >/dev/null 2>&1 || [ -x /usr/lib/qt5/bin/lrelease ] || need_apt+=(qttools5-dev-tools)

if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "Missing system packages: ${need_apt[*]}" >&2
    echo "Run:  sudo apt-get install -y --no-install-recommends ${need_apt[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  echo "Installing ${need_apt[*]} (apt)..."
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${need_apt[@]}" xauth
fi

# Debian's qgis_process wrapper passes --noversioncheck, which breaks it; we call
# qgis_process.bin directly, so nothing on the system needs changing.

# Two venvs, both on Debian's interpreter (the one QGIS's bindings are built for) with the
# system site packages: .venv adds shapely 2.0 from PyPI (as QGIS 3.40+/OSGeo4W ship it);
# .venv-deb adds only the test runners, so the plugin runs on Debian's own shapely 1.8,
# exactly what QGIS on Debian 12 / Ubuntu 22.04 gives the plugin.
make_venv() {  # dir requirements...
  local dir=$1; shift
  local stamp="$dir/.deps-$( (printf '%s\n' "$@"; cat requirements-dev.txt) | sha1sum | cut -c1-12)"
  [ -f "$stamp" ] && return 0
  [ -x "$dir/bin/python" ] || /usr/bin/python3 -m venv --system-site-packages "$dir"
  "$dir/bin/python" -m pip install -q --disable-pip-version-check "$@"
  rm -f "$dir"/.deps-* && touch "$stamp"
}
make_venv .venv -r requirements-dev.txt
make_venv .venv-deb $(grep -E '^(pytest|hypothesis)' requirements-dev.txt)
for py in .venv/bin/python .venv-deb/bin/python; do
  "$py" - <<'PY'
import sys, qgis.core, osgeo.gdal, pyproj, shapely, numpy
assert numpy.__version__.startswith("1."), "numpy 2 in the venv breaks GDAL's numpy bindings"
print(f"{sys.prefix.rsplit('/', 1)[-1]}: QGIS {qgis.core.Qgis.QGIS_VERSION}, GDAL {osgeo.gdal.__version__}, "
      f"shapely {shapely.__version__}, pyproj {pyproj.__version__}, numpy {numpy.__version__}")
PY
done
