"""IDNYC: the number on New York City's municipal identity card.

FORMAT UNVERIFIED: we could not confirm the card number's format from a primary source. It is
taken to be 16 digits (possibly in groups of four) and, as a fallback, 9-16 digits; both only
right after "IDNYC" or "municipal ID", which is what makes a match trustworthy. Check the
format against a real card before relying on recall for this type.
"""

from __future__ import annotations

import re

from sanctuary.privacy.context import token_start
from sanctuary.privacy.recognizers.base import Pattern, Recognizer


class IdnycRecognizer(Recognizer):
    """IDNYC card numbers; the number format is UNVERIFIED (see the module docstring)."""

    name = "IdnycRecognizer"
    entity = "IDNYC"
    min_digits = 9
    patterns = (
        Pattern(
            "16 digits (UNVERIFIED format) after IDNYC context",
            re.compile(
                token_start(r"\d") + r"\d{3}(?P<s>[-\s]?)\d{4}(?P=s)\d{4}(?P=s)\d{4}(?![\w-])"
            ),
            0.55,
            needs_context=True,
        ),
        Pattern(
            "9-16 digits (UNVERIFIED format) after IDNYC context",
            re.compile(token_start(r"\d") + r"\d{8,15}(?![\w-])"),
            0.5,
            needs_context=True,
        ),
    )
    context_words = ("idnyc", "id nyc", "idnyc card", "idnyc number", "idnyc no", "municipal id")
    context_boost = 0.3
    metadata = {"format": "UNVERIFIED"}
