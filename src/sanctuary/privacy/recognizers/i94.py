"""I94: the I-94 arrival/departure record's admission number.

Eleven characters: eleven digits (also grouped 9-2 or 3-3-3-2), or nine digits, a letter and a
digit. Eleven digits are
common in other numbering schemes, so a match needs "I-94" or "admission number" nearby.
"""

from __future__ import annotations

import re

from sanctuary.privacy.context import token_start
from sanctuary.privacy.data import field_labels
from sanctuary.privacy.recognizers.base import Pattern, Recognizer


class I94Recognizer(Recognizer):
    name = "I94Recognizer"
    entity = "I94"
    min_digits = 10
    patterns = (
        Pattern(
            "11-character admission number after I-94 context",
            # Also typed in groups: "824270760 18", "733 605 197 67".
            re.compile(
                token_start(r"\d")
                + r"(?:\d{10}|\d{8} ?[A-Z]\d|\d{8} \d{2}|\d{2} \d{3} \d{3} \d{2})(?![\w-])"
            ),
            0.55,
            needs_context=True,
        ),
        Pattern(
            # The newer form, 9 digits + letter + digit, is I-94's own: as a whole field of a
            # record ("Doc No.: 152563809D7") it needs no other word.
            "9 digits + letter + digit alone in a field",
            re.compile(token_start(r"\d") + r"\d{8}[A-Z]\d(?![\w-])"),
            0.6,
            whole_field=True,
        ),
    )
    context_words = (
        "i-94",
        "i94",
        "i 94",
        "i94 number",
        "i-94 number",
        "i94 no",
        "admission number",
        "admission no",
        "admission record",
        "arrival/departure record",
        "arrival record",
        "número de admisión",
        # Labels in the city's other languages (data/field_labels.txt).
        *field_labels("I94"),
    )
    context_boost = 0.35
