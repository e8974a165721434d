#!/usr/bin/env bash
# Installs what `make test` / `make demo` need on Debian 12 / Ubuntu: QGIS and its
# Python bindings, Xvfb and GDAL from the distribution (when root), then a venv
# with the system site packages (QGIS, GDAL, numpy come from Debian) and the test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
/usr/bin/python3 -c "import qgis.core" 2>/dev/null || need_apt+=(qgis python3-qgis qgis-providers)
command -v qgis_process.bin >/dev/null 2>&1 || need_apt+=(qgis)
command -v xvfb-run >/dev/null 2>&1 || need_apt+=(xvfb xauth)
command -v gdalinfo >/dev/null 2>&1 || need_apt+=(gdal-bin)
/usr/bin/python3 -c "import venv, ensurepip" 2>/dev/null || need_apt+=(python3-venv python3-pip)
command -v git >/dev/null 2>&1 || need_apt+=(git)
command -v zip >/dev/null 2>&1 || need_apt+=(zip)

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

stamp=.venv/.deps-$(sha1sum requirements-dev.txt | cut -c1-12)
if [ ! -f "$stamp" ]; then
  # MUST be Debian's interpreter: it is the one QGIS's bindings are built for.
  [ -x .venv/bin/python ] || /usr/bin/python3 -m venv --system-site-packages .venv
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
  rm -f .venv/.deps-* && touch "$stamp"
fi
.venv/bin/python - <<'PY'
import qgis.core, osgeo.gdal, pyproj, shapely, numpy
assert numpy.__version__.startswith("1."), "numpy 2 in the venv breaks GDAL's numpy bindings"
print(f"QGIS {qgis.core.Qgis.QGIS_VERSION}, GDAL {osgeo.gdal.__version__}, shapely {shapely.__version__}, "
      f"pyproj {pyproj.__version__}, numpy {numpy.__version__}")
PY
