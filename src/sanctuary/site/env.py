"""Where the settings come from: the environment, with safe local defaults under var/."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[3]


def var_dir() -> Path:
    """The writable folder for the embedded database, the local secret key and uploads."""
    path = Path(os.environ.get("SANCTUARY_VAR_DIR", PROJECT_ROOT / "var"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def is_production() -> bool:
    return os.environ.get("SANCTUARY_ENV", "local").lower() == "production"


def secret_key() -> str:
    """SECRET_KEY from the environment; for local use only, one generated once into var/."""
    key = os.environ.get("SECRET_KEY")
    if key:
        return key
    if is_production():
        raise RuntimeError("SECRET_KEY must be set when SANCTUARY_ENV=production")
    path = var_dir() / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()
