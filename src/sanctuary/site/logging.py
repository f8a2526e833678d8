"""A last line of defence: identifiers that must never reach logs are masked in every record."""

from __future__ import annotations

import logging
import re

_PATTERNS = [
    re.compile(r"\bA[- ]?\d{3}[- ]?\d{3}[- ]?\d{2,3}\b"),  # alien registration numbers
    re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),  # SSN / ITIN
]


class RedactIdentifyingInformation(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = message
        for pattern in _PATTERNS:
            masked = pattern.sub("[redacted]", masked)
        if masked != message:
            record.msg, record.args = masked, None
        # Tracebacks can quote form data; keep only the exception's type.
        if record.exc_info and record.exc_info[0] is not None:
            record.msg = f"{record.getMessage()} ({record.exc_info[0].__name__})"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True
