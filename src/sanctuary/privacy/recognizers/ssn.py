"""SSN: US Social Security numbers, with the SSA's validity rules.

No area 000, 666 or 900-999 (9xx is the ITIN range), no group 00, no serial 0000. Written
with dashes or spaces, a valid number is reported alone; nine bare digits need "SSN" or
"social security" nearby, since they could as well be an A-number or an account number.
"""

from __future__ import annotations

import re

from sanctuary.privacy.context import token_start
from sanctuary.privacy.data import field_labels
from sanctuary.privacy.recognizers.base import Pattern, Recognizer

FORMATTED = re.compile(
    token_start(r"\d") + r"\d{2}(?P<s>[-. ]| - )\d{2}(?P=s)\d{4}(?![\w-])"  # also "123 - 45 - 6789"
)
BARE = re.compile(token_start(r"\d") + r"\d{8}(?![\w-])")


def ssn_digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def valid_ssn(value: str) -> bool:
    digits = ssn_digits(value)
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return (
        len(digits) == 9
        and area not in {"000", "666"}
        and not area.startswith("9")
        and group != "00"
        and serial != "0000"
    )


class SsnRecognizer(Recognizer):
    name = "SsnRecognizer"
    entity = "SSN"
    min_digits = 9
    patterns = (
        Pattern("ddd-dd-dddd", FORMATTED, 0.75),
        Pattern("9 digits after SSN context", BARE, 0.55, needs_context=True),
    )
    context_words = (
        "ssn",
        "ss#",
        "ss #",
        "ss no",
        "social security",
        "social security number",
        "soc sec",
        "soc. sec",
        "seguro social",
        "número de seguro social",
        # An individual's tax ID is an SSN or an ITIN; the 9xx area tells them apart.
        "tax id",
        "taxpayer id",
        "tin",
        # Labels in the city's other languages (data/field_labels.txt).
        *field_labels("SSN"),
    )
    context_boost = 0.2
    validation_note = "area/group/serial valid"

    def validate(self, value: str, pattern: Pattern) -> bool:
        return valid_ssn(value)
