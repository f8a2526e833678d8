"""Identity documents' machine-readable data, read by position: no labels, only a standard.

- A passport's machine-readable zone (ICAO Doc 9303, TD3): two lines of 44 characters at the
  foot of the data page. Line 1 is "P", a type letter, the issuing state and
  SURNAME<<GIVEN<NAMES; line 2 the document number, a check digit, the nationality, the birth
  date (YYMMDD), a check digit, the sex, the expiry date and more. Caseworkers paste them from
  scans and OCR. The layout is matched, not the check digits: OCR turns 0 into O in the
  document number ("A4O69353"), and a line that has lost its last character is still a
  passport's.
- A US driver licence's or state ID's PDF417 barcode (AAMVA DL/ID Card Design Standard), as a
  scanner app pastes it: one data element per line, a three-letter element ID then its value
  (DCS family name, DAC first name, DAD middle name, DBB birth date, DAG street address). The
  licence number (DAQ) is left alone, as other licence numbers are.

Each field is reported as its own type (PASSPORT, DATE_OF_BIRTH, COUNTRY_OF_BIRTH for the
nationality and issuing state, PERSON for names, ADDRESS) by a small recognizer per type, so
that the scanner's type filter still works; all of them share one parse per text.
"""

from __future__ import annotations

import functools
import re
from typing import ClassVar, NamedTuple

from sanctuary.privacy.data import country_codes
from sanctuary.privacy.model import Finding
from sanctuary.privacy.recognizers.base import Pattern, Recognizer

_LINE1 = re.compile(r"(?m)^[ \t]*P[A-Z<]([A-Z<]{3})([A-Z]+(?:<[A-Z]+)*)<<([A-Z<]*?)<*[ \t]*$")
_LINE2 = re.compile(
    r"(?m)^[ \t]*(?P<number>[A-Z0-9<]{9})(?P<check>[0-9<])(?P<nationality>[A-Z<]{3})"
    r"(?P<birth>\d{6})\d[MFX<]\d{6}\d[A-Z0-9<]{0,16}[ \t]*$"
)
_MRZ = "passport machine-readable zone (ICAO 9303)"
_AAMVA = "licence barcode data (AAMVA)"
# AAMVA data elements that identify the holder, and what each holds.
_AAMVA_FIELDS = {
    "DCS": ("PERSON", "family name"),
    "DAC": ("PERSON", "first name"),
    "DCT": ("PERSON", "given names"),
    "DAD": ("PERSON", "middle name"),
    "DBB": ("DATE_OF_BIRTH", "date of birth"),
    "DAG": ("ADDRESS", "street address"),
}
_AAMVA_ELEMENT = re.compile(r"(?m)(?:^|(?<=DL))(DCS|DAC|DCT|DAD|DBB|DAG)([^\n\r]+?)[ \t]*$")


class MachineField(NamedTuple):
    type: str
    start: int
    end: int
    field: str
    source: str = _MRZ


@functools.lru_cache(maxsize=4)  # one parse per text, for the recognizers below
def machine_fields(text: str) -> tuple[MachineField, ...]:
    """Every field of every machine-readable zone or licence barcode in `text` that identifies
    its holder."""
    out: list[MachineField] = []
    if "DBB" in text or "DCS" in text or "DAC" in text:
        elements = list(_AAMVA_ELEMENT.finditer(text))
        if len({m.group(1) for m in elements}) >= 2:  # one ID alone could be any word
            for m in elements:
                type_, field = _AAMVA_FIELDS[m.group(1)]
                out.append(MachineField(type_, *m.span(2), field, _AAMVA))
    if "<<" not in text:
        return tuple(out)
    codes = frozenset(country_codes()) | {"D"}  # Germany's code in the zone is "D<<"
    for line in _LINE2.finditer(text):
        s, e = line.span("number")
        number = text[s:e].rstrip("<")
        if len(number) >= 5:
            out.append(MachineField("PASSPORT", s, s + len(number), "document number"))
        nationality = line.group("nationality").rstrip("<")
        if nationality in codes:
            s = line.start("nationality")
            out.append(MachineField("COUNTRY_OF_BIRTH", s, s + len(nationality), "nationality"))
        out.append(MachineField("DATE_OF_BIRTH", *line.span("birth"), "date of birth"))
    for line in _LINE1.finditer(text):
        state = line.group(1).rstrip("<")
        if state in codes:
            s = line.start(1)
            out.append(MachineField("COUNTRY_OF_BIRTH", s, s + len(state), "issuing state"))
        out.append(MachineField("PERSON", *line.span(2), "surname"))
        given = line.group(3).rstrip("<")
        if given:
            s = line.start(3)
            out.append(MachineField("PERSON", s, s + len(given), "given names"))
    return tuple(out)


class _MachineReadableRecognizer(Recognizer):
    """Findings of one type from the zone's parse; the patterns are the zone's layout."""

    name = "MachineReadableRecognizer"
    patterns: ClassVar[tuple[Pattern, ...]] = ()
    trigger = re.compile("<<|DBB|DCS|DAC")

    def find(self, text: str, lowered: str) -> list[Finding]:
        return [
            Finding(
                self.entity,
                f.start,
                f.end,
                0.9,
                text[f.start : f.end],
                self.name,
                f"{f.source}, {f.field}",
            )  # fmt: skip
            for f in machine_fields(text)
            if f.type == self.entity
        ]


def _reader(entity: str) -> type[Recognizer]:
    """The recognizer of one type of field (the scanner filters recognizers by type)."""
    name = "".join(part.title() for part in entity.split("_"))
    return type(
        f"MachineReadable{name}Recognizer", (_MachineReadableRecognizer,), {"entity": entity}
    )


MACHINE_READABLE_RECOGNIZERS = tuple(
    _reader(entity)
    for entity in ("PASSPORT", "DATE_OF_BIRTH", "COUNTRY_OF_BIRTH", "PERSON", "ADDRESS")
)
