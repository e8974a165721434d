"""The one translation helper (strings are translated in the context ``ClearSKY``).

Falls back to the untranslated text where Qt is not importable, so ``core.api`` and
``core.download`` keep working without QGIS."""

from __future__ import annotations

try:
    from qgis.PyQt.QtCore import QCoreApplication
except ImportError:  # pragma: no cover - plain Python (scripts, benchmarks)
    QCoreApplication = None  # type: ignore[assignment,misc]


def tr(text: str) -> str:
    if QCoreApplication is None:
        return text
    return QCoreApplication.translate("ClearSKY", text)
