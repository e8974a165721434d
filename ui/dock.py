"""The ClearSKY dock widget."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from ..core.i18n import tr


class ClearSkyDock(QDockWidget):
    def __init__(self, iface, parent=None) -> None:
        super().__init__(tr("ClearSKY"), parent)
        self.setObjectName("ClearSkyDock")
        self.iface = iface
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel(tr("ClearSKY Vision imagery")))
        layout.addStretch(1)
        self.setWidget(body)
