"""Streaming a download to disk: ``<name>.part``, fsync, atomic rename.

No QGIS here.  The body is never held in memory: it goes to the file in
chunks, hashed on the way.  A cancelled or failed download leaves neither a
``.part`` nor a file under the final name.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import unicodedata
import uuid
from email.message import Message
from pathlib import Path
from typing import Any, Callable, Iterable, Optional
from urllib.parse import unquote

from .errors import CancelledError, DiskError, TransferError
from .i18n import tr

CHUNK_SIZE = 1024 * 1024
PART_SUFFIX = ".part"
#: file names are cut to this many UTF-8 bytes: most file systems allow 255, and room is left
#: for ``_1``, ``.aux.xml``, ``.attribution.txt`` and the ``.part`` of a download in progress
MAX_NAME_BYTES = 180
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(1, 10)} | {f"LPT{i}" for i in range(1, 10)}
TIFF_MAGIC = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")

ProgressCallback = Callable[[int, Optional[int]], None]
CancelCheck = Callable[[], bool]


def sanitize_filename(name: Optional[str], default: str = "", suffix: str = ".tif") -> str:
    """A safe base name for a file from the server: no directories, no
    traversal, no control or reserved characters, no Windows device names."""
    text = unicodedata.normalize("NFC", name or "")
    text = text.replace("\\", "/").split("/")[-1]
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    text = re.sub(r'[<>:"|?*]', "_", text).strip(" .")
    stem, dot, ext = text.rpartition(".")
    if not dot:
        stem, ext = text, ""
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    ext = _cut_utf8(ext, 16)
    stem = _cut_utf8(stem, MAX_NAME_BYTES - len(ext.encode("utf-8")) - 1)
    text = f"{stem}.{ext}" if ext else stem
    if not text or text in (".", ".."):
        text = default or f"clearsky-{uuid.uuid4().hex[:8]}{suffix}"
    if suffix and not text.lower().endswith((suffix, ".tiff")):
        text += suffix
    return text


def _cut_utf8(text: str, max_bytes: int) -> str:
    """``text`` shortened to at most ``max_bytes`` in UTF-8, never inside a character."""
    data = text.encode("utf-8")
    if len(data) <= max_bytes:
        return text
    return data[: max(0, max_bytes)].decode("utf-8", errors="ignore").rstrip(" .")


def filename_from_disposition(header: Optional[str]) -> Optional[str]:
    """The file name of a ``Content-Disposition`` header (RFC 6266, incl. ``filename*``)."""
    if not header:
        return None
    msg = Message()
    msg["content-disposition"] = header
    star = re.search(r"filename\*\s*=\s*([^']*)'[^']*'([^;]+)", header, re.IGNORECASE)
    if star:
        value = star.group(2).strip().strip('"')
        try:
            return unquote(value, encoding=star.group(1).strip() or "utf-8", errors="replace")
        except LookupError:  # a charset Python does not know (RFC 8187 allows only UTF-8 anyway)
            return unquote(value, encoding="utf-8", errors="replace")
    name = msg.get_param("filename", header="content-disposition")
    if isinstance(name, tuple):  # RFC 2231 form
        name = name[2]
    return str(name) if name else None


def unique_path(folder: Path, filename: str) -> Path:
    """``folder/filename``, or ``name_1.ext``… when that name is taken (also by a ``.part``)."""
    target = folder / filename
    stem, suffix = target.stem, target.suffix
    n = 1
    while target.exists() or target.with_name(target.name + PART_SUFFIX).exists():
        target = folder / f"{stem}_{n}{suffix}"
        n += 1
    return target


def check_free_space(folder: Path, needed: Optional[int], margin: float = 1.1) -> None:
    """Raise :class:`DiskError` when ``folder`` has less than ``needed`` bytes (+10 %)."""
    if not needed:
        return
    free = shutil.disk_usage(folder).free
    if free < needed * margin:
        raise DiskError(
            tr("Not enough free disk space in {folder}: the download needs about {value2}, {value3} are free.").format(
                folder=folder, value2=format_bytes(int(needed * margin)), value3=format_bytes(free)
            )
        )


def format_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if abs(n) < 1024 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"


class _BackgroundHash:
    """SHA-256 on a worker thread (hashlib releases the GIL), so hashing overlaps the
    network and the disk instead of adding to them; at most ``depth`` chunks wait."""

    def __init__(self, depth: int = 8) -> None:
        import queue
        import threading

        self._digest = hashlib.sha256()
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._thread = threading.Thread(target=self._work, name="clearsky-sha256", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        while True:
            chunk = self._queue.get()
            if chunk is None:
                return
            self._digest.update(chunk)

    def update(self, chunk: bytes) -> None:
        self._queue.put(chunk)

    def hexdigest(self) -> str:
        self.close()
        return self._digest.hexdigest()

    def close(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()


def open_part(folder: Path, name: str = "download") -> tuple[Any, Path]:
    """A new, empty ``.part`` file in ``folder``, created exclusively (``mkstemp``: a random
    name opened with ``O_CREAT | O_EXCL``, so an existing file or symlink is never followed).
    Made *before* a paid request is sent, so an unwritable folder fails before any charge."""
    import tempfile

    stem = sanitize_filename(name, suffix="")[:40] or "download"
    try:
        fd, path = tempfile.mkstemp(prefix=f".{stem}.", suffix=PART_SUFFIX, dir=str(folder))
    except OSError as exc:
        raise DiskError(
            tr("Cannot write in {folder}: {value2}; nothing was downloaded.").format(
                folder=folder, value2=exc.strerror or exc
            )
        ) from None
    return os.fdopen(fd, "wb"), Path(path)


def stream_to_file(
    chunks: Iterable[bytes],
    target: Path,
    *,
    expected_size: Optional[int] = None,
    progress: Optional[ProgressCallback] = None,
    is_canceled: Optional[CancelCheck] = None,
    require_tiff: bool = True,
    overwrite: bool = False,
    part: Optional[tuple[Any, Path]] = None,
) -> tuple[int, str, Path]:
    """Write ``chunks`` to ``target`` through a ``.part`` file; return (size, sha256, path).

    ``part`` is an open file from :func:`open_part` (one is made next to ``target`` when not
    given).  ``expected_size`` is the announced length (a shorter body is an error).  The
    body is never cut off for being larger than some estimate: it was paid for.  On any
    failure the ``.part`` is removed and ``target`` is untouched (absent, or the old file
    when ``overwrite``, which is replaced atomically only on success).  Once the last byte
    is on disk the file is kept, even if a cancel arrives at that moment; ``path`` differs
    from ``target`` only when another file took that name meanwhile.
    """
    fh, part_path = part if part is not None else open_part(target.parent, target.name)
    digest = _BackgroundHash()
    size = 0
    head = b""
    ok = complete = False
    try:
        with fh:
            for chunk in chunks:
                if is_canceled and is_canceled():
                    raise CancelledError(tr("The download was cancelled before the file was complete."))
                if not chunk:
                    continue
                if require_tiff and size < 4:
                    head = (head + chunk)[:4]
                    if len(head) == 4 and head not in TIFF_MAGIC:
                        raise TransferError(
                            tr("The server sent something that is not a GeoTIFF; nothing was saved."),
                            hint=tr("Try again later; if it persists, report it to ClearSKY support."),
                        )
                size += len(chunk)
                try:
                    fh.write(chunk)
                except OSError as exc:
                    raise DiskError(
                        tr("Could not write to {parent}: {value2}.").format(
                            parent=target.parent, value2=exc.strerror or exc
                        )
                    ) from None
                digest.update(chunk)
                if progress:
                    progress(size, expected_size)
            if expected_size is not None and size < expected_size:
                raise TransferError(
                    tr("The download broke off: {value1} of {value2} arrived.").format(
                        value1=format_bytes(size), value2=format_bytes(expected_size)
                    )
                )
            if size == 0 or (require_tiff and len(head) < 4):
                raise TransferError(tr("The server sent an empty or truncated file; nothing was saved."))
            try:
                fh.flush()
                os.fsync(fh.fileno())
            except OSError as exc:
                raise DiskError(
                    tr("Could not write to {parent}: {value2}.").format(
                        parent=target.parent, value2=exc.strerror or exc
                    )
                ) from None
        complete = True  # every byte is on disk: from here on a failure never costs the file
        try:
            final = _move_into_place(part_path, target, overwrite)
        except Exception as exc:
            kept = _keep_part(part_path, target)
            error = DiskError(
                tr("The file arrived complete but could not be given its name ({exc}); it is kept as {kept}.").format(
                    exc=exc, kept=kept
                )
            )
            error.kept_path = kept
            raise error from None
        _fsync_dir(target.parent)
        ok = True
        return size, digest.hexdigest(), final
    finally:
        digest.close()
        if not ok and not complete:
            try:
                part_path.unlink()
            except FileNotFoundError:
                pass


def _keep_part(part: Path, target: Path) -> Path:
    """A complete, paid body that could not take its name: kept under a visible name beside it
    (``<name>.kept.tif``), or where the ``.part`` is when even that fails."""
    kept = target.with_name(f"{target.stem}.kept{target.suffix or '.tif'}")
    try:
        os.replace(part, kept)
        return kept
    except OSError:
        return part


def _move_into_place(part: Path, target: Path, overwrite: bool) -> Path:
    """Rename the finished ``.part`` to ``target`` and return where it went.  Without
    ``overwrite`` a file that appeared under that name meanwhile is never clobbered, and the
    paid bytes are never dropped for it either: they take the next free name (``name_1``…).
    A hard link fails on an existing name atomically; without hard links, a check and rename."""
    if overwrite:
        os.replace(part, target)  # replaces a symlink itself, never its target
        return target
    candidate = target
    for _ in range(1000):
        try:
            os.link(part, candidate)
        except FileExistsError:
            candidate = unique_path(target.parent, target.name)
            continue
        except OSError:  # no hard links on this file system
            if candidate.exists() or candidate.is_symlink():
                candidate = unique_path(target.parent, target.name)
                continue
            os.replace(part, candidate)
            return candidate
        part.unlink()
        return candidate
    raise DiskError(tr("No free file name for {name} in {parent}.").format(name=target.name, parent=target.parent))


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
