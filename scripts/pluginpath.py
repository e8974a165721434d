"""``build/pluginpath/clearsky_downloader`` → the checkout: the one way the tests, ``make demo``,
``make live-check`` and ``make bench`` import the plugin as ``clearsky_downloader`` and point
``QGIS_PLUGINPATH`` at it, whatever the checkout folder is called (``clearsky_downloader`` too)."""

from __future__ import annotations

import os
from pathlib import Path


def plugin_parent(root: Path) -> Path:
    """The folder holding a ``clearsky_downloader`` link to ``root`` (made when missing)."""
    parent = root / "build" / "pluginpath"
    link = parent / "clearsky_downloader"
    parent.mkdir(parents=True, exist_ok=True)
    # relative, so it also holds where the checkout is mounted elsewhere (the matrix chroots)
    if not link.is_symlink() or os.readlink(link) != "../..":
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to("../..", target_is_directory=True)
    return parent
