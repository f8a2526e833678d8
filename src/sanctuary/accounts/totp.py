"""How a TOTP key is shown to a person: base32 in groups of four, as authenticator apps expect."""

from __future__ import annotations

import base64


def readable_key(bin_key: bytes) -> str:
    raw = base64.b32encode(bin_key).decode("ascii").rstrip("=")
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
