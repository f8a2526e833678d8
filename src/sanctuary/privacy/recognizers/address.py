"""ADDRESS: street addresses, New York City style included.

House number (Queens hyphenated "123-45" too) + street name + suffix (St, Ave, Blvd,
Broadway, Concourse ...), then optionally a unit (Apt 4B, #3, Fl 2), a borough or city, a
state and a ZIP code. P.O. boxes too. The suffix is what distinguishes "123 Main St" from
"3 Family Court hearings" only partly, hence a modest base score raised by "lives at",
"address" and the like.
"""

from __future__ import annotations

import re

from sanctuary.privacy.context import token_start
from sanctuary.privacy.data import field_labels
from sanctuary.privacy.recognizers.base import Pattern, Recognizer

# Not the minutes of a time ("9:30 AM Place: ...").
_HOUSE = token_start(r"\d", r"[\w/-]") + r"(?<!\d:\d)\d{0,4}(?:-\d{1,3})?[A-Z]?"
_DIRECTION = r"(?:(?:N|S|E|W|North|South|East|West)\.?\s+)?"
_ORDINAL = r"\d{1,3}(?i:st|nd|rd|th)"
_WORD = r"(?:[A-Z][A-Za-z'’.-]*|de|la|del|of|the)"
_NAME = rf"(?:{_ORDINAL}|{_WORD})(?:\s+(?:{_ORDINAL}|{_WORD})){{0,4}}"
# Any case, for records typed in lower case; only after "lives at", "address" and the like.
_ANY_WORD = r"(?:[A-Za-z][A-Za-z'’.-]*)"
_ANY_NAME = rf"(?:{_ORDINAL}|{_ANY_WORD})(?:\s+(?:{_ORDINAL}|{_ANY_WORD})){{0,4}}"
_SUFFIX = (
    # Any case: exports and envelopes are often all capitals ("992 WEBSTER AVE").
    r"(?i:Street|St|Avenue|Ave|Av|Boulevard|Blvd|Road|Rd|Place|Pl|Court|Ct|Drive|Dr|Parkway|Pkwy"
    r"|Lane|Ln|Terrace|Ter|Way|Plaza|Plz|Square|Sq|Highway|Hwy|Expressway|Expy|Turnpike|Tpke"
    r"|Loop|Crescent|Cres|Circle|Cir|Walk|Path|Row|Alley|Concourse|Slip|Esplanade|Oval|Heights"
    r"|Hts|Calle|Avenida)\.?"
)
_BARE_STREETS = (
    r"(?i:Broadway|Bowery|Avenue\s+(?:[A-DJKLMNPSUXZ]|of\s+the\s+Americas)|Grand\s+Concourse)"
)
# On the street's line ("Apt 4B", "#2F", "3RD FLOOR", "REAR"), never reaching into the next line.
_UNIT = (
    r"(?:,?[ \t]*(?:(?:(?i:Apt|Apartment|Unit|Suite|Ste|Fl|Floor|Rm|Room|Bsmt|Depto)|PH)\.?[ \t]*"
    r"#?[ \t]*[A-Za-z0-9-]{1,6}|#[ \t]?[A-Za-z0-9-]{1,6}|\d{1,2}(?i:st|nd|rd|th)[ \t]+(?i:Fl(?:oor)?)"
    r"(?!\w)\.?|(?i:Bsmt|Basement|Rear|Front)(?!\w)))?"
)
_PLACES = (
    r"(?i:Brooklyn|Queens|Bronx|The\s+Bronx|Manhattan|Staten\s+Island|New\s+York|NYC"
    r"|Long\s+Island\s+City|Jackson\s+Heights|Flushing|Jamaica|Astoria|Elmhurst|Corona"
    r"|Woodside|Sunnyside|Ridgewood|Far\s+Rockaway|Harlem|Washington\s+Heights|Inwood"
    r"|Sunset\s+Park|Bushwick|Flatbush|Canarsie|Bay\s+Ridge|Brighton\s+Beach|Jamaica"
    r"|Richmond\s+Hill|Ozone\s+Park|Kew\s+Gardens|Forest\s+Hills|Bayside|Whitestone"
    r"|East\s+Elmhurst|Hempstead|Yonkers|Newark|Jersey\s+City|Paterson|Union\s+City)"
)
_STATE = r"(?:NY|N\.Y\.|(?i:New\s+York)|NJ|N\.J\.|(?i:New\s+Jersey)|CT|PA)"
_TAIL = (
    rf"(?:,?\s+(?:{_PLACES}|[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){{0,2}}(?=,?\s+{_STATE}\b)))?"
    rf"(?:,?\s+{_STATE}(?![\w.]))?(?:,?\s+\d{{5}}(?:-\d{{4}})?(?!\d))?"
)

STREET_ADDRESS = re.compile(
    rf"{_HOUSE}\s+{_DIRECTION}(?:{_BARE_STREETS}|{_NAME}\s+{_SUFFIX})(?![\w]){_UNIT}{_TAIL}"
)
STREET_ADDRESS_ANY_CASE = re.compile(
    rf"{_HOUSE}\s+{_DIRECTION}(?:{_BARE_STREETS}|{_ANY_NAME}\s+{_SUFFIX})(?![\w]){_UNIT}{_TAIL}",
    re.IGNORECASE,
)
PO_BOX = re.compile(
    token_start("P", r"\w")
    + rf"\.?\s?O\.?\s+Box\s+\d{{1,6}}(?:,?\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}})?"
    rf"(?:,?\s+{_STATE}(?![\w.]))?(?:,?\s+\d{{5}}(?:-\d{{4}})?)?",
    re.IGNORECASE,
)


class AddressRecognizer(Recognizer):
    name = "AddressRecognizer"
    entity = "ADDRESS"
    min_digits = 1
    patterns = (
        Pattern("house number + street + suffix", STREET_ADDRESS, 0.7),
        Pattern("P.O. Box", PO_BOX, 0.7),
        Pattern(
            "any-case street after address context",
            STREET_ADDRESS_ANY_CASE,
            0.5,
            needs_context=True,
        ),
    )
    context_words = (
        "address",
        "addr",
        "lives at",
        "living at",
        "resides at",
        "residing at",
        "reside",
        "resident of",
        "located at",
        "moved to",
        "mailing",
        "home",
        "shelter",
        "dirección",
        "direccion",
        "domicilio",
        "adresse",
        # Labels in the city's other languages (data/field_labels.txt).
        *field_labels("ADDRESS"),
    )
    context_boost = 0.2
