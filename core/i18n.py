"""The one translation helper: every user-facing string is translated in the context
``ClearSKY`` (``make translations`` extracts the calls of ``tr``, ``noop_tr`` and
Processing's ``_tr``; the plugin installs the ``.qm`` of QGIS's locale).

Falls back to the untranslated text where Qt is not importable, so ``core.api`` and
``core.download`` keep working without QGIS."""

from __future__ import annotations

try:
    from qgis.PyQt.QtCore import QCoreApplication
except ImportError:  # pragma: no cover - plain Python (scripts, benchmarks)
    QCoreApplication = None  # type: ignore[assignment,misc]

CONTEXT = "ClearSKY"


def tr(text: str) -> str:
    """``text`` in the user's language (the English text when there is no translation)."""
    if QCoreApplication is None or not text:
        return text
    return QCoreApplication.translate(CONTEXT, text)


def noop_tr(text: str) -> str:
    """Marks a string defined at import time (a constant, a class attribute) for translation;
    it is translated where it is shown, with :func:`tr`."""
    return text


_installed: list = []


def install_translator(locale: str = "") -> str:
    """Install the ``.qm`` of QGIS's user interface language (``locale/userLocale``, e.g. ``de``
    or ``de_DE``) for the plugin's strings; returns the file loaded ("" when there is none, and
    the plugin stays in English).  Called once when QGIS loads the plugin."""
    if QCoreApplication is None:
        return ""
    from pathlib import Path

    from qgis.PyQt.QtCore import QTranslator

    if not locale:  # the language QGIS itself shows (its Options → General → Locale)
        from qgis.core import QgsApplication, QgsSettings

        locale = QgsApplication.locale() or str(QgsSettings().value("locale/userLocale", "") or "")
    folder = Path(__file__).resolve().parent.parent / "i18n"
    for name in dict.fromkeys((locale, locale.split("_")[0])):
        qm = folder / f"clearsky_downloader_{name}.qm"
        if name and qm.exists():
            translator = QTranslator()
            if translator.load(str(qm)):
                remove_translator()
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
                return str(qm)
    return ""


def remove_translator() -> None:
    """Unload: the plugin's translations go with it."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
