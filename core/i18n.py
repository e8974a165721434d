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

import string
from typing import Any

CONTEXT = "ClearSKY"


def _locale() -> Any:
    """QGIS's locale when it writes numbers its own way (German "10.000,00"); None for English and
    the C locale, where Python's own formatting ("10,000.00") is already what the user reads."""
    if QCoreApplication is None:
        return None
    from qgis.PyQt.QtCore import QLocale

    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return None
    return locale


def number(value: float, decimals: int = 2, grouping: bool = True) -> str:
    """``value`` as the user's locale writes it (QGIS's locale: "10.000,00" in German), with
    ``decimals`` places; English and C: "10,000.00"."""
    locale = _locale()
    if locale is None:
        return f"{value:,.{decimals}f}" if grouping else f"{value:.{decimals}f}"
    from qgis.PyQt.QtCore import QLocale

    options = locale.numberOptions()
    if not grouping:
        locale.setNumberOptions(options | QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


class _LocaleFormatter(string.Formatter):
    """``{x:,.2f}`` in a translated text: the number as the user's locale writes it."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if (
            format_spec
            and format_spec.startswith(",.")
            and format_spec.endswith("f")
            and isinstance(value, (int, float))
            and not isinstance(value, bool)
            and _locale() is not None
        ):
            return number(value, int(format_spec[2:-1] or 0))
        return super().format_field(value, format_spec)


_FORMATTER = _LocaleFormatter()


class Text(str):
    """A translated text: its ``format`` writes grouped numbers (``{credits:,.2f}``) in the
    user's locale, so every message, label and question agrees with QGIS's own numbers."""

    def format(self, *args: Any, **kwargs: Any) -> str:
        return _FORMATTER.vformat(str(self), args, kwargs)


def tr(text: str) -> str:
    """``text`` in the user's language (the English text when there is no translation)."""
    if QCoreApplication is None or not text:
        return Text(text) if text else text
    return Text(QCoreApplication.translate(CONTEXT, text))


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
