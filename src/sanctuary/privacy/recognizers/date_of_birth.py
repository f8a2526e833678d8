"""DATE_OF_BIRTH: a date next to "DOB", "date of birth", "born on", "fecha de nacimiento".

A date on its own is not a date of birth (appointments, hearings and filing dates are
everywhere in case files), so every pattern here needs context. Numeric dates must be a
possible calendar date read either as month/day or day/month.
"""

from __future__ import annotations

import re

from sanctuary.privacy.context import starting_with, token_start
from sanctuary.privacy.data import field_labels
from sanctuary.privacy.recognizers.base import Pattern, Recognizer

_MONTHS_EN = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTHS_ES = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre)"
)
_MONTHS_FR = (
    r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
    r"|novembre|décembre|decembre)"
)
# Haitian Creole; "me", "mas" and "out" are English words too, so only between a day and a year.
_MONTHS_HT = r"(?:janvye|fevriye|mas|avril|me|jen|jiyè|jiye|out|septanm|oktòb|oktob|novanm|desanm)"
# Russian, Ukrainian and Polish months as dates write them (genitive: "14 мая 1961 г.",
# "14 травня 2006 р.", "14 maja 1988 r.").
_MONTHS_SLAVIC = (
    r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
    r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia"
    r"|października|pazdziernika|listopada|grudnia)"
)
_MONTHS_ES_ABBR = r"(?:ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)"
_YEAR = r"(?:19|20)\d{2}"
# Dates as said aloud and transcribed ("January seventeenth, nineteen eighty-five").
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_ORDINAL_WORD = (
    r"(?:(?:twenty|thirty)-?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth"
)
_YEAR_WORDS = (
    r"(?:nineteen|twenty|two[ \t]thousand(?:[ \t]and)?)[ \t-]"
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-" + _UNITS + r")?"
    r"|oh[ \t-]"
    + _UNITS
    + r"|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|"
    + _UNITS
    + r")"
)
_NUMERIC = re.compile(
    starting_with(r"\d", r"[\w/.-]")
    + r"(?:\d{1,2}(?P<s>[/.-])\d{1,2}(?P=s)(?:(?:19|20)\d{2}|\d{2})"
    # As scanned or typed with spaces round the slashes: "6 / 26 / 34".
    r"|\d{1,2} / \d{1,2} / (?:(?:19|20)\d{2}|\d{2})(?![ \t]*/)"
    # ISO dates, also as database timestamps ("1976-12-04T00:00:00").
    r"|(?:19|20)\d{2}(?P<t>[/.-])\d{1,2}(?P=t)\d{1,2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?"
    # Compact exports: "20040415", and month first "04151979".
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:19|20)\d{2}"
    # Chinese, Japanese and Korean forms: "1983年8月14日", "1983년 8월 14일".
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
    r"|(?:19|20)\d{2}년[ \t]?\d{1,2}월[ \t]?\d{1,2}일)(?![\w/-])"
)


_SPACED_SLASH = re.compile(r"[ \t]*/[ \t]*")
_KOREAN_SPACE = re.compile(r"([년월])[ \t]")


def _plausible(value: str) -> bool:
    value = _SPACED_SLASH.sub("/", value)  # "6 / 26 / 34"
    value = _KOREAN_SPACE.sub(r"\1", value)  # "1983년 8월 14일"
    date = re.split(r"[T ]", value, maxsplit=1)[0]  # without a timestamp's time
    parts = [int(p) for p in re.split(r"[/.年月日년월일-]", date) if p]
    if len(parts) < 3:
        return False
    if parts[0] > 31:  # year first
        month, day = parts[1], parts[2]
        return 1 <= month <= 12 and 1 <= day <= 31
    a, b = parts[0], parts[1]
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)


_BIRTH_CUES = (
    "dob",
    "d o b",  # a form's spaced-out letters, as scanned
    "bday",  # vCard
    "d.o.b",
    "d.o.b.",
    "date of birth",
    "birth date",
    "birthdate",
    "birthday",
    "born",
    "born on",
    "fecha de nacimiento",
    "fecha nac",
    "fecha de nac",
    "f. nac",
    "nacido",
    "nacida",
    "nació",
    "nací",
    "naci",
    "nacimiento",
    "date de naissance",
    "né",
    "née",
    # "Family members: Starlin (1/20/11) placed with her": a relative's date is a birth date.
    "family members",
    "household members",
    "né le",
    "fèt",
    "fet",
    "née le",
    # A form's bare "Birth:" label, the initials forms abbreviate to, "(b. 1/2/80)".
    "birth",
    "f.n",
    "f.n.",
    "fec. nac",
    "fec nac",
    # Italian, Portuguese, Polish, Lithuanian, Latvian, Greek and Japanese labels.
    "data di nascita",
    "nato il",
    "nata il",
    "data de nascimento",
    "nascido em",
    "nascida em",
    "data urodzenia",
    "gimimo data",
    "dzimšanas datums",
    "ημερομηνία γέννησης",
    "生年月日",
    # Labels in the city's other languages (data/field_labels.txt).
    *field_labels("DATE_OF_BIRTH"),
)


