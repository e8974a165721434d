"""The *Output* panel: the folder a download lands in, or an upload URL (``UploadUrl``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import QButtonGroup, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QRadioButton

from ..core.errors import InvalidRequestError
from ..core.i18n import tr
from .form_state import FormState


class OutputPanel(QGroupBox):
    def __init__(self, state: FormState, default_folder: str, parent=None) -> None:
        super().__init__(tr("Output"), parent)
        self.state = state
        form = QFormLayout(self)
        self.folder_widget = QgsFileWidget()
        self.folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder_widget.setFilePath(default_folder)
        self.folder_widget.fileChanged.connect(self._changed)
        form.addRow(tr("Folder"), self.folder_widget)
        self.to_folder = QRadioButton(tr("download here"))
        self.to_url = QRadioButton(tr("deliver to URL"))
        self.to_folder.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.to_folder)
        group.addButton(self.to_url)
        self.upload_edit = QLineEdit()
        self.upload_edit.setPlaceholderText(tr("pre-signed PUT URL (UploadUrl)"))
        self.upload_edit.setEnabled(False)
        self.to_url.toggled.connect(self.upload_edit.setEnabled)
        self.to_url.toggled.connect(self._changed)
        self.upload_edit.textChanged.connect(self._changed)
        row = QHBoxLayout()
        row.addWidget(self.to_folder)
        row.addWidget(self.to_url)
        row.addStretch(1)
        form.addRow(row)  # the whole width: the radio buttons say what they do
        form.addRow(tr("URL"), self.upload_edit)

    def _changed(self, *args: Any) -> None:
        self.state.changed.emit()

    def upload_url(self) -> Optional[str]:
        """The upload URL when delivering to one; a typed error when it is chosen but empty."""
        if not self.to_url.isChecked():
            return None
        upload = self.upload_edit.text().strip()
        if not upload:
            raise InvalidRequestError(tr("Enter the upload URL, or choose 'download here'."))
        return upload

    def folder(self) -> Optional[Path]:
        """The output folder (None when delivering to a URL)."""
        if self.to_url.isChecked():
            return None
        text = self.folder_widget.filePath().strip()
        if not text:
            raise InvalidRequestError(tr("Choose an output folder."))
        return Path(text).expanduser()

    def params(self) -> dict[str, Any]:
        return {"folder": self.folder_widget.filePath(), "delivery": "url" if self.to_url.isChecked() else "folder"}

    def restore(self, p: dict) -> None:
        if p.get("folder"):
            self.folder_widget.setFilePath(p["folder"])
        self.to_url.setChecked(p.get("delivery") == "url")
