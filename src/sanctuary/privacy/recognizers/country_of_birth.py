"""COUNTRY_OF_BIRTH: a country or nationality right after "born in", "native of", "nationality".

Birthplace is identifying information under §23-1201, but a country named in a case file is
usually somewhere someone travelled, sent money or called. So a country counts only with a
birth or nationality cue before it ("born in", "country of birth", "citizen of") or, for
demonyms, "national"/"citizen" after it ("a Honduran national"). The list (data/countries.txt)
has ~200 countries with alternative names and demonyms, matched as written or in capitals.
"""

from __future__ import annotations

import re

from sanctuary.privacy.context import (
    WORD_OR_HYPHEN,
    compile_words,
    found_words,
    trie_regex,
    window_after,
)
from sanctuary.privacy.data import countries
from sanctuary.privacy.recognizers.base import Pattern, Recognizer


def _names_regex() -> re.Pattern[str]:
    names = set(countries())
    names |= {n.upper() for n in names}
    return re.compile(trie_regex(names, not_after=WORD_OR_HYPHEN) + r"(?![\w-])")


class CountryOfBirthRecognizer(Recognizer):
    name = "CountryOfBirthRecognizer"
    entity = "COUNTRY_OF_BIRTH"
    patterns = (Pattern("country or demonym after birth cue", _names_regex(), 0.55, True),)
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

    def context_for(self, lowered: str, start: int, end: int) -> tuple[str, ...]:
        # Before the name: any cue. After it: only "national"/"citizen" ("a Honduran national").
        before = super().context_for(lowered, start, end)
        return before or found_words(self._after, window_after(lowered, end))
