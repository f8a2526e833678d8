"""COUNTRY_OF_BIRTH: a country or nationality right after "born in", "native of", "nationality".

Birthplace is identifying information under §23-1201, but a country named in a case file is
usually somewhere someone travelled, sent money or called. So a country counts only with a
birth or nationality cue before it ("born in", "country of birth", "citizen of") or, for
demonyms, "national"/"citizen" after it ("a Honduran national"). The list (data/countries.txt)
has ~200 countries with alternative names, demonyms and Spanish names, matched as written or
in capitals; agency exports' ISO alpha-3 codes ("ECU", data/country_codes.txt) count only as a
whole field after a cue ("COB: ECU"), since "AND" or "CAN" in running text are words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sanctuary.privacy.context import (
    WORD_OR_HYPHEN,
    compile_words,
    found_words,
    trie_regex,
    window_after,
)
from sanctuary.privacy.data import countries, country_codes
from sanctuary.privacy.recognizers.base import Pattern, Recognizer


def _names_regex() -> re.Pattern[str]:
    names = set(countries())
    names |= {n.upper() for n in names}
    return re.compile(trie_regex(names, not_after=WORD_OR_HYPHEN) + r"(?![\w-])")


_CODES = Pattern(
    "ISO alpha-3 code alone in a field after a birth cue",
    re.compile(trie_regex(country_codes(), not_after=WORD_OR_HYPHEN) + r"(?![\w-])"),
    0.55,
    True,
)


def _alone_in_field(text: str, start: int, end: int) -> bool:
    """Nothing else on the line but a label before it ("COB: ECU"), or a cell of its own."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].rstrip(" \t")
    after = text[end : len(text) if line_end == -1 else line_end].strip()
    return not after and (not before or before.endswith((":", "|", "\t")))


class CountryOfBirthRecognizer(Recognizer):
    name = "CountryOfBirthRecognizer"
    entity = "COUNTRY_OF_BIRTH"
    patterns = (Pattern("country or demonym after birth cue", _names_regex(), 0.55, True), _CODES)
    context_words = (
        "born in",
        "born",
        "native of",
        "a native of",
        "nationality",
        "national",
        "country of birth",
        "birth country",
        "citizen of",
        "citizenship",
        "place of birth",
        "birthplace",
        "pob",
        "cob",
        "originally from",
        "nacido en",
        "nacida en",
        "nacido",
        "nacida",
        "nació",
        "nacio",
        "natural de",
        "originario de",
        "originaria de",
        "país de origen",
        "pais de origen",
        "nacionalidad",
        "país de nacimiento",
        "pais de nacimiento",
        "lugar de nacimiento",
        "né en",
        "née en",
        "né à",
        "née à",
        "nationalité",
    )
    context_boost = 0.3
    _after = compile_words(("national", "citizen", "nationality"))

    def matches(self, pattern: Pattern, text: str) -> Iterator[re.Match[str]]:
        # A three-letter code is a country only as a whole field: "AND" in prose is a word.
        found = pattern.regex.finditer(text)
        if pattern is not _CODES:
            return found
        return (m for m in found if _alone_in_field(text, m.start(), m.end()))

    def context_for(self, lowered: str, start: int, end: int) -> tuple[str, ...]:
        # Before the name: any cue. After it: only "national"/"citizen" ("a Honduran national").
        before = super().context_for(lowered, start, end)
        return before or found_words(self._after, window_after(lowered, end))
