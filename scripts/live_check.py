"""``make live-check``: does the real ClearSKY API still answer the way our client and our
emulator assume?  Free endpoints only; nothing is spent.

Needs ``CLEARSKY_API_KEY`` (and network).  ``CLEARSKY_API_URL`` defaults to the real API.
Each free endpoint is called with the plugin's own client, once against that URL and once
against the emulator's docs profile (started here, ``test/emulator``), and the two answers'
shapes are compared: field names (case-insensitively: the docs answer in both casings,
reference §1.1), types and nesting.  Prints one line per endpoint and exits 1 on a
difference.  The client runs with ``free_only``: a paid request raises before a byte leaves.
The key is never printed."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from pluginpath import plugin_parent  # noqa: E402

sys.path[:0] = [str(plugin_parent(ROOT)), str(ROOT / "test")]
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")

#: a field of about 1 km² near Aarhus (inside ClearSKY's data area)
AOI = "POLYGON((10.000 56.300,10.016 56.300,10.016 56.309,10.000 56.309,10.000 56.300))"
DATE = "2025-06-03"


def shape(value: Any) -> Any:
    """What the comparison looks at: lower-cased keys, value kinds, the first list item."""
    if isinstance(value, dict):
        return {str(k).lower(): shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if value is None:
        return "null"
    return type(value).__name__


def casing(value: Any) -> str:
    keys: list[str] = []

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            keys.extend(str(k) for k in v)
            for x in v.values():
                walk(x)
        elif isinstance(v, list) and v:
            walk(v[0])

    walk(value)
    lower = sum(k[:1].islower() for k in keys)
    upper = sum(k[:1].isupper() for k in keys)
    return "camelCase" if lower and not upper else "PascalCase" if upper and not lower else "mixed"


def differences(expected: Any, got: Any, where: str = "") -> list[str]:
    """Where ``got`` is shaped otherwise than ``expected`` (null matches anything: optional)."""
    if expected == "null" or got == "null":
        return []
    if isinstance(expected, dict) and isinstance(got, dict):
        out = [f"{where}.{k} missing" for k in expected if k not in got]
        out += [f"{where}.{k} not in the docs profile" for k in got if k not in expected]
        for k in expected:
            if k in got:
                out += differences(expected[k], got[k], f"{where}.{k}")
        return out
    if isinstance(expected, list) and isinstance(got, list):
        return differences(expected[0], got[0], f"{where}[]") if expected and got else []
    if expected != got:
        kind = lambda s: "object" if isinstance(s, dict) else "list" if isinstance(s, list) else s  # noqa: E731
        return [f"{where or '.'}: {kind(got)} where the docs profile has {kind(expected)}"]
    return []


def checks(client: Any) -> list[tuple[str, Callable[[], Any]]]:
    from clearsky_downloader.core.models import CompositeRequest

    request = CompositeRequest(date=DATE, wkt=AOI, epsg=32632, bandnames="rgb", resolution=10)

    def first_tile() -> str:
        from clearsky_downloader.core.tiles import search_cells

        return search_cells(client, AOI)[0].guid

    return [
        ("GET models", lambda: client.tasking_models(refresh=True)),
        ("GET account/info + apikey/info", lambda: client.account_info(refresh=True)),
        ("GET orders", lambda: client.orders()),
        ("POST search/tiles (area)", lambda: client.search_tiles(wkt=AOI)),
        ("POST search/tiles (minitiles of a tile)", lambda: client.search_tiles(tile_guid_for_minitiles=first_tile())),
        ("POST search/available (dates)", lambda: client.search_available_dates("2025-06-01", "2025-06-30", wkt=AOI)),
        ("POST composite/available", lambda: client.composite_available(request)),
        ("POST composite/estimate", lambda: client.composite_estimate(request)),
    ]


class Recorder:
    """The plugin's client, free endpoints only, keeping every JSON answer it reads."""

    def __init__(self, url: str, key: str) -> None:
        from clearsky_downloader.core.api import ClearSkyClient
        from clearsky_downloader.core.transport import RetryPolicy

        self.answers: list[tuple[str, str, Any]] = []
        self.client = ClearSkyClient(
            url,
            key,
            free_only=True,
            retry=RetryPolicy(attempts=3, base_delay=1.0, total_time=30.0),
            answer_hook=lambda method, path, data: self.answers.append((method, path, data)),
        )


def run(url: str, key: str, reference_url: str, reference_key: str) -> int:
    from clearsky_downloader.core.errors import ClearSkyError, redact

    live, ref = Recorder(url, key), Recorder(reference_url, reference_key)
    failed = False
    rows = []
    for (name, call), (_n, ref_call) in zip(checks(live.client), checks(ref.client)):
        live.answers.clear()
        ref.answers.clear()
        try:
            ref_call()
        except ClearSkyError as exc:
            rows.append((name, "SKIPPED", f"the docs profile answered with an error: {exc.message}"))
            continue
        try:
            call()
        except ClearSkyError as exc:
            failed = True
            rows.append((name, "ERROR", redact(exc.user_message(), key)))
            continue
        found = []
        for (_m, path, got), (_m2, _p2, expected) in zip(live.answers, ref.answers):
            found += [f"{path.rsplit('/api/', 1)[-1]}: {d}" for d in differences(shape(expected), shape(got))]
        if len(live.answers) != len(ref.answers):
            found.append(f"{len(live.answers)} answers where the docs profile gives {len(ref.answers)}")
        cased = casing(live.answers[0][2]) if live.answers else "?"
        failed |= bool(found)
        rows.append((name, "differs" if found else "matches", "; ".join(found) or f"answers in {cased}"))
    width = max(len(r[0]) for r in rows)
    print(f"Live check of {redact(url, key)} against the emulator's docs profile (free endpoints only)\n")
    for name, verdict, detail in rows:
        print(f"{name:<{width}}  {verdict:<8}  {redact(detail, key)}")
    print("\n" + ("DIFFERENCES FOUND: the client or the emulator needs a look." if failed else "All answers match."))
    return 1 if failed else 0


def main() -> int:
    key = os.environ.get("CLEARSKY_API_KEY", "").strip()
    if not key:
        print("make live-check needs CLEARSKY_API_KEY (your ClearSKY key) in the environment.", file=sys.stderr)
        return 2
    url = os.environ.get("CLEARSKY_API_URL", "").strip() or "https://api.clearsky.vision"
    from emulator import ClearSkyEmulator

    with ClearSkyEmulator("live-check-reference-key") as reference:
        return run(url, key, reference.url, reference.api_key)


if __name__ == "__main__":
    sys.exit(main())
