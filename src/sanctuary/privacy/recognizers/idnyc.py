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

from sanctuary.privacy.context import (
    column_header,
    compile_words,
    found_words,
    token_start,
    window_before,
)
from sanctuary.privacy.model import Finding
from sanctuary.privacy.recognizers.base import Pattern, Recognizer

# Labels that say "a card's number" without saying which card.
_GENERIC_CARD_LABELS = compile_words(("card no", "card number", "card #"))
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
            # Also in groups, as people copy a card number ("396 241 877", "2418 37215").
            "9-16 digits (UNVERIFIED format) after IDNYC context",
            re.compile(token_start(r"\d") + r"(?:\d{8,15}|\d{2,4}(?:[- ]\d{3,5}){1,3})(?![\w-])"),
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
        "nyc id",
        "nycid",
    )
    context_boost = 0.3
    metadata = {"format": "UNVERIFIED"}

    def validate(self, value: str, pattern: Pattern) -> bool:
        # Grouped like a phone number ("212 555 0101" near "IDNYC office"), it is one.
        if [len(g) for g in re.split(r"[- ]", value)] == [3, 3, 4]:
            return False
        return 9 <= sum(ch.isdigit() for ch in value) <= 16

    # A generic card label is looked for apart (and only where "card" is), so that the
    # IDNYC words alone decide, cheaply, whether the fallback pattern runs at all.
    def _has_context(self, lowered: str) -> bool:
        if super()._has_context(lowered):
            return True
        return "card" in lowered and _GENERIC_CARD_LABELS.search(lowered) is not None

    def context_for(self, lowered: str, start: int, end: int) -> tuple[str, ...]:
        words = super().context_for(lowered, start, end)
        if words or "card" not in lowered:
            return words
        label = window_before(lowered, start) or column_header(lowered, start, end)
        return found_words(_GENERIC_CARD_LABELS, label)

    def find(self, text: str, lowered: str) -> list[Finding]:
        findings = super().find(text, lowered)
        if all(f.pattern == _SIXTEEN for f in findings):
            return findings
        generic = {"card no", "card number", "card #"}
        return [f for f in findings if f.pattern == _SIXTEEN or not set(f.context) <= generic]
