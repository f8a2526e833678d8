"""Plain data shared by the document checker: kinds, limits, signals, results and errors.

Everything here is a frozen dataclass or an enum so results can be compared in tests, turned
into JSON for the CLI and the HTTP endpoint, and handed to the rules engine unchanged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """What a document is. Only the first four are warrants issued by a judge of a court."""

    JUDICIAL_SEARCH_WARRANT = "judicial_search_warrant"
    JUDICIAL_ARREST_WARRANT = "judicial_arrest_warrant"
    STATE_COURT_SEARCH_WARRANT = "state_court_search_warrant"
    STATE_COURT_ARREST_WARRANT = "state_court_arrest_warrant"
    ADMINISTRATIVE_ARREST_WARRANT_I200 = "administrative_arrest_warrant_i200"
    REMOVAL_WARRANT_I205 = "removal_warrant_i205"
    DETAINER_I247A = "detainer_i247a"
    ORDER_TO_DETAIN_I203 = "order_to_detain_i203"
    ADMINISTRATIVE_SUBPOENA = "administrative_subpoena"
    NOTICE_TO_APPEAR = "notice_to_appear"
    IMMIGRATION_JUDGE_ORDER = "immigration_judge_order"
    JUDICIAL_SUBPOENA = "judicial_subpoena"
    COURT_ORDER = "court_order"
    RECORDS_REQUEST_LETTER = "records_request_letter"
    OTHER = "other"


JUDICIAL_WARRANT_KINDS: frozenset[Kind] = frozenset(
    {
        Kind.JUDICIAL_SEARCH_WARRANT,
        Kind.JUDICIAL_ARREST_WARRANT,
        Kind.STATE_COURT_SEARCH_WARRANT,
        Kind.STATE_COURT_ARREST_WARRANT,
    }
)
SEARCH_WARRANT_KINDS: frozenset[Kind] = frozenset(
    {Kind.JUDICIAL_SEARCH_WARRANT, Kind.STATE_COURT_SEARCH_WARRANT}
)
# Documents that name a person to be arrested, held or removed (used for `names_person`).
PERSON_KINDS: frozenset[Kind] = frozenset(
    {
        Kind.JUDICIAL_ARREST_WARRANT,
        Kind.STATE_COURT_ARREST_WARRANT,
        Kind.ADMINISTRATIVE_ARREST_WARRANT_I200,
        Kind.REMOVAL_WARRANT_I205,
        Kind.DETAINER_I247A,
        Kind.ORDER_TO_DETAIN_I203,
        Kind.NOTICE_TO_APPEAR,
    }
)


@dataclass(frozen=True)
class Limits:
    """Bounds on what one check may cost; every one is a clear error, never a crash or a hang."""

    max_bytes: int = 20 * 1024 * 1024
    max_pixels: int = 50_000_000
    max_pdf_pages: int = 20
    max_ocr_pages: int = 3
    max_text_chars: int = 400_000
    ocr_timeout_seconds: float = 20.0
    total_timeout_seconds: float = 60.0
    # Below this mean OCR word confidence (0..1) the text is treated as unreadable.
    min_read_confidence: float = 0.45
    # Below this classification confidence a judicial-looking document is not reported as one.
    min_judicial_confidence: float = 0.6


DEFAULT_LIMITS = Limits()


class DocumentError(Exception):
    """Input that cannot be checked. `str(error)` is a plain sentence safe to show staff."""


class EmptyDocument(DocumentError):
    """The file has no bytes."""


class UnsupportedType(DocumentError):
    """The bytes are not a supported image, PDF or text (whatever the extension claims)."""


class TooLarge(DocumentError):
    """The file, an image's pixel count or a PDF's page count exceeds the configured limits."""


class CorruptDocument(DocumentError):
    """The file claims a supported type but cannot be decoded."""


class EncryptedDocument(DocumentError):
    """A password-protected PDF: we cannot and should not try to open it."""


class Unreadable(DocumentError):
    """OCR failed or timed out, so there is no text to check."""


@dataclass(frozen=True)
class Signal:
    """One thing a clerk looks for, whether it was seen, and the words that showed it.

    `evidence` quotes only the matched header, title, form or label words, never a person's name.
    """

    name: str
    found: bool
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "found": self.found, "evidence": self.evidence}


@dataclass(frozen=True)
class CheckResult:
    """The answer for one document, ready for staff, the JSON API and the rules engine."""

    file: str
    kind: Kind
    judicial_warrant: bool
    signed: bool | None
    valid_at_door: bool
    issued: dt.date | None
    execute_by: dt.date | None
    court: str | None
    signer_title: str | None
    names_address: bool | None
    names_person: bool
    signals: tuple[Signal, ...]
    reasons: tuple[str, ...]
    confidence: float
    seconds: float
    source: str = "text"
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The CLI/API contract: JSON-ready, dates as ISO strings."""
        return {
            "file": self.file,
            "kind": self.kind.value,
            "judicial_warrant": self.judicial_warrant,
            "signed": self.signed,
            "valid_at_door": self.valid_at_door,
            "issued": self.issued.isoformat() if self.issued else None,
            "execute_by": self.execute_by.isoformat() if self.execute_by else None,
            "court": self.court,
            "signer_title": self.signer_title,
            "names_address": self.names_address,
            "signals": [signal.to_dict() for signal in self.signals],
            "reasons": list(self.reasons),
            "confidence": round(self.confidence, 3),
            "seconds": round(self.seconds, 4),
            "source": self.source,
        }

    def as_rules_document(self) -> dict[str, Any]:
        """The entry the rules engine expects in a request's `documents` list.

        A judicial-looking warrant that failed verification (unreadable signer, ambiguous, low
        confidence) is passed on as `other`, so the engine never treats it as judicial; `names_place` is whether it names the address checked (null
        when no address was given or the document names no premises).
        """
        kind = self.kind
        if kind in JUDICIAL_WARRANT_KINDS and not self.judicial_warrant:
            # Fail closed: a warrant we could not verify must not reach the engine as judicial.
            kind = Kind.OTHER
        return {
            "kind": kind.value,
            "signed": self.signed,
            "execute_by": self.execute_by.isoformat() if self.execute_by else None,
            "names_place": self.names_address,
            "names_person": self.names_person,
        }


def error_dict(file: str, error: DocumentError, seconds: float) -> dict[str, Any]:
    """The per-file error object of the CLI/API contract."""
    return {
        "file": file,
        "error": str(error),
        "error_type": type(error).__name__,
        "judicial_warrant": False,
        "valid_at_door": False,
        "seconds": round(seconds, 4),
    }
