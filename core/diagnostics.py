"""What a bug report needs, and nothing it must not carry: versions, the API base URL, the last
20 API calls (endpoint, status, duration, server request id, error code) and the last error shown.

Never in it: the key, an ``UploadUrl`` signature (no query strings at all), request or answer
bodies, an area's coordinates.  Plain Python (QGIS and Qt versions are read when available)."""

from __future__ import annotations

import datetime as _dt
import platform
import re
import threading
from collections import deque
from dataclasses import dataclass
from typing import Optional

from .errors import redact

#: request-id headers seen on common API gateways (the ClearSKY one is not documented)
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "traceparent", "x-amzn-requestid")


@dataclass(frozen=True)
class Call:
    when: str
    method: str
    path: str
    status: Optional[int]
    duration_ms: float
    request_id: str = ""
    error_code: Optional[int] = None
    outcome: str = ""  # e.g. "connection broke", for calls without an answer


#: an area's coordinates never go into a report: WKT geometries and coordinate pairs
_GEOMETRY = re.compile(r"\b(?:MULTI)?(?:POLYGON|POINT|LINESTRING|GEOMETRYCOLLECTION)\s*\(.*?\)(?:\s*\))*", re.I | re.S)
_PAIR = re.compile(r"-?\d{1,3}\.\d+[ ,]+-?\d{1,3}\.\d+")


def scrub(text: str) -> str:
    """``text`` without geometries or coordinate pairs."""
    return _PAIR.sub("<coordinates>", _GEOMETRY.sub("<geometry>", text or ""))


_CALLS: deque = deque(maxlen=20)
_LOCK = threading.Lock()
_LAST_ERROR = {"text": ""}


def note_call(call: Call) -> None:
    with _LOCK:
        _CALLS.append(call)


def note_error(text: str) -> None:
    """The last error the user was shown (already free of the key)."""
    _LAST_ERROR["text"] = text


def calls() -> list[Call]:
    with _LOCK:
        return list(_CALLS)


def request_id(headers: object) -> str:
    get = getattr(headers, "get", None)
    if get is None:
        return ""
    for name in REQUEST_ID_HEADERS:
        value = get(name)
        if value:
            return str(value)[:80]
    return ""


def _versions() -> list[tuple[str, str]]:
    from . import plugin_version

    out = [
        ("ClearSKY plugin", plugin_version()),  # no-i18n (a bug report for the developers)
        ("Python", platform.python_version()),
        ("OS", platform.platform()),
    ]  # no-i18n
    try:
        from qgis.core import Qgis
        from qgis.PyQt.QtCore import PYQT_VERSION_STR, QT_VERSION_STR

        out += [("QGIS", Qgis.QGIS_VERSION), ("Qt", QT_VERSION_STR), ("PyQt", PYQT_VERSION_STR)]
    except ImportError:
        pass
    for name, module, attr in (
        ("GDAL", "osgeo.gdal", "__version__"),
        ("shapely", "shapely", "__version__"),
        ("pyproj", "pyproj", "__version__"),
        ("requests", "requests", "__version__"),
    ):
        try:
            out.append((name, str(getattr(__import__(module, fromlist=["x"]), attr))))
        except Exception:
            out.append((name, "not available"))  # no-i18n
    try:
        import pyproj

        out.append(("PROJ", pyproj.proj_version_str))
    except (ImportError, AttributeError):
        out.append(("PROJ", "not available"))  # no-i18n
    return out


def report(base_url: str = "", key: str = "") -> str:
    """The text *Copy diagnostics* puts on the clipboard; ``key`` is redacted wherever it appears."""
    lines = [
        "ClearSKY plugin diagnostics",  # no-i18n
        f"Generated {_dt.datetime.now(_dt.timezone.utc).isoformat(timespec='seconds')}",
        "",
    ]
    lines += [f"{name}: {value}" for name, value in _versions()]
    lines += [
        "",
        f"API base URL: {base_url.split('?')[0] or 'not configured'}",  # no-i18n
        "",
        "Last API calls (newest last):",  # no-i18n
    ]
    recent = calls()
    if not recent:
        lines.append("  none in this session")  # no-i18n
    for c in recent:
        status = str(c.status) if c.status is not None else c.outcome or "no answer"  # no-i18n
        extra = f" code {c.error_code}" if c.error_code is not None else ""
        rid = f" id {c.request_id}" if c.request_id else ""
        lines.append(f"  {c.when} {c.method} {c.path.split('?')[0]} → {status}{extra} in {c.duration_ms:.0f} ms{rid}")
    lines += ["", "Last error shown: " + (scrub(_LAST_ERROR["text"]) or "none")]  # no-i18n
    return redact("\n".join(lines), key) + "\n"
