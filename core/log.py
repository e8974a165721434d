"""Python logging -> QGIS message log (tag ``ClearSKY``), with secrets redacted."""

from __future__ import annotations

import logging
import os
from typing import Optional

from . import LOG_TAG, logger

_SECRETS: set[str] = set()


def register_secret(secret: Optional[str]) -> None:
    """Make sure ``secret`` never reaches a log line (defence in depth)."""
    if secret and len(secret) >= 4:
        _SECRETS.add(secret)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        secrets = set(_SECRETS)
        env = os.environ.get("CLEARSKY_API_KEY")
        if env:
            secrets.add(env)
        if secrets:
            text = record.getMessage()
            for s in secrets:
                text = text.replace(s, "***")
            record.msg, record.args = text, None
        return True


class QgisLogHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        try:
            from qgis.core import Qgis, QgsMessageLog

            level = Qgis.MessageLevel.Info
            if record.levelno >= logging.ERROR:
                level = Qgis.MessageLevel.Critical
            elif record.levelno >= logging.WARNING:
                level = Qgis.MessageLevel.Warning
            QgsMessageLog.logMessage(self.format(record), LOG_TAG, level)
        except Exception:  # logging must never raise into the caller (logging.Handler's own rule)
            self.handleError(record)


_handler: Optional[QgisLogHandler] = None


def install() -> None:
    """Forward the plugin's logger to the QGIS message log (idempotent)."""
    global _handler
    logger.setLevel(logging.INFO)
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())
    if _handler is None:
        _handler = QgisLogHandler()
        _handler.addFilter(RedactingFilter())
        logger.addHandler(_handler)


def uninstall() -> None:
    global _handler
    if _handler is not None:
        logger.removeHandler(_handler)
        _handler = None
