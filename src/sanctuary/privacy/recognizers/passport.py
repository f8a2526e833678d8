"""PASSPORT: passport numbers, only after the word "passport".

Formats differ by country (US 9 digits, Mexico G + 8 digits, China E + 8, India A + 7 ...),
so the shape alone says little: 6-10 characters, up to three letters then digits (at least
five) and at most one check letter, or a series apart from the number ("A 82494415"), and a "passport"/"pasaporte"/"PP"
label just before.
"""

from __future__ import annotations

import re

from sanctuary.privacy.context import token_start
from sanctuary.privacy.data import field_labels
from sanctuary.privacy.recognizers.base import Pattern, Recognizer

# Letters and digits in any order ("CR7NL1270", as Dutch passports are numbered): only after a
# passport label, nine characters of which five or more are digits (`validate`).
_MIXED = Pattern(
    "9 letters and digits in any order after passport context",
    re.compile(token_start("[A-Z0-9]") + r"[A-Z0-9]{8}(?![\w-])"),
    0.5,
    needs_context=True,
)


class PassportRecognizer(Recognizer):
    name = "PassportRecognizer"
    entity = "PASSPORT"
    min_digits = 5
    patterns = (
        Pattern(
            "6-10 letters then digits after passport context",
            # Letters lead, digits follow ("EA7097377", "G51037597", "623364309"), with at most
            # one check letter after them (the Philippines' "P1234567A"): written so, ordinary
            # words never match, which matters for speed after "passport" in prose.
            re.compile(token_start("[A-Za-z0-9]") + r"[A-Za-z]{0,2}\d{4,9}[A-Za-z]?(?![\w-])"),
            0.55,
            needs_context=True,
        ),
        Pattern(
            # Other orders of letters and digits ("84TN02209"); validate wants five digits.
            "6-10 letters and digits after passport context",
            re.compile(token_start(r"\d") + r"\d{1,3}[A-Za-z]{1,3}\d{3,8}(?![\w-])"),
            0.55,
            needs_context=True,
        ),
        Pattern(
            # Some passports print a series apart from the number ("A 87027592", "97 1838266").
            "series + 6-8 digits after passport context",
            re.compile(token_start("[A-Z0-9]") + r"[A-Z0-9]{0,2} \d{6,8}(?![\w-])"),
            0.55,
            needs_context=True,
        ),
        _MIXED,
    )
    context_words = (
        "passport",
        "passport no",
        "passport number",
        "passport #",
        "pasaporte",
        "passeport",
        "passaporto",
        "paszport",
        "reisepass",
        "no. de pasaporte",
        "travel document",
        # An identity document number in an export is a passport's more often than not.
        "id doc no",
        "id doc number",
        "id document no",
        "id document number",
        "identity document number",
        # Caseworkers' shorthand ("PP G51037597"); the shape check keeps "pp. 12" out.
        "pp",
        "ppt",
        # Labels in the city's other languages (data/field_labels.txt).
        *field_labels("PASSPORT"),
    )
    context_boost = 0.3

    def validate(self, value: str, pattern: Pattern) -> bool:
        digits = sum(ch.isdigit() for ch in value)
        return digits >= 5 and (" " in value or 6 <= len(value) <= 10)
