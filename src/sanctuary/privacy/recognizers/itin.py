"""ITIN: IRS Individual Taxpayer Identification Numbers.

Same shape as an SSN but area 9xx, and the group (4th-5th digits) must be in 50-65, 70-88,
90-92 or 94-99. Those ranges are what keep random 9xx-xx-xxxx numbers out.
"""

from __future__ import annotations

import re

from sanctuary.privacy.context import token_start
from sanctuary.privacy.recognizers.base import Pattern, Recognizer
from sanctuary.privacy.recognizers.ssn import ssn_digits

# The SSN shapes, starting with the 9 every ITIN starts with: a literal first character lets
# `re` skip ahead to it, several times faster than trying every digit.
FORMATTED = re.compile(token_start("9") + r"\d{2}(?P<s>[-. ]| - )\d{2}(?P=s)\d{4}(?![\w-])")
BARE = re.compile(token_start("9") + r"\d{8}(?![\w-])")

_GROUPS = set(range(50, 66)) | set(range(70, 89)) | set(range(90, 93)) | set(range(94, 100))


def valid_itin(value: str) -> bool:
    digits = ssn_digits(value)
    return len(digits) == 9 and digits[0] == "9" and int(digits[3:5]) in _GROUPS


class ItinRecognizer(Recognizer):
    name = "ItinRecognizer"
    entity = "ITIN"
    min_digits = 9
    patterns = (
        Pattern("9dd-dd-dddd", FORMATTED, 0.75),
        Pattern("9 digits after ITIN context", BARE, 0.55, needs_context=True),
    )
    context_words = (
        "itin",
        "taxpayer identification",
        "taxpayer id",
        "individual taxpayer",
        "tax id",
        "tin",
        # A number in an SSN box that starts with 9 is an ITIN: no SSN does.
        "ssn",
        "ss#",
        "social security",
        "soc sec",
    )
    context_boost = 0.2
    validation_note = "9xx area and ITIN group range valid"

    def validate(self, value: str, pattern: Pattern) -> bool:
        return valid_itin(value)
