"""Translations: every string the plugin shows is in the German .ts, the .qm is compiled from
it, and QGIS started in German shows the dock, the cost dialog and an error message in German."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from conftest import PLUGIN_PARENT, ROOT
from qgis_app.runner import run_qgis


def test_every_string_is_translated_into_german_and_the_qm_is_current(tmp_path):
    check = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
    ts, qm = ROOT / "i18n" / "clearsky_downloader_de.ts", ROOT / "i18n" / "clearsky_downloader_de.qm"
    fresh = tmp_path / "de.qm"
    lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert qm.read_bytes() == fresh.read_bytes(), "the committed .qm is not compiled from the .ts: make translations"


def test_the_translator_follows_the_locale_and_keeps_placeholders():
    from qgis.PyQt.QtCore import QCoreApplication

    from clearsky_downloader.core import errors
    from clearsky_downloader.core.i18n import install_translator, remove_translator, tr

    try:
        assert install_translator("de_DE").endswith("clearsky_downloader_de.qm")
        assert tr("Orders") == "Aufträge"
        text = tr("{n} cells in EPSG {zones} · {which}").format(n=3, zones="32632", which="x")
        assert text == "3 Zellen in EPSG 32632 · x"
        hint = errors.InsufficientCreditsError("x").user_message()
        assert "Credits auf" in hint, "class-level hints are translated where they are shown"
        assert install_translator("fr") == "" and QCoreApplication.translate("ClearSKY", "Orders") == "Aufträge"
    finally:
        remove_translator()
    assert tr("Orders") == "Orders"


@pytest.mark.gui
def test_qgis_in_german_shows_the_dock_the_cost_dialog_and_errors_in_german(emulator, tmp_path):
    out = tmp_path / "probe.json"
    profiles = tmp_path / "profiles"
    ini = profiles / "profiles" / "default" / "QGIS"
    ini.mkdir(parents=True)
    (ini / "QGIS3.ini").write_text(
        "[PythonPlugins]\nclearsky_downloader=true\n[qgis]\ncheckVersion=false\nshowTips=false\n"
        "[locale]\noverrideFlag=true\nuserLocale=de\nglobalLocale=de_DE\n"
    )
    shot = ROOT / "build" / "dock-de.png"
    shot.parent.mkdir(exist_ok=True)
    env = {
        "PROBE_OUT": str(out),
        "PROBE_SHOT": str(shot),
        "CLEARSKY_API_URL": emulator.url,
        "CLEARSKY_API_KEY": emulator.api_key,
    }
    proc = run_qgis(ROOT / "test" / "qgis_app" / "i18n_probe.py", PLUGIN_PARENT, env, profiles=profiles)
    assert out.exists(), f"QGIS did not run the probe: rc={proc.returncode}\n{proc.stderr[-3000:]}"
    result = json.loads(out.read_text())
    assert "error" not in result, result["error"]
    assert result["locale"].startswith("de")
    title, text = result["error_message"]
    assert title == "ClearSKY · Anfrage" and text.startswith("Wählen Sie zuerst ein Interessengebiet")
    dock = result["dock"]
    assert dock["check"] == "Verfügbarkeit && Kosten prüfen"  # "&&" shows as "&"
    assert "Neuer Auftrag für dieses Gebiet…" in dock["buttons"] and "Herunterladen…" in dock["buttons"]
    assert dock["account"].startswith("Konto: ") and "Credits" in dock["account"]
    cost = result["cost_dialog"]
    assert cost["title"] == "ClearSKY – Verfügbarkeit und Kosten"
    assert (cost["download"], cost["cancel"]) == ("Herunterladen", "Abbrechen")
    assert "vollständig verfügbar" in cost["availability"]
    # #29: numbers as QGIS writes them in German (decimal comma; QGIS omits the group separator
    # unless its "show group separator" option is on), not "10,000.00", which reads as ten
    assert cost["balance"] == "10000,00 Credits", cost["balance"]
    assert "10000,00 Credits" in dock["account"], dock["account"]


def test_numbers_in_translated_texts_follow_the_locale():
    """#29: "10,000.00 Credits" in German reads as ten; every grouped number in a translated text
    (and the dialogs' own figures) follows QGIS's locale."""
    from qgis.PyQt.QtCore import QLocale

    from clearsky_downloader.core.i18n import number, tr

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert tr("{credits:,.2f} credits").format(credits=10000) == "10.000,00 credits"
        assert number(4017.6, 1) == "4.017,6" and tr("{n} dates").format(n=3) == "3 dates"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert tr("{credits:,.2f} credits").format(credits=10000) == "10,000.00 credits"
    finally:
        QLocale.setDefault(before)
