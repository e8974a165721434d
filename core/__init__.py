"""Non-widget code of the ClearSKY plugin: API client, AOI, downloads, tasks."""

from __future__ import annotations

import configparser
import logging
from functools import lru_cache
from pathlib import Path

PLUGIN_NAME = "clearsky_downloader"
LOG_TAG = "ClearSKY"
PLUGIN_DIR = Path(__file__).resolve().parent.parent

logger = logging.getLogger(PLUGIN_NAME)


@lru_cache(maxsize=1)
def plugin_version() -> str:
    """``version`` from metadata.txt."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    return parser.get("general", "version", fallback="dev")


def resources_path(*parts: str) -> Path:
    return PLUGIN_DIR.joinpath("resources", *parts)
