"""`make lint`'s plugin check: qgis-plugin-analyzer (pinned in requirements-dev.txt) on exactly
what `make package` ships.  Enforced: zero repository-standards, metadata, security and i18n
findings; every other finding is reported, not enforced.  Prints the summary lines the README
quotes.  A false positive is silenced in the code with ``# no-i18n`` and a reason beside it."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: findings that are not problems here, each with the reason (reported, never enforced)
ACCEPTED = {
    "METADATA_SUPPORTS_QT6": (
        "the analyser calls supportsQt6 deprecated, but QGIS 3.x builds on Qt 6 and the plugin manager read it "
        "to offer a plugin there (QGIS's Qt5→Qt6 migration guidance asks for it); qgisMaximumVersion=4.99 is set too"
    ),
}


#: never shipped, and not tracked by git (a checkout without git, e.g. the matrix chroots)
LOCAL = ("build/", "dist/")


def shipped_files(root: Path = ROOT) -> list[str]:
    """What `make package` puts in the zip: the tracked files (every file when git is not
    there) without the ``export-ignore`` ones of ``.gitattributes``."""
    patterns = [
        line.split()[0]
        for line in (root / ".gitattributes").read_text().splitlines()
        if line.strip() and "export-ignore" in line.split()[1:]
    ]
    try:
        listed = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True, check=True).stdout
        names = [n for n in listed.decode().split("\0") if n]
    except (OSError, subprocess.CalledProcessError):
        names = [p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()]
        names = [  # nothing under a dot-folder (.git, .venv, caches), no bytecode
            n
            for n in names
            if not n.startswith(LOCAL)
            and "__pycache__" not in n.split("/")
            and not any(part.startswith(".") for part in n.split("/")[:-1])
        ]

    def ignored(name: str) -> bool:
        return any(name.startswith(p) if p.endswith("/") else name == p for p in patterns)

    return sorted(n for n in names if not ignored(n) and (root / n).is_file())


def shipped_tree(dest: Path, root: Path = ROOT) -> Path:
    """A copy of :func:`shipped_files` under ``dest/clearsky_downloader``."""
    tree = dest / "clearsky_downloader"
    for name in shipped_files(root):
        target = tree / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((root / name).read_bytes())
    return tree


def repository_scan(tree: Path) -> list[str]:
    """What the official plugin repository runs on every upload (its security-scanning docs):
    Bandit and detect-secrets (blocking here: any finding fails), flake8 (advice: counted), each with
    the configuration the zip ships (``.bandit``, ``setup.cfg``).  Prints their summary lines."""
    bin_dir = Path(sys.executable).parent
    failures = []
    bandit = subprocess.run(
        [str(bin_dir / "bandit"), "-r", ".", "--ini", ".bandit", "-f", "json", "-q"],
        cwd=tree,
        capture_output=True,
        text=True,
    )
    found = json.loads(bandit.stdout or "{}").get("results", [])
    by_severity = Counter(r["issue_severity"] for r in found)
    print(
        f"bandit {_version(bin_dir / 'bandit')}: {len(found)} finding(s) "
        f"(high {by_severity['HIGH']}, medium {by_severity['MEDIUM']}, low {by_severity['LOW']})"
    )
    for r in found:
        failures.append(f"bandit {r['test_id']}: {r['filename']}:{r['line_number']}: {r['issue_text']}")
    secrets = subprocess.run(
        [str(bin_dir / "detect-secrets"), "scan", "--all-files", "."], cwd=tree, capture_output=True, text=True
    )
    leaks = json.loads(secrets.stdout or "{}").get("results", {})
    print(f"detect-secrets {_version(bin_dir / 'detect-secrets')}: {sum(map(len, leaks.values()))} potential secret(s)")
    failures += [f"detect-secrets: {name}" for name in leaks]
    flake8 = subprocess.run([str(bin_dir / "flake8"), "."], cwd=tree, capture_output=True, text=True)
    advice = [line for line in flake8.stdout.splitlines() if line.strip()]
    print(f"flake8 {_version(bin_dir / 'flake8')} (advice, setup.cfg as shipped): {len(advice)} finding(s)")
    for line in advice[:20]:
        print(f"  {line}")
    return failures


def _version(tool: Path) -> str:
    out = subprocess.run([str(tool), "--version"], capture_output=True, text=True).stdout.strip().splitlines()
    words = out[0].split() if out else []
    return next((w for w in words if w[:1].isdigit()), "?")


def main() -> int:
    analyzer = Path(sys.executable).parent / "qgis-analyzer"
    with tempfile.TemporaryDirectory(prefix="clearsky-lint-") as tmp:
        tree = shipped_tree(Path(tmp))
        scan_failures = repository_scan(tree)
        out = Path(tmp) / "report"
        subprocess.run([str(analyzer), "analyze", str(tree), "-o", str(out)], capture_output=True, text=True, cwd=tmp)
        report = out / "project_context.json"
        if not report.exists():
            print("qgis-analyzer wrote no report", file=sys.stderr)
            return 2
        data = json.loads(report.read_text())
    compliance = data["qgis_compliance"]
    issues = compliance["best_practices"]["issues"]
    kinds = Counter(i["type"] for i in issues)
    standards = compliance["repository_standards"]
    metadata = standards["metadata"]
    security = data["security"]
    failures = list(scan_failures)
    if not standards["structure"]["is_valid"] or standards["structure"]["missing_files"]:
        failures.append(f"repository structure: missing {standards['structure']['missing_files']}")
    if not data["repository_compliance"]["is_compliant"] or data["repository_compliance"]["constraint_errors"]:
        failures.append(f"repository compliance: {data['repository_compliance']['constraint_errors']}")
    if not metadata["is_valid"] or metadata["missing"] or metadata["recommended_missing"]:
        failures.append(f"metadata: missing {metadata['missing']} recommended {metadata['recommended_missing']}")
    vulns = security.get("vulnerabilities") or security.get("findings") or []
    if security.get("score", 100) < 100 or vulns:
        failures.append(f"security: score {security.get('score')}, {len(vulns)} finding(s)")
    for issue in issues:
        if issue["type"] == "MISSING_I18N":
            failures.append(f"i18n: {issue['file']}:{issue['line']}: {issue['message']}")
    version = data.get("analyzer_version", "?")
    print(
        f"qgis-plugin-analyzer {version}: repository standards "
        f"{'pass' if standards['structure']['is_valid'] else 'FAIL'}, metadata "
        f"{'pass' if metadata['is_valid'] and not metadata['missing'] else 'FAIL'}, security score "
        f"{security.get('score', '?')}/100 with {len(vulns)} finding(s), untranslated strings {kinds['MISSING_I18N']}"
    )
    reported = ", ".join(f"{k} {n}" for k, n in kinds.most_common() if k != "MISSING_I18N" and k not in ACCEPTED)
    print(f"  reported, not enforced: {reported or 'none'}")
    for rule, why in ACCEPTED.items():
        if kinds[rule]:
            print(f"  accepted: {rule} ({why})")
    for failure in failures:
        print(f"  ✗ {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
