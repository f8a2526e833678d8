"""Encryption at rest for the few free-text fields that may carry a name: Fernet (AES-128-CBC +
HMAC-SHA256) from the vetted `cryptography` package, through `MultiFernet` so keys can rotate.

Keys, newest first: `SANCTUARY_FIELD_KEYS` (comma-separated Fernet keys), then the one-key form
`SANCTUARY_FIELD_KEY` (both are read; FIELD_KEYS comes first), then a key derived from
SECRET_KEY with HKDF-SHA256 and a fixed info string (so a deployment works without another
secret), then keys derived from each of `SECRET_KEY_FALLBACKS`. New values are encrypted with the
first key; any of them decrypts. `sanctuary rotate-field-keys` (encounters.keyrotation)
re-encrypts stored values with the first key so an old one can be dropped. A value no key reads
is reported by `decrypt` as an empty value rather than an error (see docs/operations.md).
"""

from __future__ import annotations

import base64
import functools
import logging
import os
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models

# Changing this string changes the derived key and makes every value stored under it unreadable.
_INFO = b"sanctuary.encounters.field-encryption.v1"
KEYS_VAR = "SANCTUARY_FIELD_KEYS"
KEY_VAR = "SANCTUARY_FIELD_KEY"
logger = logging.getLogger(__name__)


class FieldKeyError(ImproperlyConfigured):
    """A configured field key is malformed. The message names the variable, never the key.

    Not a ValueError on purpose: `decrypt` swallows those, and a bad key must stop the process
    rather than make every value read as empty.
    """


def _derived(secret: str) -> Fernet:
    raw = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(secret.encode())
    return Fernet(base64.urlsafe_b64encode(raw))


def _configured(var: str, value: str, many: bool) -> list[tuple[str, Fernet]]:
    keys = []
    entries = [e.strip() for e in value.split(",")] if many else [value.strip()]
    for position, entry in enumerate(entries, start=1):
        if not entry:
            continue  # unset, or a trailing comma or newline from a secret store
        try:
            keys.append((entry, Fernet(entry.encode())))
        except ValueError:
            where = f"{var}: entry {position}" if many else var
            # `from None`: the library's message is harmless, but keep key material out entirely.
            raise FieldKeyError(
                f"{where} is not a Fernet key (32 url-safe base64-encoded bytes); generate one "
                'with `python -c "from cryptography.fernet import Fernet; '
                'print(Fernet.generate_key().decode())"`'
            ) from None
    return keys


@functools.cache
def _keyring(
    secret: str, fallbacks: tuple[str, ...], keys_env: str, key_env: str
) -> tuple[Fernet, ...]:
    """Every accepted key, the encrypting one first; cached per configuration."""
    seen: set[str] = set()
    ring: list[Fernet] = []
    for key, f in _configured(KEYS_VAR, keys_env, many=True) + _configured(
        KEY_VAR, key_env, many=False
    ):
        if key not in seen:
            seen.add(key)
            ring.append(f)
    ring.extend(_derived(s) for s in (secret, *fallbacks))
    return tuple(ring)


def keys() -> tuple[Fernet, ...]:
    """The accepted keys for the current settings and environment, newest (encrypting) first."""
    return _keyring(
        settings.SECRET_KEY,
        tuple(getattr(settings, "SECRET_KEY_FALLBACKS", ()) or ()),
        os.environ.get(KEYS_VAR, ""),
        os.environ.get(KEY_VAR, ""),
    )


def fernet() -> MultiFernet:
    """Encrypts with the first key, decrypts with any (`encrypt`, `decrypt`, `rotate`)."""
    return MultiFernet(keys())


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
