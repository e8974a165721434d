"""*Settings → Options → ClearSKY*.  The factory is registered at QGIS start-up, so this module
stays light: the form (which needs ``requests`` and the client) is imported only when QGIS
opens its Options dialog."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.gui import QgsOptionsWidgetFactory


class ClearSkyOptionsFactory(QgsOptionsWidgetFactory):
    def __init__(self, icon: Any, on_saved: Optional[Callable[[Any], None]] = None) -> None:
        super().__init__("ClearSKY", icon)
        self.on_saved = on_saved

    def createWidget(self, parent: Any = None) -> Any:
        from .settings_dialog import ClearSkyOptionsPage

        return ClearSkyOptionsPage(parent, self.on_saved)