class DateOfBirthRecognizer(Recognizer):
    name = "DateOfBirthRecognizer"
    entity = "DATE_OF_BIRTH"
    min_digits = 4
    # Three passes, not seven: each regex holds every layout that starts the same way
    # (digits; a month name; a day then a month name), which matters on long documents.
    patterns = (
        Pattern("numeric date", _NUMERIC, 0.6, needs_context=True),
        Pattern(
            "month name first",  # "March 3, 1990", "Jul-14-1998"
            re.compile(
                starting_with("adfjmnosADFJMNOS", r"\w")
                + rf"{_MONTHS_EN}(?:\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}(?!\w)"
                rf"|(?P<s>[-/])\d{{1,2}}(?P=s)(?:{_YEAR}|\d{{2}})(?![\w/-]))",
                re.IGNORECASE,
            ),
            0.6,
            needs_context=True,
        ),
        Pattern(
            # "3 March 1990", "07-MAR-88" (exports), "02/abr/2013", "5 de mayo de 1988",
            # "1er août 2002", "25 out 1952"; and year first, "1963 February 14" (travel
            # documents print it so)
            "day first, month name",
            re.compile(
                token_start(r"\d", r"\w")
                + rf"(?:(?<=[12])\d{{3}}[ \t]+{_MONTHS_EN}\.?[ \t]+\d{{1,2}}(?![\w/-])|"
                + rf"\d?(?:(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS_EN}\.?,?\s+{_YEAR}(?!\w)"
                rf"|(?P<s>[-/ ])(?:{_MONTHS_EN}|{_MONTHS_ES_ABBR})(?P=s)(?:{_YEAR}|\d{{2}})"
                rf"(?![\w/-])|\s+de\s+{_MONTHS_ES}\s+(?:de|del)\s+{_YEAR}(?!\w)"
                rf"|(?:er)?\s+(?:{_MONTHS_FR}|{_MONTHS_HT})\s+{_YEAR}(?!\w)"
                rf"|\s+{_MONTHS_SLAVIC}\s+{_YEAR}(?!\w)))",
                re.IGNORECASE,
            ),
            0.6,
            needs_context=True,
        ),
    )
    context_words = _BIRTH_CUES
    context_boost = 0.3

    def context_for(self, lowered: str, start: int, end: int) -> tuple[str, ...]:
        words = super().context_for(lowered, start, end)
        # "(b. 03/15/2015)": born, abbreviated, right before the date (not "B. Kołodziej,
        # Apr 27" nor "Part B. Our inspection on 7/17", so not a word anywhere before it).
        if not words and lowered.endswith(("(b. ", "(b.", "(b "), max(0, start - 4), start):
            return ("(b.",)
        return words

    def _has_context(self, lowered: str) -> bool:
        return super()._has_context(lowered) or "(b." in lowered

    def validate(self, value: str, pattern: Pattern) -> bool:
        if pattern.name != "numeric date" or value.isdigit():  # yyyymmdd is checked by shape
            return True
        return _plausible(value)


class SpokenDateOfBirthRecognizer(Recognizer):
    """A date of birth said aloud and transcribed ("January seventeenth, nineteen eighty-five").

    Its own recognizer because such a date holds no digit: the numeric recognizer's
    least-digits gate would skip it, and is worth keeping for every other text.
    """

    name = "SpokenDateOfBirthRecognizer"
    entity = "DATE_OF_BIRTH"
    trigger = re.compile(r"[Bb](?:irth|orn|IRTH|ORN)")
    patterns = (
        Pattern(
            "spoken date",
            re.compile(
                starting_with("adfjmnosADFJMNOS", r"\w")
                + rf"{_MONTHS_EN}\s+(?:the\s+)?(?:{_ORDINAL_WORD}),?\s+{_YEAR_WORDS}(?![\w-])",
                re.IGNORECASE,
            ),
            0.6,
            needs_context=True,
        ),
    )
    context_words = _BIRTH_CUES
    context_boost = 0.3
