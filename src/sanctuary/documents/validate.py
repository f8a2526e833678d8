"""Is a judicial warrant good at this door today: signed, not expired, naming this address?

Dates: AO 93 prints "execute this warrant on or before <date> (not to exceed 14 days)"; a New
York search warrant must be executed within 10 days of issue (CPL 690.30(1)) even when no date is
printed; arrest warrants (AO 442, CPL 120) carry no execute-by date.

Addresses are compared after normalising case, punctuation, street-type words ("Street"/"St"),
ordinals ("42nd" = "42", "Fifth" = "5"), OCR's letter-for-digit swaps in house numbers and Queens house numbers ("123-45" = "12345").
Arrest warrants name a person, not premises, so `names_address` is null for them; with an
address given they are not `valid_at_door` and the reason sends the question to counsel.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .model import SEARCH_WARRANT_KINDS, Kind

NY_SEARCH_WARRANT_DAYS = 10  # CPL 690.30(1)
FEDERAL_SEARCH_WARRANT_MAX_DAYS = 14  # FRCrP 41(e)(2)(A)

_WORDS = {
    "street": "st",
    "str": "st",
    "avenue": "ave",
    "av": "ave",
    "boulevard": "blvd",
    "road": "rd",
    "place": "pl",
    "parkway": "pkwy",
    "drive": "dr",
    "lane": "ln",
    "court": "ct",
    "terrace": "ter",
    "highway": "hwy",
    "square": "sq",
    "east": "e",
    "west": "w",
    "north": "n",
    "south": "s",
    "apartment": "apt",
    "unit": "apt",
    "suite": "apt",
    "ste": "apt",
    "floor": "fl",
    "first": "1",
    "second": "2",
    "third": "3",
    "fourth": "4",
    "fifth": "5",
    "sixth": "6",
    "seventh": "7",
    "eighth": "8",
    "ninth": "9",
    "tenth": "10",
    "saint": "st",
    "mount": "mt",
    "fort": "ft",
}
_BOROUGHS = {
    "manhattan": "manhattan",
    "new york": "manhattan",
    "brooklyn": "brooklyn",
    "bronx": "bronx",
    "the bronx": "bronx",
    "queens": "queens",
    "staten island": "staten island",
}
_UNIT = {"apt", "fl", "rm"}
_DIGIT_FIX = str.maketrans({"o": "0", "i": "1", "l": "1", "|": "1"})
_LETTER_FOLD = str.maketrans(
    {"0": "o", "1": "l", "|": "l", "5": "s", "8": "b", "c": "e", "v": "u", "i": "l"}
)
_FOLDED_WORDS = {v.translate(_LETTER_FOLD): v for v in _WORDS.values()} | {
    k.translate(_LETTER_FOLD): v for k, v in _WORDS.items()
}
_MERGEABLE = tuple(
    w.translate(_LETTER_FOLD)
    for w in ("street", "avenue", "boulevard", "place", "parkway", "road", "drive", "terrace")
)
_FOLDED_BOROUGHS = {k.translate(_LETTER_FOLD): v for k, v in _BOROUGHS.items()}


def _fold(token: str) -> str:
    """Fold OCR's letter confusions the same way on both sides (5treet/strect -> street)."""
    return token.translate(_LETTER_FOLD)


def normalize_address(text: str) -> list[str]:
    """Tokens of an address, normalised for comparison."""
    text = text.lower().replace("#", " apt ")
    text = re.sub(r"([a-z])(\d+)(?![a-z])", r"\1 \2", text)  # OCR merges: "at413" -> "at 413"
    text = re.sub(r"\b(\d+)([a-z]{3,})", r"\1 \2", text)  # "50jamaica" -> "50 jamaica"
    text = re.sub(r"\b(\d+)\s*-\s*(\d+)\b", r"\1\2", text)  # Queens 123-45 -> 12345
    text = re.sub(r"\b(\d+)(?:st|nd|rd|th)\b", r"\1", text)
    text = re.sub(r"[^a-z0-9|]+", " ", text)
    folded: list[str] = []
    for token in text.split():
        if any(c.isdigit() for c in token) and re.fullmatch(r"[0-9oil|]+", token):
            token = token.translate(_DIGIT_FIX)  # OCR: "1O5" -> "105"
        elif not token.isdigit():
            token = _fold(token)
        if folded and folded[-1] + token in _FOLDED_WORDS and token not in _FOLDED_WORDS:
            token = folded.pop() + token  # OCR splits a street type: "a venue" -> "avenue"
        for street_type in _MERGEABLE:
            # OCR merges a street name with its type: "rooseveltavenue" -> "roosevelt avenue"
            if token.endswith(street_type) and len(token) >= len(street_type) + 3:
                folded.append(token[: -len(street_type)])
                token = street_type
                break
        folded.append(token)
    return [_FOLDED_WORDS.get(token, token) for token in folded]


@dataclass(frozen=True)
class Address:
    number: str
    street: tuple[str, ...]
    unit: str | None
    zip: str | None
    borough: str | None


