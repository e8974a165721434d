"""What the dock's panels share: the area of interest, the account and the models.

Panels never reach into each other; they read and set this object and listen to its
signals.  ``changed`` fires for anything that changes the request (the dock then updates
its buttons and remembers the form)."""

from __future__ import annotations

from typing import Optional

from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.answers import AccountInfo, ModelInfo
from ..core.aoi import PreparedAoi


class FormState(QObject):
    aoi_changed = pyqtSignal(object)  # PreparedAoi or None
    account_changed = pyqtSignal(object)  # AccountInfo
    models_changed = pyqtSignal(object)  # dict name -> ModelInfo
    changed = pyqtSignal()  # any field of the request

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.aoi: Optional[PreparedAoi] = None
        self.aoi_source = ""
        self.account: Optional[AccountInfo] = None
        self.models: dict[str, ModelInfo] = {}

    def set_aoi(self, aoi: Optional[PreparedAoi], source: str = "") -> None:
        self.aoi, self.aoi_source = aoi, source if aoi is not None else ""
        self.aoi_changed.emit(aoi)
        self.changed.emit()

    def set_account(self, account: AccountInfo) -> None:
        self.account = account
        self.account_changed.emit(account)

    def set_models(self, models: list[ModelInfo]) -> None:
        self.models = {m.name: m for m in models}
        self.models_changed.emit(self.models)
