"""ITIN: IRS Individual Taxpayer Identification Numbers.

Same shape as an SSN but area 9xx, and the group (4th-5th digits) must be in 50-65, 70-88,
90-92 or 94-99. Those ranges are what keep random 9xx-xx-xxxx numbers out.
"""

from __future__ import annotations

from sanctuary.privacy.recognizers.base import DIGIT, Pattern, Recognizer
from sanctuary.privacy.recognizers.ssn import BARE, FORMATTED, ssn_digits

_GROUPS = set(range(50, 66)) | set(range(70, 89)) | set(range(90, 93)) | set(range(94, 100))


def valid_itin(value: str) -> bool:
    digits = ssn_digits(value)
    return len(digits) == 9 and digits[0] == "9" and int(digits[3:5]) in _GROUPS


class ItinRecognizer(Recognizer):
    name = "ItinRecognizer"
    entity = "ITIN"
    trigger = DIGIT
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
    )
    context_boost = 0.2
    validation_note = "9xx area and ITIN group range valid"

    def validate(self, value: str, pattern: Pattern) -> bool:
        return valid_itin(value)
