"""Processing provider ``clearsky``."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core import resources_path
from ..core.i18n import tr

PROVIDER_ID = "clearsky"


class ClearSkyProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return "ClearSKY"

    def longName(self) -> str:
        return tr("ClearSKY Vision imagery")

    def icon(self) -> QIcon:
        return QIcon(str(resources_path("icons", "clearsky.svg")))

    def loadAlgorithms(self) -> None:
        from .algorithms import ALGORITHMS

        for cls in ALGORITHMS:
            self.addAlgorithm(cls())
