"""Reading configuration from environment variables.

Kept free of Django imports so settings.py can use it before Django is configured.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be one of 1/0, true/false, yes/no, on/off; got {raw!r}.")


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number; got {raw!r}.") from None


def parse_database_url(url: str, *, base_dir: Path) -> dict:
    """Turn a DATABASE_URL into a Django DATABASES entry.

    Supported: ``postgres://user:password@host:port/name?sslmode=require`` (also
    ``postgresql://``) and ``sqlite:///relative/or/absolute/path.sqlite3``.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in {"postgres", "postgresql", "pgsql"}:
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise ImproperlyConfigured("DATABASE_URL names no database (postgres://user@host:5432/NAME).")
        config = {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            # Reuse connections across requests and check them before use, so a restarted
            # database server does not surface as a 500 on the first request after it.
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
        options = dict(parse_qsl(parts.query))
        if options:
            config["OPTIONS"] = options
        return config
    if scheme == "sqlite":
        path = unquote(parts.path)
        if path in {"", "/"}:
            raise ImproperlyConfigured("DATABASE_URL names no SQLite file (sqlite:///db.sqlite3).")
        # sqlite:///db.sqlite3 is relative to the project; sqlite:////abs/path is absolute.
        relative = path[1:]
        file = Path(relative) if relative.startswith("/") else base_dir / relative
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": str(file)}
    raise ImproperlyConfigured(f"DATABASE_URL scheme {scheme!r} is not supported (use postgres:// or sqlite:///).")
