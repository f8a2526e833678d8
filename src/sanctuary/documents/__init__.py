"""Reading what an agent presents at the door: is it a judicial warrant, and is it valid here today?

Pure Python (no Django), so the CLI, the HTTP endpoint and the workers share one implementation:

    result = check_document(data, filename="photo.jpg", on=date.today(), address="100 Gold St")
    result.to_dict()              # the JSON contract
    result.as_rules_document()    # {kind, signed, execute_by, names_place, names_person}

Unreadable input raises a `DocumentError` subclass whose message is safe to show staff.
"""

from __future__ import annotations

from .check import check_document, check_text
from .model import (
    DEFAULT_LIMITS,
    JUDICIAL_WARRANT_KINDS,
    CheckResult,
    CorruptDocument,
    DocumentError,
    EmptyDocument,
    EncryptedDocument,
    Kind,
    Limits,
    Signal,
    TooLarge,
    Unreadable,
    UnsupportedType,
    error_dict,
)

__all__ = [
    "DEFAULT_LIMITS",
    "JUDICIAL_WARRANT_KINDS",
    "CheckResult",
    "CorruptDocument",
    "DocumentError",
    "EmptyDocument",
    "EncryptedDocument",
    "Kind",
    "Limits",
    "Signal",
    "TooLarge",
    "Unreadable",
    "UnsupportedType",
    "check_document",
    "check_text",
    "error_dict",
]