def parse_address(text: str) -> Address | None:
    """House number, street words, unit, ZIP and borough of a typed address, or None."""
    tokens = normalize_address(text)
    if not tokens or not tokens[0][0].isdigit():
        for index, token in enumerate(tokens):
            if token.isdigit():
                tokens = tokens[index:]
                break
        else:
            return None
    number = tokens[0]
    street: list[str] = []
    rest = tokens[1:]
    unit = zip_code = None
    index = 0
    while index < len(rest) and rest[index] not in _UNIT and not _is_stop(rest, index):
        street.append(rest[index])
        index += 1
    tail = rest[index:]
    for position, token in enumerate(tail):
        if token in _UNIT and position + 1 < len(tail):
            unit = tail[position + 1]
        if re.fullmatch(r"1[01]\d{3}", token):
            zip_code = token
    joined = " " + " ".join(tail) + " "
    borough = next((b for name, b in _FOLDED_BOROUGHS.items() if f" {name} " in joined), None)
    if not street:
        return None
    return Address(number, tuple(street), unit, zip_code, borough)


def _is_stop(tokens: list[str], index: int) -> bool:
    token = tokens[index]
    if index == 0:
        return False
    if re.fullmatch(r"1[01]\d{3}", token) or token in {"ny", "nyc", "nye"}:
        return True
    joined = " ".join(tokens[index : index + 2])
    return any(joined.startswith(name) for name in _FOLDED_BOROUGHS) and index >= 1


def names_address(document_text: str, address: str) -> bool:
    """Whether the document names `address`: same number and street, no conflicting unit/ZIP/borough."""
    wanted = parse_address(address)
    if wanted is None:
        return False
    tokens = normalize_address(document_text)
    target = "".join(wanted.street)
    # Street words are compared with spaces removed, so OCR's split and merged words still match.
    for index, token in enumerate(tokens):
        if token != wanted.number:
            continue
        joined, end = "", index + 1
        while end < len(tokens) and len(joined) < len(target):
            joined += tokens[end]
            end += 1
        if joined != target:
            continue
        after = tokens[end : end + 12]
        found = parse_address(" ".join([wanted.number, *wanted.street, *after]))
        if found is None:
            continue
        if wanted.unit and found.unit and wanted.unit != found.unit:
            continue
        if wanted.zip and found.zip and wanted.zip != found.zip:
            continue
        if wanted.borough and found.borough and wanted.borough != found.borough:
            continue
        return True
    return False


def execute_by_for(
    kind: Kind, issued: dt.date | None, printed: dt.date | None
) -> tuple[dt.date | None, str | None]:
    """The last day the warrant may be executed, and a note on where that date came from."""
    if kind is Kind.STATE_COURT_SEARCH_WARRANT:
        if issued is None:
            return printed, None
        limit = issued + dt.timedelta(days=NY_SEARCH_WARRANT_DAYS)
        if printed is not None and printed < limit:
            return printed, None
        return (
            limit,
            "A New York search warrant must be executed within 10 days of issue (CPL 690.30(1)).",
        )
    if kind is Kind.JUDICIAL_SEARCH_WARRANT:
        if printed is not None and issued is not None:
            cap = issued + dt.timedelta(days=FEDERAL_SEARCH_WARRANT_MAX_DAYS)
            if printed > cap:
                return (
                    cap,
                    "The printed date is more than 14 days after issue; the 14-day limit applies (FRCrP 41(e)(2)(A)).",
                )
        return printed, None
    return printed, None


@dataclass(frozen=True)
class DoorCheck:
    valid: bool
    names_address: bool | None
    reasons: tuple[str, ...]


def check_at_door(
    *,
    kind: Kind,
    judicial: bool,
    signed: bool | None,
    issued: dt.date | None,
    execute_by: dt.date | None,
    on: dt.date,
    address: str | None,
    text: str,
) -> DoorCheck:
    """Apply the door rules to a judicial warrant; anything else is simply not valid at the door."""
    reasons: list[str] = []
    is_search = kind in SEARCH_WARRANT_KINDS
    named: bool | None = None
    if address and is_search:
        named = names_address(text, address)
    if not judicial:
        return DoorCheck(False, named, ())
    valid = True
    if signed is None:
        valid = False
        reasons.append("Could not confirm a signature, so it is not treated as valid.")
    elif not signed:
        valid = False
        reasons.append("The signature line is blank: an unsigned warrant is not valid.")
    if issued is not None and on < issued:
        valid = False
        reasons.append(f"The issue date {issued.isoformat()} is after {on.isoformat()}.")
    if is_search:
        if execute_by is None:
            valid = False
            reasons.append("Could not read the date by which the warrant must be executed.")
        elif on > execute_by:
            valid = False
            reasons.append(
                f"The warrant expired: it had to be executed on or before {execute_by.isoformat()}."
            )
    if address:
        if is_search and named is False:
            valid = False
            reasons.append("The warrant does not name this address.")
        elif not is_search:
            valid = False
            reasons.append(
                "An arrest warrant names a person, not premises; it was not checked against this "
                "address. Counsel decides whether it allows entry to a non-public area."
            )
    return DoorCheck(valid, named, tuple(reasons))
