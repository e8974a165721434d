"""The one place for the plugin's settings and its secret.

Settings live under ``clearsky_downloader/`` in ``QgsSettings``.  The API key
lives only in QGIS's authentication database (a ``Basic`` auth config whose
password is the key); settings keep the auth config id.  ``CLEARSKY_API_URL``
and ``CLEARSKY_API_KEY`` in the environment override both (headless use).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Optional

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

from .api import ClearSkyClient
from .errors import AuthError, ConfigurationError
from .i18n import tr
from .log import register_secret
from .transport import DEFAULT_BASE_URL, RetryPolicy

PREFIX = "clearsky_downloader"
ENV_URL = "CLEARSKY_API_URL"
ENV_KEY = "CLEARSKY_API_KEY"
AUTH_NAME = "ClearSKY API key"  # no-i18n (the auth database entry is found by it)


@dataclass
class Settings:
    """Every stored setting, with its default."""

    base_url: str = DEFAULT_BASE_URL
    authcfg: str = ""
    output_folder: str = field(default_factory=lambda: str(Path.home() / "ClearSKY"))
    budget_credits: float = 0.0  # 0 = no budget warning
    month_budget_credits: float = 0.0  # downloads' monthly budget in credits; 0 = none
    month_budget_money: float = 0.0  # orders' monthly budget in the account's currency; 0 = none
    watch_hours: float = 4.0  # watched areas are checked this often while QGIS runs
    max_parallel: int = 0  # 0 = the account's MaxConcurrentConnections
    last_params: str = "{}"  # the dock's last form, JSON

    @classmethod
    def load(cls) -> Settings:
        qs = QgsSettings()
        values: dict[str, Any] = {}
        for f in fields(cls):
            default = getattr(cls(), f.name)
            raw = qs.value(f"{PREFIX}/{f.name}", default)
            try:
                values[f.name] = type(default)(raw) if raw is not None else default
            except (TypeError, ValueError):
                values[f.name] = default
        return cls(**values)

    def save(self) -> None:
        qs = QgsSettings()
        for name, value in asdict(self).items():
            qs.setValue(f"{PREFIX}/{name}", value)

    # -- derived --------------------------------------------------------------------
    def effective_url(self) -> str:
        return os.environ.get(ENV_URL) or self.base_url or DEFAULT_BASE_URL

    def params(self) -> dict[str, Any]:
        try:
            value = json.loads(self.last_params or "{}")
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def set_params(self, params: dict[str, Any]) -> None:
        self.last_params = json.dumps(params, sort_keys=True)


def _auth_manager() -> Any:
    return QgsApplication.authManager()


def store_api_key(key: str, authcfg: str = "") -> str:
    """Store ``key`` in the QGIS auth database; returns the auth config id."""
    key = (key or "").strip()
    if not key:
        raise ConfigurationError(tr("The API key is empty."))
    am = _auth_manager()
    if am.isDisabled():
        raise ConfigurationError(
            tr("QGIS's authentication database is not available, so the key cannot be stored safely."),
            hint=tr("Check Settings → Options → Authentication; for headless use set CLEARSKY_API_KEY."),
        )
    cfg = QgsAuthMethodConfig("Basic")
    if authcfg and am.loadAuthenticationConfig(authcfg, cfg, True):
        cfg.setConfig("password", key)
        ok = am.updateAuthenticationConfig(cfg)
    else:
        cfg = QgsAuthMethodConfig("Basic")
        cfg.setName(AUTH_NAME)
        cfg.setConfig("username", "x-api-key")
        cfg.setConfig("password", key)
        ok = am.storeAuthenticationConfig(cfg)
    if not ok or not cfg.id():
        raise ConfigurationError(
            tr("The key could not be stored in QGIS's authentication database (is the master password set?).")
        )
    register_secret(key)
    return cfg.id()


def key_configured(settings: Optional[Settings] = None) -> bool:
    """A key is set up (environment or auth database), without reading it: reading the
    auth database may ask for the master password, which a start-up check must not do."""
    settings = settings or Settings.load()
    return bool(os.environ.get(ENV_KEY) or settings.authcfg)


def load_api_key(settings: Optional[Settings] = None) -> str:
    """The key: ``CLEARSKY_API_KEY`` if set, else from the auth database."""
    env = os.environ.get(ENV_KEY)
    if env:
        register_secret(env)
        return env.strip()
    settings = settings or Settings.load()
    if not settings.authcfg:
        return ""
    cfg = QgsAuthMethodConfig()
    if not _auth_manager().loadAuthenticationConfig(settings.authcfg, cfg, True):
        return ""
    key = cfg.config("password", "")
    register_secret(key)
    return key


def qgis_proxies() -> dict[str, str]:
    """``requests`` proxies from QGIS's network settings (Settings → Options → Network)."""
    qs = QgsSettings()
    enabled = str(qs.value("proxy/proxyEnabled", False)).lower() in ("true", "1")
    if not enabled:
        return {}
    host = str(qs.value("proxy/proxyHost", "") or "")
    port = str(qs.value("proxy/proxyPort", "") or "")
    if not host:
        return {}
    kind = str(qs.value("proxy/proxyType", "HttpProxy"))
    scheme = "socks5h" if "socks" in kind.lower() else "http"
    user = str(qs.value("proxy/proxyUser", "") or "")
    password = str(qs.value("proxy/proxyPassword", "") or "")
    auth = f"{user}:{password}@" if user else ""
    url = f"{scheme}://{auth}{host}" + (f":{port}" if port else "")
    return {"http": url, "https": url}


def make_client(
    settings: Optional[Settings] = None,
    *,
    url: Optional[str] = None,
    key: Optional[str] = None,
    retry: Optional[RetryPolicy] = None,
) -> ClearSkyClient:
    """The one way to build a client (dock, Processing, Browser, the settings dialog's *Test
    connection*): from settings / environment, or the ``url``/``key`` being edited, always
    through QGIS's proxy; a typed error when unusable."""
    settings = settings or Settings.load()
    key = key if key is not None else load_api_key(settings)
    if not key:
        raise AuthError(
            tr("No ClearSKY API key is configured."),
            hint=tr("Open ClearSKY settings and enter your key (or set CLEARSKY_API_KEY for headless use)."),
        )
    return ClearSkyClient(url or settings.effective_url(), key, proxies=qgis_proxies(), retry=retry or RetryPolicy())
