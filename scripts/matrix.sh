#!/usr/bin/env bash
# make test-matrix: the test suite inside minimal Debian chroots with the QGIS each release
# ships (trixie: 3.40 LTR, sid: the newest), the checkout bind-mounted at /src.
# Chroots are built once and cached under build/chroots/ (about 2.5 GB each).  Needs root.
# Writes build/matrix-<release>.json with the QGIS version, test counts and time.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RELEASES=${RELEASES:-trixie sid}
[ "$(id -u)" = 0 ] || { echo "make test-matrix needs root (debootstrap, mounts)" >&2; exit 1; }
command -v debootstrap >/dev/null || { apt-get update -q; apt-get install -y -q --no-install-recommends debootstrap; }

# the Debian mirror this machine already uses (never hard-coded here)
mirror=$(sed -n 's/^URIs:[[:space:]]*\([^ ]*\/debian\)[[:space:]]*$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1)
[ -n "$mirror" ] || mirror=$(awk '$1=="deb" && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null)
[ -n "$mirror" ] || { echo "no Debian mirror found in /etc/apt" >&2; exit 1; }

PKGS="qgis python3-qgis qgis-providers xvfb xauth gdal-bin python3-shapely python3-pyproj python3-requests
python3-pytest python3-pytestqt python3-pytest-timeout python3-hypothesis ca-certificates qttools5-dev-tools"

mounts=()
cleanup() {
  local m
  for ((i=${#mounts[@]}-1; i>=0; i--)); do m=${mounts[i]}; umount -l "$m" 2>/dev/null || true; done
  mounts=()
}
trap cleanup EXIT

bind() {  # src dst [ro]
  mkdir -p "$2"
  mount --bind "$1" "$2"
  mounts+=("$2")
}

build_chroot() {
  local rel=$1 dir=$2
  if [ -f "$dir/.ready" ]; then
    # a cached chroot gets the packages added to PKGS since it was built (apt is incremental)
    [ "$(cat "$dir/.ready")" = "$PKGS" ] && return 0
    mount -t proc proc "$dir/proc"; mounts+=("$dir/proc")
    bind /dev "$dir/dev"
    chroot "$dir" /bin/sh -c "export DEBIAN_FRONTEND=noninteractive; apt-get update -q && \
      apt-get install -y -q --no-install-recommends $(echo $PKGS)" > "$dir.apt.log" 2>&1 || {
      tail -30 "$dir.apt.log" >&2; cleanup; return 1; }
    cleanup
    printf '%s' "$PKGS" > "$dir/.ready"
    return 0
  fi
  echo "== building the $rel chroot in $dir (once) =="
  # never delete through a leftover bind mount (it would reach /dev or the checkout)
  grep -F " $dir/" /proc/mounts | awk '{print $2}' | sort -r | xargs -r -n1 umount -l
  if grep -qF " $dir/" /proc/mounts; then echo "mounts remain under $dir; not deleting it" >&2; return 1; fi
  rm -rf --one-file-system "$dir"
  mkdir -p "$dir"
  debootstrap --variant=minbase "$rel" "$dir" "$mirror" > "$dir.debootstrap.log" 2>&1 || {
    tail -20 "$dir.debootstrap.log" >&2; return 1; }
  cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
  # the mirror may be a dated snapshot whose Release files are past their Valid-Until (sid's are
  # short-lived): accept them, as the host's own apt does for the same snapshot
  echo 'Acquire::Check-Valid-Until "false";' > "$dir/etc/apt/apt.conf.d/99clearsky-snapshot"
  mount -t proc proc "$dir/proc"; mounts+=("$dir/proc")
  bind /dev "$dir/dev"
  chroot "$dir" /bin/sh -c "export DEBIAN_FRONTEND=noninteractive; apt-get update -q && \
    apt-get install -y -q --no-install-recommends $(echo $PKGS)" > "$dir.apt.log" 2>&1 || {
    tail -30 "$dir.apt.log" >&2; return 1; }
  cleanup
  printf '%s' "$PKGS" > "$dir/.ready"
}

install_pytest_qgis() {  # not packaged by Debian; pure Python: copied from the host venv (make setup)
  local dir=$1 site src
  site=$(chroot "$dir" python3 -c "import sysconfig; print(sysconfig.get_path('purelib', 'posix_local'))" 2>/dev/null \
         || echo /usr/local/lib/python3/dist-packages)
  src=$("$ROOT/.venv/bin/python" -c "import pytest_qgis, pathlib; print(pathlib.Path(pytest_qgis.__file__).parent.parent)")
  mkdir -p "$dir$site"
  rm -rf "$dir$site"/pytest_qgis "$dir$site"/pytest_qgis-*.dist-info
  cp -r "$src"/pytest_qgis "$src"/pytest_qgis-*.dist-info "$dir$site"/
}

run_leg() {
  local rel=$1 dir=$ROOT/build/chroots/$rel
  build_chroot "$rel" "$dir" || return 1
  install_pytest_qgis "$dir" || return 1
  mount -t proc proc "$dir/proc"; mounts+=("$dir/proc")
  bind /dev "$dir/dev"
  mkdir -p "$dir/dev/shm"; mount -t tmpfs tmpfs "$dir/dev/shm"; mounts+=("$dir/dev/shm")
  mount -t tmpfs tmpfs "$dir/tmp"; mounts+=("$dir/tmp")
  bind "$ROOT" "$dir/src"
  local started=$SECONDS rc=0
  chroot "$dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root CI="${CI:-}" \
    QT_QPA_PLATFORM=offscreen PROJ_DATA=/usr/share/proj LANG=C.UTF-8 CLEARSKY_STRICT_DEPRECATIONS=1 \
    CLEARSKY_EMULATOR_CASING=pascal \
    /bin/sh -c 'cd /src && XDG_RUNTIME_DIR=$(mktemp -d) python3 -P -m pytest test -p no:cacheprovider -q \
      -o cache_dir=/tmp/pytest-cache --junitxml=/tmp/junit.xml' \
    2>&1 | tee "$ROOT/build/matrix-$rel.log" || rc=$?
  local version counts
  version=$(chroot "$dir" python3 -c "from qgis.core import Qgis; print(Qgis.QGIS_VERSION)" 2>/dev/null | tail -1)
  counts=$(python3 - "$dir/tmp/junit.xml" <<'PY'
import sys, xml.etree.ElementTree as ET
try:
    r = ET.parse(sys.argv[1]).getroot()
    s = r if r.tag == "testsuite" else r.find("testsuite")
    t, f, e, k = (int(s.get(x, 0)) for x in ("tests", "failures", "errors", "skipped"))
    print(f"{t - f - e - k} {f + e} {k}")
except Exception:
    print("0 0 0")
PY
)
  read -r passed failed skipped <<<"$counts"
  printf '{"release": "%s", "qgis": "%s", "passed": %s, "failed": %s, "skipped": %s, "seconds": %s, "date": "%s", "rc": %s}\n' \
    "$rel" "$version" "$passed" "$failed" "$skipped" "$((SECONDS - started))" "$(date -u +%F)" "$rc" \
    | tee "$ROOT/build/matrix-$rel.json"
  cleanup
  return $rc
}

status=0
for rel in $RELEASES; do
  run_leg "$rel" || status=1
done
exit $status
