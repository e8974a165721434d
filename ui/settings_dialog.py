"""ClearSKY settings: API key (in QGIS's auth database), connection test, defaults.

One implementation, :class:`SettingsWidget`, behind both places a user finds them: the plugin's
own dialog (Web → ClearSKY → Settings…, the dock's ⚙) and *Settings → Options → ClearSKY*."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsApplication
from qgis.gui import QgsFileWidget, QgsOptionsPageWidget
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import ClearSkyError
from ..core.i18n import number, tr
from ..core.settings import ENV_KEY, ENV_URL, Settings, load_api_key, make_client, store_api_key
from ..core.tasks import CallTask
from ..core.transport import DEFAULT_BASE_URL, validate_base_url

KEY_PLACEHOLDER = "••••••••"


class SettingsWidget(QWidget):
    """The settings form; :meth:`save` stores them (typed errors for a bad URL or key)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.settings = Settings.load()
        self._task: Optional[CallTask] = None
        layout = QVBoxLayout(self)

        account = QGroupBox(tr("Account"))
        form = QFormLayout(account)
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setObjectName("api_key")
        stored = bool(self.settings.authcfg)
        self.key_edit.setPlaceholderText(
            tr("stored in the QGIS authentication database – type to replace") if stored else tr("paste your API key")
        )
        form.addRow(tr("API key"), self.key_edit)
        note = tr("The key is kept in QGIS's authentication database, protected by its master password.")
        if not QgsApplication.authManager().masterPasswordHashInDatabase():
            note += " " + tr(
                "No master password is set yet: when you save, QGIS will ask you to choose one. It protects "
                "the key (and the other passwords QGIS keeps) on this computer; QGIS asks for it once per session."
            )
        import os

        if os.environ.get(ENV_KEY):
            note += " " + tr("{env} is set in the environment and takes precedence.").format(env=ENV_KEY)
        key_note = QLabel(note)
        key_note.setWordWrap(True)
        key_note.setStyleSheet("color: palette(mid);")
        form.addRow("", key_note)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel("")
        self.test_result.setWordWrap(True)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        form.addRow("", test_row)
        layout.addWidget(account)

        defaults = QGroupBox(tr("Defaults"))
        form2 = QFormLayout(defaults)
        self.folder = QgsFileWidget()
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.setFilePath(self.settings.output_folder)
        form2.addRow(tr("Output folder"), self.folder)
        self.budget = QDoubleSpinBox()
        self.budget.setRange(0, 1e9)
        self.budget.setDecimals(0)
        self.budget.setSpecialValueText(tr("no budget"))
        self.budget.setSuffix(" " + tr("credits"))
        self.budget.setValue(self.settings.budget_credits)
        form2.addRow(tr("Warn above"), self.budget)
        self.parallel = QSpinBox()
        self.parallel.setRange(0, 32)
        self.parallel.setSpecialValueText(tr("account limit"))
        self.parallel.setValue(self.settings.max_parallel)
        form2.addRow(tr("Parallel downloads"), self.parallel)
        self.watch_hours = QDoubleSpinBox()
        self.watch_hours.setObjectName("watch_hours")
        self.watch_hours.setRange(0.5, 168)
        self.watch_hours.setDecimals(1)
        self.watch_hours.setSuffix(" h")
        self.watch_hours.setValue(self.settings.watch_hours)
        self.watch_hours.setToolTip(tr("Watched areas are checked for new dates at QGIS start and then this often"))
        form2.addRow(tr("Check watched areas every"), self.watch_hours)
        layout.addWidget(defaults)

        budgets = QGroupBox(tr("Monthly budgets"))
        budgets.setObjectName("budgets")
        form4 = QFormLayout(budgets)
        self.month_credits = QDoubleSpinBox()
        self.month_credits.setObjectName("month_budget_credits")
        self.month_credits.setRange(0, 1e9)
        self.month_credits.setDecimals(0)
        self.month_credits.setSpecialValueText(tr("no budget"))
        self.month_credits.setSuffix(" " + tr("credits"))
        self.month_credits.setValue(self.settings.month_budget_credits)
        self.month_credits.setToolTip(
            tr(
                "Downloads that would take a calendar month past this need a second confirmation "
                "(Processing: ALLOW_OVER_BUDGET=true)"
            )
        )
        form4.addRow(tr("Downloads"), self.month_credits)
        self.month_money = QDoubleSpinBox()
        self.month_money.setObjectName("month_budget_money")
        self.month_money.setRange(0, 1e9)
        self.month_money.setDecimals(2)
        self.month_money.setSpecialValueText(tr("no budget"))
        self.month_money.setToolTip(tr("In the currency ClearSKY bills orders in (e.g. EUR)"))
        self.month_money.setValue(self.settings.month_budget_money)
        form4.addRow(tr("Orders (account currency)"), self.month_money)
        layout.addWidget(budgets)

        advanced = QGroupBox(tr("Advanced"))
        advanced.setCheckable(True)
        advanced.setChecked(self.settings.base_url.rstrip("/") != DEFAULT_BASE_URL)
        form3 = QFormLayout(advanced)
        self.url_edit = QLineEdit(self.settings.base_url)
        self.url_edit.setPlaceholderText(DEFAULT_BASE_URL)
        form3.addRow(tr("API URL"), self.url_edit)
        proxy = QLabel(tr("Proxy: taken from Settings → Options → Network."))
        form3.addRow("", proxy)
        layout.addWidget(advanced)
        layout.addStretch(1)

    def _url(self) -> str:
        return validate_base_url(self.url_edit.text().strip() or DEFAULT_BASE_URL)

    def _key(self) -> str:
        typed = self.key_edit.text().strip()
        return typed or load_api_key(self.settings)

    def save(self) -> None:
        """Store the key in the auth database and the rest in settings (typed errors)."""
        url = self._url()
        typed = self.key_edit.text().strip()
        if typed:
            self.settings.authcfg = store_api_key(typed, self.settings.authcfg)
            self.key_edit.clear()
        self.settings.base_url = url
        self.settings.output_folder = self.folder.filePath()
        self.settings.budget_credits = float(self.budget.value())
        self.settings.max_parallel = int(self.parallel.value())
        self.settings.month_budget_credits = float(self.month_credits.value())
        self.settings.month_budget_money = float(self.month_money.value())
        self.settings.watch_hours = float(self.watch_hours.value())
        self.settings.save()

    def show_error(self, exc: ClearSkyError) -> None:
        self.test_result.setText(f"⚠ {exc.user_message()}")
        self.test_result.setStyleSheet("color: #b3261e;")

    def test_connection(self) -> None:
        """Tests what the plugin will really use: the environment's ``CLEARSKY_API_URL`` /
        ``CLEARSKY_API_KEY`` override these fields (headless use), and the result says so."""
        import os

        env_url, env_key = os.environ.get(ENV_URL, "").strip(), os.environ.get(ENV_KEY, "").strip()
        try:
            url = validate_base_url(env_url) if env_url else self._url()
            client = make_client(self.settings, url=url, key=env_key or self._key())
        except ClearSkyError as exc:
            self._show_test(False, exc.user_message())
            return
        sources = [name for name, value in ((ENV_URL, env_url), (ENV_KEY, env_key)) if value]
        self._tested_where = (
            tr("{url} (from the environment: {names})").format(url=url, names=", ".join(sources)) if sources else url
        )
        self.test_button.setEnabled(False)
        self.test_result.setText(tr("Connecting…"))
        self._task = CallTask(tr("ClearSKY: test connection"), lambda: client.account_info(refresh=True))
        self._task.succeeded.connect(self._tested)
        self._task.failed.connect(lambda err: self._show_test(False, err.user_message()))
        QgsApplication.taskManager().addTask(self._task)

    def _tested(self, info) -> None:
        name = info.name or info.email or tr("account")
        balance = f"{number(info.credits)} {tr('credits')}" if info.credits is not None else tr("balance unknown")
        self._show_test(
            True,
            tr("Connected to {where} as {name} · {balance}").format(
                where=getattr(self, "_tested_where", ""), name=name, balance=balance
            ),
        )

    def _show_test(self, ok: bool, text: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(("✔ " if ok else "⚠ ") + text)
        self.test_result.setStyleSheet(f"color: {'#1b7a2e' if ok else '#b3261e'};")


class SettingsDialog(QDialog):
    """The plugin's own settings dialog: the form plus Save / Cancel."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ClearSKY settings"))
        self.setObjectName("ClearSkySettingsDialog")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.form = SettingsWidget(self)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @property
    def settings(self) -> Settings:
        return self.form.settings

    def save_and_close(self) -> None:
        try:
            self.form.save()
        except ClearSkyError as exc:
            self.form.show_error(exc)
            return
        self.accept()


class ClearSkyOptionsPage(QgsOptionsPageWidget):
    """*Settings → Options → ClearSKY*: the same form; QGIS's OK applies it."""

    def __init__(self, parent=None, on_saved=None) -> None:
        super().__init__(parent)
        self.setObjectName("ClearSkyOptionsPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = SettingsWidget(self)
        layout.addWidget(self.form)
        self.on_saved = on_saved

    def apply(self) -> None:
        try:
            self.form.save()
        except ClearSkyError as exc:  # the Options dialog closes anyway: say it where it is seen
            from qgis.utils import iface

            if iface is not None:
                iface.messageBar().pushWarning("ClearSKY", exc.user_message())
            return
        if self.on_saved is not None:
            self.on_saved(self.form.settings)
