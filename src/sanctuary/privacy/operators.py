"""Redaction operators: named strategies for what replaces a finding.

- `redact`: "[TYPE]". Says what was there, nothing about it.
- `mask`: every letter and digit becomes "*", separators and length stay ("***-**-****"), so
  layouts and column widths survive.
- `hash`: "[TYPE:" + the first 10 hex digits of HMAC-SHA256(key, normalised value) + "]". The
  same value gives the same token within one key, so records can still be linked without
  revealing the value. The key comes from SANCTUARY_REDACTION_KEY; without it a random key is
  drawn once per process, so tokens are consistent within a run and unlinkable across runs.
  Normalisation (case-folded, letters and digits only) makes "A-123-456-789" and "A123456789"
  the same token.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Callable, Sequence
from typing import Final

from sanctuary.privacy.model import Finding

KEY_ENV: Final = "SANCTUARY_REDACTION_KEY"
_RUN_KEY = secrets.token_bytes(32)


def redaction_key() -> bytes:
    configured = os.environ.get(KEY_ENV)
    return configured.encode("utf-8") if configured else _RUN_KEY


def op_redact(finding: Finding) -> str:
    return f"[{finding.type}]"


def op_mask(finding: Finding) -> str:
    return "".join("*" if ch.isalnum() else ch for ch in finding.text)


def op_hash(finding: Finding) -> str:
    normalised = "".join(ch for ch in finding.text.casefold() if ch.isalnum())
    digest = hmac.new(redaction_key(), normalised.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"[{finding.type}:{digest[:10]}]"


OPERATORS: Final[dict[str, Callable[[Finding], str]]] = {
    "redact": op_redact,
    "mask": op_mask,
    "hash": op_hash,
}


def redact_text(text: str, findings: Sequence[Finding], operator: str = "redact") -> str:
    """`text` with every finding replaced by `operator`'s output (findings must not overlap)."""
    try:
        replace = OPERATORS[operator]
    except KeyError:
        raise ValueError(
            f"unknown operator {operator!r}; use one of {', '.join(OPERATORS)}"
        ) from None
    pieces: list[str] = []
    cursor = 0
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.start < cursor:
            raise ValueError("findings overlap; resolve them before redacting")
        pieces.append(text[cursor : finding.start])
        pieces.append(replace(finding))
        cursor = finding.end
    pieces.append(text[cursor:])
    return "".join(pieces)
