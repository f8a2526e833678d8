"""DATE_OF_BIRTH: a date next to "DOB", "date of birth", "born on", "fecha de nacimiento".

A date on its own is not a date of birth (appointments, hearings and filing dates are
everywhere in case files), so every pattern here needs context. Numeric dates must be a
possible calendar date read either as month/day or day/month.
"""

from __future__ import annotations

import re

from sanctuary.privacy.context import starting_with, token_start
from sanctuary.privacy.recognizers.base import Pattern, Recognizer

_MONTHS_EN = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTHS_ES = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre)"
)
_MONTHS_ES_ABBR = r"(?:ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)"
_YEAR = r"(?:19|20)\d{2}"
_NUMERIC = re.compile(
    starting_with(r"\d", r"[\w/.-]")
    + r"(?:\d{1,2}(?P<s>[/.-])\d{1,2}(?P=s)(?:(?:19|20)\d{2}|\d{2})"
    # ISO dates, also as database timestamps ("1976-12-04T00:00:00").
    r"|(?:19|20)\d{2}(?P<t>[/.-])\d{1,2}(?P=t)\d{1,2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)(?![\w/-])"
)


def _plausible(value: str) -> bool:
    date = re.split(r"[T ]", value, maxsplit=1)[0]  # without a timestamp's time
    parts = [int(p) for p in re.split(r"[/.-]", date)]
    if parts[0] > 31:  # year first
        month, day = parts[1], parts[2]
        return 1 <= month <= 12 and 1 <= day <= 31
    a, b = parts[0], parts[1]
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)


class DateOfBirthRecognizer(Recognizer):
    name = "DateOfBirthRecognizer"
    entity = "DATE_OF_BIRTH"
    min_digits = 4
    patterns = (
        Pattern("numeric date", _NUMERIC, 0.6, needs_context=True),
        Pattern(
            "Month d, yyyy",
            re.compile(
                starting_with("adfjmnosADFJMNOS", r"\w")
                + rf"{_MONTHS_EN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}(?!\w)",
                re.IGNORECASE,
            ),
            0.6,
            needs_context=True,
        ),
        Pattern(
            "d Month yyyy",
            re.compile(
                token_start(r"\d", r"\w")
                + rf"\d?(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS_EN}\.?,?\s+{_YEAR}(?!\w)",
                re.IGNORECASE,
            ),
            0.6,
            needs_context=True,
        ),
        Pattern(
            # Database exports: "07-MAR-88", "7 Mar 88".
            "dd-Mon-yy",  # also "02/abr/2013"
            re.compile(
                token_start(r"\d", r"\w")
                + rf"\d?(?P<s>[-/ ])(?:{_MONTHS_EN}|{_MONTHS_ES_ABBR})(?P=s)(?:{_YEAR}|\d{{2}})"
                r"(?![\w/-])",
                re.IGNORECASE,
            ),
            0.6,
            needs_context=True,
        ),
        Pattern(
            "Mon-dd-yyyy",
            re.compile(
                starting_with("adfjmnosADFJMNOS", r"\w")
                + rf"{_MONTHS_EN}(?P<s>[-/])\d{{1,2}}(?P=s)(?:{_YEAR}|\d{{2}})(?![\w/-])",
                re.IGNORECASE,
            ),
            0.6,
            needs_context=True,
        ),
        Pattern(
            "yyyymmdd",
            re.compile(
                token_start("[12]", r"[\w/.-]")
                + r"[09]\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w/-])"
            ),
            0.55,
            needs_context=True,
        ),
        Pattern(
            "d de mes de yyyy",
            re.compile(
                token_start(r"\d", r"\w")
                + rf"\d?\s+de\s+{_MONTHS_ES}\s+(?:de|del)\s+{_YEAR}(?!\w)",
                re.IGNORECASE,
            ),
            0.6,
            needs_context=True,
        ),
    )
    context_words = (
        "dob",
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
        "f. nac",
        "nacido",
        "nacida",
        "nació",
        "date de naissance",
        "né le",
        "fèt",
        "fet",
        "née le",
    )
    context_boost = 0.3

    def validate(self, value: str, pattern: Pattern) -> bool:
        if pattern.name == "yyyymmdd":
            return value[:2] in ("19", "20")
        return _plausible(value) if pattern.name == "numeric date" else True
