"""PHONE: North American (NANP) numbers, and international numbers written with "+".

"(212) 555-0101", "212.555.0101", "212/555-0101", "212-5550101", "+1 212 555 0101",
"+12125550101", and numbers dialled abroad ("011 502 8618 4098", "00 224 625 04 69 78"). The
3-3-4 grouping is what keeps dates (2024-05-06) and SSNs (3-2-4) out; area code and exchange
must start with 2-9. Ten bare digits count only next to "phone", "cell", "tel" and the like.
Toll-free numbers (800, 888 ...) are agencies' and businesses', never a resident's.
"""

from __future__ import annotations

import re

from sanctuary.privacy.context import starting_with, token_start
from sanctuary.privacy.data import field_labels
from sanctuary.privacy.recognizers.base import Pattern, Recognizer

_TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})


class PhoneRecognizer(Recognizer):
    name = "PhoneRecognizer"
    entity = "PHONE"
    min_digits = 8
    patterns = (
        Pattern(
            "NANP (ddd) ddd-dddd",
            re.compile(
                starting_with(r"+(\d", r"[\w+]")
                # "212/555-0101" and "212-5550101" are how people type them too.
                + r"(?:\+?1[-.\s]?)?(?:\(\d{3}\)[-.\s]?|\d{3}[-.\s/])\d{3}[-.\s]?\d{4}(?![\w-])"
            ),
            0.7,
        ),
        Pattern(
            "10 bare digits after phone context",
            re.compile(starting_with(r"+\d", r"[\w+-]") + r"(?:\+?1)?\d{10}(?![\w-])"),
            0.5,
            needs_context=True,
        ),
        Pattern(
            "+1 and 10 digits",
            re.compile(token_start(r"\+", r"[\w+]") + r"1\d{10}(?![\w-])"),
            0.7,
        ),
        Pattern(
            # Dialled from the US: 011 (or 00) then the country code ("011 502 8618 4098").
            "international 011/00",
            re.compile(
                token_start("0", r"[\w+]")
                + r"(?:11|0)[\s.-]?[1-9]\d{0,2}(?:[\s.-]?\d{1,4}){2,5}(?![\w-])"
            ),
            0.5,
        ),
        Pattern(
            "international +cc",
            re.compile(
                token_start(r"\+", r"[\w+]")
                + r"(?!1\b)[2-9]\d{0,2}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?![\w-])"
            ),
            0.6,
        ),
    )
    context_words = (
        "phone",
        "phones",
        "tel",
        "telephone",
        "cell",
        "cellphone",
        "mobile",
        "call",
        "called",
        "callback",
        "call back",
        "call me back",
        "cb",
        "text",
        "fax",
        "contact",
        "whatsapp",
        "teléfono",
        "telefono",
        "celular",
        "home",
        "work",
        "cel",
        "ph",
        "tel.",
        "reached at",
        "reach her at",
        "reach him at",
        # Labels in the city's other languages (data/field_labels.txt).
        *field_labels("PHONE"),
    )
    context_after = True
    context_boost = 0.25
    validation_note = "NANP area/exchange valid"

    def validate(self, value: str, pattern: Pattern) -> bool:
        digits = "".join(ch for ch in value if ch.isdigit())
        if pattern.name == "international +cc":
            return 8 <= len(digits) <= 15
        if pattern.name == "international 011/00":
            return 10 <= len(digits) <= 17
        if len(digits) == 11 and digits[0] == "1":
            digits = digits[1:]
        # Toll-free numbers belong to agencies and businesses, not to residents.
        if digits[:3] in _TOLL_FREE:
            return False
        return len(digits) == 10 and digits[0] in "23456789" and digits[3] in "23456789"
