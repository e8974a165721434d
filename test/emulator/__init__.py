"""Loopback emulator of the ClearSKY API for tests and ``make demo``."""

from .server import ClearSkyEmulator, Fault, UploadSink, geodesic_km2, make_order

__all__ = ["ClearSkyEmulator", "Fault", "UploadSink", "geodesic_km2", "make_order"]
