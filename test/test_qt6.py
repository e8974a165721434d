"""QGIS 4 (Qt 6) readiness: the plugin's code uses none of the constructs that QGIS's Qt5→Qt6
migration notes list as breaking.  ``core/compat.py`` is the one place allowed to spell the
QGIS 3.22 forms (behind a version check).

The check walks the AST of every plugin module and resolves each ``Class.member`` against the
real PyQt/QGIS classes: a member that is an enum *value* reached without its enum class (Qt 5
lets ``Qt.AlignLeft`` through, Qt 6 wants ``Qt.AlignmentFlag.AlignLeft``) is a finding."""

from __future__ import annotations

import ast
import enum
from pathlib import Path

import pytest

from conftest import ROOT

ALLOWED = {"core/compat.py"}
GONE_NAMES = {"QRegExp", "QDesktopWidget", "QVariant", "resources_rc", "QStringList", "QMatrix"}
GONE_METHODS = {"exec_": "exec()", "print_": "print()", "setMargin": "setContentsMargins()"}


def plugin_modules() -> list[Path]:
    out = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.split("/")[0] in ("test", "build", "bench", "scripts", ".venv", ".venv-deb") or "/." in f"/{rel}":
            continue
        out.append(path)
    return out


def _imported_classes(tree: ast.AST) -> dict[str, object]:
    """Names bound by ``from qgis.* import X`` in the module, resolved to the real objects."""
    import importlib

    found: dict[str, object] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(("qgis", "PyQt")):
            try:
                module = importlib.import_module(node.module)
            except ImportError:
                continue
            for alias in node.names:
                obj = getattr(module, alias.name, None)
                if isinstance(obj, type):
                    found[alias.asname or alias.name] = obj
    return found


def _is_enum_value(obj: object) -> bool:
    """A Qt/QGIS enum member (sip: an int subclass; Qt 6 / PyQt6: a Python enum member)."""
    if isinstance(obj, enum.Enum):
        return True
    return isinstance(obj, int) and type(obj) is not int and type(obj) is not bool


#: classes Qt 6 moved out of QtWidgets (importable from there only inside a try/except fallback)
MOVED_TO_QTGUI = {"QAction", "QActionGroup", "QShortcut", "QUndoCommand", "QFileSystemModel"}


def findings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    classes = _imported_classes(tree)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    out = []
    rel = path.relative_to(ROOT).as_posix()
    for node in ast.walk(tree):
        where = f"{rel}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("QtWidgets"):
            moved = [a.name for a in node.names if a.name in MOVED_TO_QTGUI]
            if moved and not isinstance(parents.get(node), ast.ExceptHandler):
                out.append(f"{where}: {', '.join(moved)} moved to QtGui in Qt 6 (import it from there first)")
        if isinstance(node, ast.Name) and node.id in GONE_NAMES:
            out.append(f"{where}: {node.id} is gone in Qt 6")
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] + [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [a.name for a in node.names] if isinstance(node, ast.Import) else []
            for name in names:
                if name.split(".")[-1] in GONE_NAMES:
                    out.append(f"{where}: imports {name}, gone in Qt 6")
        if isinstance(node, ast.Attribute):
            if node.attr in GONE_METHODS:
                out.append(f"{where}: .{node.attr}() is gone in Qt 6: use {GONE_METHODS[node.attr]}")
            if isinstance(node.value, ast.Name) and node.value.id in classes:
                outer = parents.get(node)
                if isinstance(outer, ast.Attribute) and outer.value is node:
                    continue  # Class.Enum.member: scoped
                obj = getattr(classes[node.value.id], node.attr, None)
                if _is_enum_value(obj):
                    scope = type(obj).__name__
                    out.append(f"{where}: {node.value.id}.{node.attr} without its enum ({node.value.id}.{scope}.…)")
        signals = ("activated", "currentIndexChanged", "highlighted")
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr in signals
            and isinstance(node.slice, ast.Name)
        ):
            out.append(f"{where}: overloaded signal {node.value.attr}[{node.slice.id}] is gone in Qt 6")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "width":
            inner = node.func.value
            metrics = isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute)
            if metrics and "fontMetrics" in inner.func.attr:
                out.append(f"{where}: QFontMetrics.width() is gone in Qt 6: use horizontalAdvance()")
    return out


@pytest.mark.parametrize("path", plugin_modules(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_qt5_only_construct(path):
    if path.relative_to(ROOT).as_posix() in ALLOWED:
        pytest.skip("the one place that spells the QGIS 3.22 forms, behind version checks")
    assert findings(path) == []


def test_the_checker_finds_what_it_should(tmp_path, monkeypatch):
    import test_qt6

    sample = tmp_path / "sample.py"
    sample.write_text(
        "from qgis.PyQt.QtCore import Qt\nfrom qgis.core import QgsWkbTypes\n"
        "a = Qt.AlignLeft\nb = Qt.AlignmentFlag.AlignLeft\nc = QgsWkbTypes.PolygonGeometry\n"
        "d = QgsWkbTypes.GeometryType.PolygonGeometry\nx.exec_()\nfrom qgis.PyQt.QtCore import QRegExp\n"
        "w.activated[str].connect(f)\nfrom qgis.PyQt.QtWidgets import QAction\n"
        "try:\n    from qgis.PyQt.QtGui import QAction\n"
        "except ImportError:\n    from qgis.PyQt.QtWidgets import QAction\n"
    )
    monkeypatch.setattr(test_qt6, "ROOT", tmp_path)
    lines = test_qt6.findings(sample)
    assert any("Qt.AlignLeft without its enum" in x for x in lines)
    assert any("QgsWkbTypes.PolygonGeometry without its enum" in x for x in lines)
    assert any(".exec_()" in x for x in lines) and any("QRegExp" in x for x in lines)
    assert any("activated[str]" in x for x in lines)
    assert [x for x in lines if "moved to QtGui" in x] == [
        f"{sample.relative_to(tmp_path)}:10: QAction moved to QtGui in Qt 6 (import it from there first)"
    ]
    assert not any(":4:" in x or ":6:" in x for x in lines), lines  # the scoped spellings pass


def test_metadata_declares_qt6_support():
    """QGIS 4's plugin manager hides plugins that do not declare it (the checks above are why we may)."""
    import configparser

    meta = configparser.ConfigParser()
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    assert meta["general"]["supportsQt6"] == "True" and meta["general"]["qgisMinimumVersion"] == "3.22"
