"""Encryption at rest for the few free-text fields that may carry a name: Fernet (AES-128-CBC +
HMAC-SHA256) from the vetted `cryptography` package.

The key is `SANCTUARY_FIELD_KEY` from the environment (a Fernet key) when set; otherwise it is
derived from SECRET_KEY with HKDF-SHA256 and a fixed info string, so a deployment works without
another secret. Key rotation is not built: changing either key makes old values unreadable,
which `decrypt` reports as an empty value rather than an error (see docs/encounters.md).
"""

from __future__ import annotations

import base64
import functools
import logging
import os
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.db import models

_INFO = b"sanctuary.encounters.field-encryption.v1"
logger = logging.getLogger(__name__)


@functools.cache
def _fernet(secret: str, env_key: str) -> Fernet:
    if env_key:
        return Fernet(env_key.encode())
    raw = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(secret.encode())
    return Fernet(base64.urlsafe_b64encode(raw))


def fernet() -> Fernet:
    return _fernet(settings.SECRET_KEY, os.environ.get("SANCTUARY_FIELD_KEY", ""))


def encrypt(value: str) -> str:
    return fernet().encrypt(value.encode()).decode() if value else ""


def decrypt(token: str) -> str:
    if not token:
        return ""
    try:
        return fernet().decrypt(token.encode()).decode()
    except (InvalidToken, ValueError):
        # Never the token or the text; only that a value could not be read, so a changed key
        # shows up in the logs instead of passing for an empty note.
        logger.warning("An encrypted field could not be decrypted: wrong or changed field key?")
        return ""


class EncryptedTextField(models.TextField):
    """A text field stored as a Fernet token; Python code only ever sees the plain text."""

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> str:
        return decrypt(value or "")

    def to_python(self, value: Any) -> str:
        return "" if value is None else str(value)

    def get_prep_value(self, value: Any) -> str:
        return encrypt(str(value)) if value else ""
