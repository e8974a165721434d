"""``python -m emulator`` (with test/ on PYTHONPATH): run the ClearSKY emulator until stopped."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from pathlib import Path

from .server import ClearSkyEmulator


def main() -> int:
    ap = argparse.ArgumentParser(description="Loopback emulator of the ClearSKY Vision API")
    ap.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0 = a free one)")
    ap.add_argument("--key", default="demo-key-0000", help="the API key it accepts")
    ap.add_argument("--credits", type=float, default=10000)
    ap.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    ap.add_argument("--chunk-delay", type=float, default=0.0, help="seconds between 64 KiB body chunks")
    ap.add_argument("--url-file", type=Path, help="write the base URL here once listening")
    ap.add_argument("--chunk-size", type=int, default=64 * 1024, help="bytes per body write")
    ap.add_argument("--fixed-file", type=Path, help="deliver this GeoTIFF for every composite (benchmarks)")
    ap.add_argument(
        "--publish-file",
        type=Path,
        help="withhold yesterday's date until this file exists (the demo's 'ClearSKY publishes a new date')",
    )
    args = ap.parse_args()
    emu = ClearSkyEmulator(args.key, credits=args.credits, port=args.port)
    emu.latency = args.latency
    emu.chunk_delay = args.chunk_delay
    emu.fixed_file = args.fixed_file
    emu.chunk_size = args.chunk_size
    emu.start()
    if args.publish_file:
        import datetime as dt

        day = dt.date.today() - dt.timedelta(days=1)
        emu.dates = [d for d in emu.dates if d != day]

        def publish() -> None:
            while not args.publish_file.exists():
                time.sleep(0.2)
            emu.dates = sorted([*emu.dates, day])

        threading.Thread(target=publish, daemon=True).start()
    if args.url_file:
        args.url_file.write_text(emu.url)
    print(f"ClearSKY emulator on {emu.url} (key {args.key!r}); Ctrl+C stops it", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *a: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    emu.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
