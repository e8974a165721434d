"""``make translations``: extract every translatable string of the plugin into
``i18n/clearsky_downloader_<lang>.ts`` and compile the ``.qm`` files with Qt's ``lrelease``.

The plugin translates in one context, ``ClearSKY`` (``core/i18n.py``): its ``tr``, ``noop_tr``
and Processing's ``_tr`` are plain functions, which ``pylupdate5`` would file under the context
of whatever class calls them — and the translations would then not be found at run time.  So the
strings are read from the code's syntax tree here (the first argument of those calls, implicit
concatenations joined), merged into the ``.ts`` files (existing translations are kept, new strings
are ``unfinished``, strings no longer in the code are ``vanished``), and ``lrelease`` compiles them.

    python scripts/translations.py            # update the .ts files and compile the .qm files
    python scripts/translations.py --check    # exit 1 when a .ts is not up to date or not complete
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGUAGES = ("de",)
CONTEXT = "ClearSKY"
CALLS = {"tr", "noop_tr", "_tr", "translate"}
SOURCES = ("plugin.py", "__init__.py", "core", "ui", "processing")


def source_files() -> list[Path]:
    out: list[Path] = []
    for name in SOURCES:
        path = ROOT / name
        out += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return out


def extract() -> dict[str, list[tuple[str, int]]]:
    """source text -> [(file, line), …] in the order first seen."""
    found: dict[str, list[tuple[str, int]]] = {}
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name not in CALLS:
                continue
            arg = node.args[1] if name == "translate" and len(node.args) > 1 else node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value.strip():
                found.setdefault(arg.value, []).append((path.relative_to(ROOT).as_posix(), node.lineno))
    return found


def read_ts(path: Path) -> dict[str, tuple[str, str]]:
    """source -> (translation, type) of an existing .ts file."""
    if not path.exists():
        return {}
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        out[source] = ((tr.text or "") if tr is not None else "", (tr.get("type") or "") if tr is not None else "")
    return out


def write_ts(path: Path, lang: str, strings: dict[str, list[tuple[str, int]]], old: dict) -> tuple[int, int]:
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    done = missing = 0
    for source, where in strings.items():
        message = ET.SubElement(context, "message")
        for file, line in where[:3]:
            ET.SubElement(message, "location", filename=f"../{file}", line=str(line))
        ET.SubElement(message, "source").text = source
        text, _kind = old.get(source, ("", ""))
        translation = ET.SubElement(message, "translation")
        if text:
            translation.text = text
            done += 1
        else:
            translation.set("type", "unfinished")
            missing += 1
    for source, (text, _kind) in old.items():  # kept for the translator, not compiled
        if source not in strings and text:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", type="vanished").text = text
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return done, missing


def lrelease() -> str:
    for name in ("lrelease", "lrelease-qt5", "/usr/lib/qt5/bin/lrelease"):
        found = shutil.which(name) or (name if Path(name).exists() else None)
        if found:
            return found
    raise SystemExit("lrelease not found: sudo apt install qttools5-dev-tools")


def main(argv: list[str]) -> int:
    check = "--check" in argv
    strings = extract()
    I18N.mkdir(exist_ok=True)
    status = 0
    for lang in LANGUAGES:
        ts = I18N / f"clearsky_downloader_{lang}.ts"
        old = read_ts(ts)
        if check:
            missing = [s for s in strings if not old.get(s, ("", ""))[0]]
            if missing:
                print(f"{ts.name}: {len(missing)} of {len(strings)} strings untranslated or new, e.g. {missing[:3]}")
                status = 1
            else:
                print(f"{ts.name}: all {len(strings)} strings translated")
            continue
        done, todo = write_ts(ts, lang, strings, old)
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"{ts.name}: {done} translated, {todo} to do; {qm.name} compiled")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
