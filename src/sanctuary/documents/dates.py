"""Read the issue date and the execute-by date, tolerating OCR's digit/letter swaps.

Only dates next to a label are trusted ("Date and time issued:", "Dated:", "on or before"); a
bare date elsewhere (a revision line, a birth date) is never taken as the issue date.
"""

from __future__ import annotations

import datetime as dt
import re

from .signals import fuzzy

_MONTH_WORDS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_RX = [
    re.compile(f"(?:{fuzzy(name)}|{fuzzy(name[:3])}\\.?|{fuzzy(name[:4])}\\.)", re.IGNORECASE)
    for name in _MONTH_WORDS
]
_DIGITISH = "0-9OoIlSB|"
_D = f"[{_DIGITISH}]"
_MONTH_NAME = "(?P<mon>" + "|".join(f"(?:{rx.pattern})" for rx in _MONTH_RX) + ")"
_PATTERNS = (
    # February 10, 2026 / Feb. 10 2026
    re.compile(
        _MONTH_NAME
        + rf"\s+(?P<day>{_D}{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<year>{_D}{{4}})(?![0-9])",
        re.IGNORECASE,
    ),
    # 10th day of February, 2026 / 10 February 2026
    re.compile(
        rf"(?P<day>{_D}{{1,2}})(?:st|nd|rd|th)?\s*(?:"
        + fuzzy("day of")
        + r"\s*)?"
        + _MONTH_NAME
        + rf",?\s*(?P<year>{_D}{{4}})(?![0-9])",
        re.IGNORECASE,
    ),
    # 02/10/2026 or 2/10/26
    re.compile(
        rf"(?<![0-9])(?P<month>{_D}{{1,2}})\s*/\s*(?P<day>{_D}{{1,2}})\s*/\s*(?P<year>{_D}{{4}}|{_D}{{2}})(?![0-9])"
    ),
    # 2026-02-10
    re.compile(rf"(?P<year>{_D}{{4}})-(?P<month>{_D}{{2}})-(?P<day>{_D}{{2}})"),
)
_DIGIT_FIX = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "S": "5", "B": "8"})

_ISSUED_LABELS = re.compile(
    r"date\s*(?:and\s*time\s*)?issued|issued\s*(?:on|:)|dated\s*[:,]?|^\s*date\s*:|"
    r"signed\s+on|entered\s*:|this\s+\S+?\s*day\s*[o0]f|date\s+of\s+(?:order|issue)",
    re.IGNORECASE | re.MULTILINE,
)
_EXECUTE_LABELS = re.compile(fuzzy("on or before"), re.IGNORECASE)


def _number(text: str) -> int:
    return int(text.translate(_DIGIT_FIX))


def parse_date(text: str) -> dt.date | None:
    """The first date in `text`, or None. Two-digit years are 20xx."""
    best: tuple[int, dt.date] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            try:
                groups = match.groupdict()
                if "mon" in groups and groups["mon"] is not None:
                    month = next(
                        (
                            number
                            for number, rx in enumerate(_MONTH_RX, start=1)
                            if rx.fullmatch(groups["mon"])
                        ),
                        0,
                    )
                else:
                    month = _number(groups["month"])
                day = _number(groups["day"])
                year = _number(groups["year"])
                if year < 100:
                    year += 2000
                value = dt.date(year, month, day)
            except (ValueError, KeyError):
                continue
            if best is None or match.start() < best[0]:
                best = (match.start(), value)
            break
    return best[1] if best else None


def _after(label: re.Pattern[str], text: str, window: int) -> dt.date | None:
    for match in label.finditer(text):
        start = match.start() if match.group(0).lower().startswith("this") else match.end()
        value = parse_date(text[start : match.end() + window])
        if value is not None:
            return value
    return None


def find_issued(text: str) -> dt.date | None:
    """The date next to an issue label ("Date and time issued:", "Dated:", "this 3rd day of")."""
    return _after(_ISSUED_LABELS, text, 70)


def find_execute_by(text: str) -> dt.date | None:
    """The date after "on or before" (AO 93's execution deadline)."""
    return _after(_EXECUTE_LABELS, text, 50)
