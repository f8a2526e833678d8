"""A_NUMBER: the alien registration number ("A-number"), A followed by 8 or 9 digits.

Written "A123456789", "A-123-456-789", "A# 123456789", "A 12345678" (and "a-123456789" after
an A-number label, as all-lower-case records write it). Separators must be used
consistently (3-3-3 or 2-3-3 groups), which is what tells an A-number from a case number such
as "A-24-123456". Bare digits count only after "A-number", "alien number" and the like,
including 7 or 8 digits, which is what a spreadsheet leaves of an A-number stored as a number.

In an immigration court's papers (a document that names EOIR, the immigration court or an
immigration judge) the "case number" is the respondent's A-number: the court files each case
under it. There, and only there, "case number" is A-number context.
"""

from __future__ import annotations

import re

from sanctuary.privacy.context import compile_words, token_start
from sanctuary.privacy.data import field_labels
from sanctuary.privacy.recognizers.base import Pattern, Recognizer

_DIGITS = r"(?:\d{3}(?P<s>[-\s.]?)\d{3}(?P=s)\d{3}|\d{2}(?P<t>[-\s.]?)\d{3}(?P=t)\d{3})"


class ANumberRecognizer(Recognizer):
    name = "ANumberRecognizer"
    entity = "A_NUMBER"
    min_digits = 7
    patterns = (
        Pattern(
            "prefixed A + 8/9 digits",
            # (An en or em dash where a hyphen was meant: word processors replace it.)
            re.compile(token_start("A") + rf"(?:\s?[#:–—-]{{1,2}}\s?|\s)?{_DIGITS}(?![\w-])"),
            0.75,
        ),
        Pattern(
            # All-lower-case records ("a# a-297889187"); a lone "a" before digits is an article
            # as often, so this one needs an A-number word before it.
            "prefixed a (lower case) + 8/9 digits after A-number context",
            re.compile(token_start("a") + rf"(?:\s?[#:-]{{1,2}}\s?|\s)?{_DIGITS}(?![\w-])"),
            0.6,
            needs_context=True,
        ),
        Pattern(
            # "a086975491" as a whole field of a record: the A-number's own shape, in lower case.
            "a + 9 digits alone in a field",
            re.compile(token_start("a") + r"\d{9}(?![\w-])"),
            0.6,
            whole_field=True,
        ),
        Pattern(
            "8-9 digits after A-number context",
            re.compile(token_start(r"\d") + r"\d{1,2}(?P<s>[-\s.]?)\d{3}(?P=s)\d{3}(?![\w-])"),
            0.6,
            needs_context=True,
        ),
        Pattern(
            # An A-number column saved as a number loses its leading zeros (A012345678 -> 12345678).
            "7-8 digits after A-number context",
            re.compile(token_start(r"\d") + r"\d{6,7}(?![\w-])"),
            0.55,
            needs_context=True,
        ),
    )
    context_words = (
        "a-number",
        "a number",
        "a-no",
        "a no",
        "a-nr",
        "a#",
        "a-num",
        "anum",
        "a num",
        "alien number",
        "alien no",
        "alien registration",
        "alien registration number",
        "a-file",
        "uscis#",
        "uscis #",
        "uscis number",
        "uscis no",
        "uscis doc no",
        "uscis document number",
        "alien no.",
        "número a",
        "numero a",
        "número de extranjero",
        # Labels in the city's other languages (data/field_labels.txt).
        *field_labels("A_NUMBER"),
    )
    context_boost = 0.2

    # An immigration court's papers, where a case number is an A-number (see the docstring).
    _court = re.compile(
        r"executive office for immigration review|\beoir\b|immigration court"
        r"|immigration judge|\bij code\b"
    )
    _court_context = compile_words(("case number", "case no", "case #", "case nbr", "case num"))

    def _in_court_papers(self, lowered: str) -> bool:
        return self._court.search(lowered) is not None

    def _has_context(self, lowered: str) -> bool:
        if super()._has_context(lowered):
            return True
        # ("case number" first: it is rarer, and its trie lets `re` skip ahead.)
        return self._court_context.search(lowered) is not None and self._in_court_papers(lowered)

    def context_for(self, lowered: str, start: int, end: int) -> tuple[str, ...]:
        words = super().context_for(lowered, start, end)
        if words or not self._in_court_papers(lowered):
            return words
        court = self._near(self._court_context, lowered, start, end)
        return tuple(f"{w} (immigration court)" for w in court)
