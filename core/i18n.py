"""The one translation helper (strings are translated in the context ``ClearSKY``)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("ClearSKY", text)
