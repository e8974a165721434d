"""Runtime dependencies that QGIS does not always bring: checked before first use."""

from __future__ import annotations

import importlib

from .i18n import tr

REQUIRED = {
    "requests": "python3-requests",
    "shapely": "python3-shapely",
    "pyproj": "python3-pyproj",
}


def missing() -> list[str]:
    """Names of the required Python packages that cannot be imported."""
    out = []
    for name in REQUIRED:
        try:
            importlib.import_module(name)
        except ImportError:
            out.append(name)
    return out


def install_hint(names: list[str]) -> str:
    debs = " ".join(REQUIRED[n] for n in names)
    pips = " ".join(names)
    return tr(
        "ClearSKY needs the Python package(s) {value1}. On Debian/Ubuntu: sudo apt install {debs}; on Windows "
        "(OSGeo4W shell) or macOS: python -m pip install {pips}. Then restart QGIS."
    ).format(value1=", ".join(names), debs=debs, pips=pips)
