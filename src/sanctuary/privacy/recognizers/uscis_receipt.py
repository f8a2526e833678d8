"""USCIS_RECEIPT: USCIS receipt (case) numbers, three letters and ten digits.

Known service-center and office prefixes (EAC, WAC, LIN, SRC, NBC, MSC, IOE, YSC ...) are
reported alone, also in the "EAC-21-123-45678", "EAC 21 123 45678" and "EAC 210 123 4567"
layouts; any other three
letters need "receipt" or "USCIS" nearby.
"""

from __future__ import annotations

import re

from sanctuary.privacy.context import WORD_OR_HYPHEN, token_start, trie_regex
from sanctuary.privacy.recognizers.base import Pattern, Recognizer

PREFIXES = (
    "EAC WAC LIN SRC NBC MSC IOE YSC TSC VSC CSC NSC ESC NFC ZLA ZNY ZSF ZNK ZHN ZMI ZCH ZDA "
    "ZHO ZPH ZAR ZBA ZBO ZCL ZDE ZGA ZKC ZLV ZMA ZNB ZNO ZOA ZPO ZSA ZSE ZSP ZTA ZWA ZNE"
).split()
# Ten digits, or grouped 2-3-5, 2-8 or 3-3-4 with dashes or spaces ("EAC 21 123 45678", as USCIS
# prints them on notices, or "EAC 210 123 4567", as people read them out like a phone number).
_DIGITS = (
    r"(?:\d{10}|\d{2}(?P<g>[-\s])\d{3}(?P=g)\d{5}|\d{3}(?P<h>[-\s])\d{3}(?P=h)\d{4}"
    r"|\d{2}[-\s]\d{8})"  # "WAC22 35013370": the fiscal year apart
)


class UscisReceiptRecognizer(Recognizer):
    name = "UscisReceiptRecognizer"
    entity = "USCIS_RECEIPT"
    min_digits = 10
    patterns = (
        Pattern(
            "known prefix + 10 digits",
            re.compile(
                # Also in lower case, as all-lower-case records write them ("wac1783497601").
                trie_regex(PREFIXES + [p.lower() for p in PREFIXES], not_after=WORD_OR_HYPHEN)
                + rf"[-\s]?{_DIGITS}(?![\w-])"
            ),
            0.85,
        ),
        Pattern(
            "3 letters + 10 digits after receipt context",
            re.compile(token_start("[A-Z]") + rf"[A-Z]{{2}}[-\s]?{_DIGITS}(?![\w-])"),
            0.5,
            needs_context=True,
        ),
    )
    context_words = ("receipt", "receipt number", "receipt no", "uscis", "case number", "i-797")
    context_boost = 0.3
