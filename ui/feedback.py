"""Messages in the QGIS message bar: what happened, what to do, and details on demand."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QMessageBox, QPushButton

from ..core import errors
from ..core.errors import AuthError, ClearSkyError, ConfigurationError, NotFoundError
from ..core.i18n import noop_tr, number, tr

TITLE = "ClearSKY"
#: the message's own title per kind of error (the text says what happened and what to do)
TITLES = (
    (errors.OrderUnknownError, noop_tr("order may have been placed")),
    (errors.ChargedError, noop_tr("charged, not delivered")),
    (errors.InsufficientCreditsError, noop_tr("not enough credits")),
    (errors.AuthError, noop_tr("API key")),
    (errors.ConfigurationError, noop_tr("settings")),
    (errors.NotOrderedError, noop_tr("not ordered")),
    (errors.NotAvailableError, noop_tr("no imagery")),
    (errors.AreaTooLargeError, noop_tr("area too large")),
    (errors.TooManyBandsError, noop_tr("too many bands")),
    (errors.InvalidGeometryError, noop_tr("area of interest")),
    (errors.InvalidRequestError, noop_tr("request")),
    (errors.DiskError, noop_tr("disk")),
    (errors.CancelledError, noop_tr("cancelled")),
    (errors.TransferError, noop_tr("download broke off")),
    (errors.RateLimitError, noop_tr("busy")),
    (errors.ServerError, noop_tr("server problem")),
)


def title_for(error: BaseException) -> str:
    for cls, title in TITLES:
        if isinstance(error, cls):
            return f"{TITLE} · {tr(title)}"
    return TITLE


def push_error(
    bar: Any,
    error: BaseException,
    open_settings: Optional[Callable[[], None]] = None,
    order_area: Optional[Callable[[], Any]] = None,
    check_balance: Optional[Callable[[], Any]] = None,
) -> None:
    """An error with a *Show details* button (*Settings…* for key/URL problems, *Order this
    area…* for an area not covered by an order, *Check balance* after a failure that may have
    cost).  The text is shown as plain text: server words never become links or markup."""
    text = error.user_message() if isinstance(error, ClearSkyError) else str(error)
    from ..core import diagnostics

    diagnostics.note_error(text)
    if bar is None:
        return
    widget = bar.createMessage(title_for(error), plain(text))
    details = QPushButton(tr("Show details"), widget)
    details.clicked.connect(lambda: _details(widget, error, text))
    widget.layout().addWidget(details)
    if open_settings is not None and isinstance(error, (AuthError, ConfigurationError, NotFoundError)):
        settings = QPushButton(tr("Settings…"), widget)
        settings.clicked.connect(open_settings)
        widget.layout().addWidget(settings)
    if order_area is not None and isinstance(error, errors.NotOrderedError):
        order = QPushButton(tr("Order this area…"), widget)
        order.setObjectName("order_this_area")
        order.clicked.connect(lambda: order_area())
        widget.layout().addWidget(order)
    if check_balance is not None and isinstance(error, ClearSkyError) and error.spent_something:
        balance = QPushButton(tr("Check balance"), widget)
        balance.setObjectName("check_balance")
        balance.clicked.connect(lambda: check_balance())
        widget.layout().addWidget(balance)
    bar.pushWidget(widget, Qgis.MessageLevel.Critical, 0)


def plain(text: str) -> str:
    """``text`` for the message bar, which renders rich text: markup is shown, never followed."""
    import html

    return html.escape(text, quote=False)


def push_info(bar: Any, text: str) -> None:
    if bar is not None:
        bar.pushMessage(TITLE, plain(text), Qgis.MessageLevel.Info, 10)


def push_warning(bar: Any, text: str) -> None:
    if bar is not None:
        bar.pushMessage(TITLE, plain(text), Qgis.MessageLevel.Warning, 0)


def push_success(bar: Any, text: str) -> None:
    if bar is not None:
        bar.pushMessage(TITLE, plain(text), Qgis.MessageLevel.Success, 8)


def copy_diagnostics(bar: Any, base_url: str) -> str:
    """*Copy diagnostics*: versions, base URL, the last API calls and the last error, without
    key, signatures or coordinates, on the clipboard for a bug report."""
    from qgis.PyQt.QtWidgets import QApplication

    from ..core import diagnostics

    text = diagnostics.report(base_url)
    QApplication.clipboard().setText(text)
    push_info(bar, tr("Diagnostics copied: paste them into your bug report (no key, no coordinates in them)."))
    return text


def _details(parent: Any, error: BaseException, text: str) -> None:
    """The message, and below it the technical facts in a selectable box (for a bug report)."""
    lines = []
    if isinstance(error, ClearSkyError):
        lines.append(f"{tr('Error type')}: {type(error).__name__}")
        if error.code is not None:
            lines.append(f"{tr('ClearSKY error code')}: {error.code}")
        if error.status is not None:
            lines.append(f"HTTP {error.status}")
        if error.charged is not None:
            charged = error.charged
            lines.append(
                tr("Credits charged: {value}").format(
                    value=f"{number(charged)}" if charged == charged else tr("unknown (it may have been charged)")
                )
            )
        from ..core import diagnostics

        ids = [c.request_id for c in diagnostics.calls() if c.request_id]
        if ids:  # what ClearSKY support asks for
            lines.append(tr("Last request id: {value}").format(value=ids[-1]))
        if isinstance(error.details, dict):
            lines += [f"{k}: {v}" for k, v in error.details.items()]
    box = QMessageBox(QMessageBox.Icon.Warning, title_for(error), text, QMessageBox.StandardButton.Close, parent)
    box.setObjectName("clearsky_error_details")
    box.setInformativeText(tr("More in View → Panels → Log Messages, tab ClearSKY."))
    if lines:
        box.setDetailedText("\n".join(lines))
    box.open()
