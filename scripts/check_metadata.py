"""``make package`` runs this first: ``metadata.txt`` has what the QGIS plugin repository needs,
and its ``version`` and ``changelog`` agree with the newest entry of ``CHANGELOG.md``.
Usage: ``check_metadata.py [PLUGIN_DIR]``; prints what is wrong and exits 1, else exits 0."""

from __future__ import annotations

import configparser
import re
import sys
from pathlib import Path

REQUIRED = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository")


def problems(root: Path) -> list[str]:
    meta = configparser.ConfigParser(interpolation=None)
    meta.optionxform = str  # keep the keys' case (qgisMinimumVersion)
    if not meta.read(root / "metadata.txt", encoding="utf-8") or "general" not in meta:
        return ["metadata.txt is missing or has no [general] section"]
    general = meta["general"]
    out = [f"metadata.txt: '{key}' is missing or empty" for key in REQUIRED if not general.get(key, "").strip()]
    version = general.get("version", "").strip()
    if version and not re.fullmatch(r"\d+\.\d+\.\d+", version):
        out.append(f"metadata.txt: version '{version}' is not MAJOR.MINOR.PATCH")
    if not (root / "LICENSE").is_file():
        out.append("LICENSE is missing (the plugin repository requires one)")
    changelog = root / "CHANGELOG.md"
    if not changelog.is_file():
        return [*out, "CHANGELOG.md is missing"]
    heading = re.search(r"^## (\d+\.\d+\.\d+)\b", changelog.read_text(encoding="utf-8"), re.M)
    latest = heading.group(1) if heading else ""
    if latest != version:
        out.append(f"version {version} in metadata.txt, but the newest CHANGELOG.md entry is {latest or 'none'}")
    first = next((line.strip() for line in general.get("changelog", "").splitlines() if line.strip()), "")
    if not first.startswith(f"{version} "):
        out.append(f"metadata.txt's changelog does not begin with the {version} entry")
    return out


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    found = problems(root)
    for line in found:
        print(f"check_metadata: {line}", file=sys.stderr)
    if not found:
        print("check_metadata: metadata.txt is complete and matches CHANGELOG.md")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
