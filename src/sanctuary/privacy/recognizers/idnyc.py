"""IDNYC: the number on New York City's municipal identity card.

FORMAT UNVERIFIED: we could not confirm the card number's format from a primary source. It is
taken to be 16 digits (possibly in groups of four) and, as a fallback, 9-16 digits; both only
right after "IDNYC" or "municipal ID", which is what makes a match trustworthy. Check the
format against a real card before relying on recall for this type.

An IDNYC enrollment export labels the column "Card No" without saying "IDNYC": a generic
card-number label vouches for the 16-digit form only, never for the 9-16 digit fallback.
"""

from __future__ import annotations

import re

from sanctuary.privacy.context import token_start
from sanctuary.privacy.model import Finding
from sanctuary.privacy.recognizers.base import Pattern, Recognizer

# Labels that say "a card's number" without saying which card.
_GENERIC_CARD_LABELS = frozenset({"card no", "card number", "card #"})
_SIXTEEN = "16 digits (UNVERIFIED format) after IDNYC context"


class IdnycRecognizer(Recognizer):
    """IDNYC card numbers; the number format is UNVERIFIED (see the module docstring)."""

    name = "IdnycRecognizer"
    entity = "IDNYC"
    min_digits = 9
    patterns = (
        Pattern(
            _SIXTEEN,
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
    context_words = (
        "idnyc",
        "id nyc",
        "idnyc card",
        "idnyc number",
        "idnyc no",
        "municipal id",
        *_GENERIC_CARD_LABELS,
    )
    context_boost = 0.3
    metadata = {"format": "UNVERIFIED"}

    def find(self, text: str, lowered: str) -> list[Finding]:
        return [
            f
            for f in super().find(text, lowered)
            if f.pattern == _SIXTEEN or not set(f.context) <= _GENERIC_CARD_LABELS
        ]
