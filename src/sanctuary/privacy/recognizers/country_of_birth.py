"""COUNTRY_OF_BIRTH: a country or nationality right after "born in", "native of", "nationality".

Birthplace is identifying information under §23-1201, but a country named in a case file is
usually somewhere someone travelled, sent money or called. So a country counts only with a
birth or nationality cue before it ("born in", "country of birth", "issued by" for a passport,
"nació en", "pays de naissance"), and only the first country after that cue ("born in Honduras
and started in a US school" is Honduras); or, for demonyms, with "-born", "national",
"citizen", "woman" and the like after it ("a Honduran national"). The list
(data/countries.txt) has ~200 countries with alternative names, demonyms, and the Spanish and
French names agency files use, the names countries give themselves ("Lietuva", "Bharat") and
Spanish and French nationality adjectives in both genders, matched as written or in capitals;
in lower case only right after a cue ("natural de eritrea"), since "chad" or "turkey" are words
too. Exports' ISO codes, alpha-3 and alpha-2 ("ECU", "EC", data/country_codes.txt), count only
as a whole field after a cue ("COB: ECU"), since "AND", "CAN" or "IN" in running text are words.
A demonym before "passport" names a nationality too ("her Lithuanian passport").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from sanctuary.privacy.context import (
    WORD_OR_HYPHEN,
    compile_words,
    found_words,
    latin_first,
    token_start,
    trie_regex,
    window_after,
    window_before,
)
from sanctuary.privacy.data import countries, country_codes, field_labels
from sanctuary.privacy.recognizers.base import Pattern, Recognizer


def _names_regex(lower: bool = False, other_scripts: bool = False) -> re.Pattern[str]:
    latin, other = latin_first(countries())
    names = set(other if other_scripts else latin)
    # As written and in capitals; or, for records typed in lower case, in lower case.
    names = {n.lower() for n in names} if lower else names | {n.upper() for n in names}
    # "Ghanaian-born" keeps its demonym; other hyphenated words ("Mexico-based") do not count.
    return re.compile(trie_regex(names, not_after=WORD_OR_HYPHEN) + r"(?!\w|-(?!born\b))")


_LOWER_NAMES = _names_regex(lower=True)
_LOWER_REACH = 30  # characters after a cue
# Searched only just after a cue (see `_lower_after_cues`), never over a whole text.
_LOWER = Pattern("lower-case country right after a birth cue", _LOWER_NAMES, 0.55, True)


_CODES = Pattern(
    "ISO country code alone in a field after a birth cue",
    re.compile(trie_regex(country_codes(), not_after=WORD_OR_HYPHEN) + r"(?![\w-])"),
    0.55,
    True,
    whole_field=True,
)


# A misspelt country right after a cue ("Place of birth: Guatamala", "born in Phillipines"),
# as typed at an intake desk: the closest listed name, if close enough. Searched only there.
_MISSPELT = Pattern(
    "misspelt country right after a birth cue",
    re.compile(token_start("[A-Z]") + r"[a-zà-ÿ]{3,}(?: [A-Z][a-zà-ÿ]{3,})?(?![\w-])"),
    0.55,
    True,
)
_MISSPELT_REACH = 6  # characters between the cue and the word (": ", "?: ")
_MISSPELT_CUTOFF = 0.84

# Names in other scripts ("대한민국", "Россия"), apart: see `context.latin_first`.
_OTHER = Pattern(
    "country in another script after birth cue", _names_regex(other_scripts=True), 0.55, True
)


class CountryOfBirthRecognizer(Recognizer):
    name = "CountryOfBirthRecognizer"
    entity = "COUNTRY_OF_BIRTH"
    patterns = (
        Pattern("country or demonym after birth cue", _names_regex(), 0.55, True),
        _OTHER,
        _CODES,
        _LOWER,
        _MISSPELT,
    )
    context_words = (
        "born in",
        "born",
        "native of",
        "a native of",
        "nationality",
        "national of",
        "nationals of",
        # A key=value record's abbreviation ("coo=COD"), as headers spell it out.
        "coo",
        "country of birth",
        "birth country",
        "citizen of",
        "citizenship",
        "place of birth",
        "birthplace",
        "pob",
        "cob",
        "originally from",
        "i'm from",
        "i am from",
        "soy de",
        "je viens de",
        "mwen soti",
        "is from",
        "are from",
        "pt from",
        "client from",
        "patient from",
        "was from",
        "comes from",
        "came from",
        "country of origin",
        "issued by",  # a passport's issuing country is a nationality
        "issuing country",
        "country of issue",
        "country of citizenship",
        "fèt",
        "pays de naissance",
        "pays d'origine",
        "nacido en",
        "nacida en",
        "nacido",
        "nacida",
        "nació",
        "nacio",
        "nací",
        "naci",
        "nacido el",
        "nacida el",
        "né le",
        "née le",
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
        # A column or field that says only "Origin", and labels as forms abbreviate them.
        "origin",
        "birth ctry",
        "birth cntry",
        "ctry of birth",
        # Italian, Portuguese, Polish and Lithuanian forms.
        "nato a",
        "nata a",
        "nato in",
        "nata in",
        "luogo di nascita",
        "nazionalità",
        "cittadinanza",
        "naturalidade",
        "nacionalidade",
        "local de nascimento",
        "miejsce urodzenia",
        "obywatelstwo",
        "gimimo vieta",
        "pilietybė",
        # A nationality column's header as exports and court calendars abbreviate it.
        "nat",
        "natl",
        "nat'l",
        # Labels in the city's other languages (data/field_labels.txt).
        *field_labels("COUNTRY_OF_BIRTH"),
    )
    context_boost = 0.3
    # After a demonym: "a Honduran national", "a 61-year-old Afghan woman".
    _after = compile_words(
        (
            "national",
            "citizen",
            "nationality",
            "man",
            "woman",
            "boy",
            "girl",
            "child",
            "passport",
            "pasaporte",
            "passeport",
            "country of birth",  # "repatriation to Ecuador, the country of birth"
            # A nationality then a status, as notes list them: "Colombian, undocumented".
            "undocumented",
            "undoc",
            "asylum",
            "asylee",
            "asylum seeker",
            "refugee",
            "parolee",
            "tps",
            "daca",
            "sijs",
            "green card",
            "u visa",
            "permanent resident",
            "conditional resident",
            "qualified alien",
            "sin papeles",
            "solicitante de asilo",
            "residente permanente",
        )
    )

    def __init__(self) -> None:
        super().__init__()
        self._exact = frozenset(countries())
        self._spellings = sorted(n for n in self._exact if len(n) >= 5 and n[0].isupper())

    def _has_context(self, lowered: str) -> bool:
        return super()._has_context(lowered) or self._after.search(lowered) is not None

    def matches(self, pattern: Pattern, text: str) -> Iterator[re.Match[str]]:
        if pattern is _LOWER:
            return self._lower_after_cues(text)
        if pattern is _MISSPELT:
            return self._misspelt_after_cues(text)
        if pattern is _OTHER and text.isascii():
            return iter(())
        # (A code is a country only as a whole field, `whole_field`: "AND" in prose is a word.)
        return super().matches(pattern, text)

    def _cues(self, text: str) -> Iterator[re.Match[str]]:
        """The birth cues in `text`, for the readers that look just after them."""
        lowered = text.lower()
        words = self._context_in(lowered)
        return words.finditer(lowered) if words is not None else iter(())

    def _misspelt_after_cues(self, text: str) -> Iterator[re.Match[str]]:
        for cue in self._cues(text):
            pos = cue.end()
            while pos < len(text) and pos - cue.end() < _MISSPELT_REACH and text[pos] in " \t:?":
                pos += 1
            match = _MISSPELT.regex.match(text, pos)
            if match is None or match.group(0) in self._exact:
                continue  # the exact lists find it
            if difflib.get_close_matches(match.group(0), self._spellings, 1, _MISSPELT_CUTOFF):
                yield match

    def _lower_after_cues(self, text: str) -> Iterator[re.Match[str]]:
        """A lower-case country name within a few words after a cue ("natural de eritrea").

        Looked for only there: a lower-case list scanned over whole texts would find "chad",
        "jordan" or "turkey" everywhere, and cost a pass over every text.
        """
        for cue in self._cues(text):
            match = _LOWER_NAMES.search(text, cue.end(), cue.end() + _LOWER_REACH)
            if match is not None and not text[match.end() : match.end() + 1].isalnum():
                if not text[match.start()].isupper():  # capitalised ones the main list finds
                    yield match

    def context_for(self, lowered: str, start: int, end: int) -> tuple[str, ...]:
        # Before the name: a cue, with no other country between ("born in Honduras and started
        # in a US school": Honduras, not US). After it: "-born", "national", "citizen" ...
        window = window_before(lowered, start)
        words = self._context_in(window)
        cues = [
            c
            for c in (words.finditer(window) if words is not None else ())
            if window[c.start() - 1 : c.start()] != "-"  # "Ghanaian-born" cues the demonym only
        ]
        if cues and not _LOWER_NAMES.search(window, cues[-1].end()):
            return super().context_for(lowered, start, end)
        if lowered.startswith("-born", end):
            return ("-born",)
        if start > 0 and lowered[start - 1] == "(" and "passport" in window:
            return ("passport (",)  # "passport B4692985 (Burkina Faso)": the issuing country
        # Or a "COB" column header, or "Where are you originally from?" before an answer.
        following = window_after(lowered, end)
        after = found_words(self._after, following)
        if after and 0 <= following.find("?") <= 12:
            after = ()  # a form's question ("Are you a U.S. citizen?"), not its answer
        return after or self.context_elsewhere(lowered, start, end)
