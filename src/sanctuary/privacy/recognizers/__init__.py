"""One recognizer class per identifier type. `default_recognizers()` is the set the scanner uses.

To add a type: write a `Recognizer` subclass in its own module here (patterns, context words,
`validate`), add it below, add its type to `model.ENTITY_TYPES`, and give it must-match /
must-not-match tests in tests/privacy/test_recognizers.py.
"""

from __future__ import annotations

from sanctuary.privacy.recognizers.a_number import ANumberRecognizer
from sanctuary.privacy.recognizers.address import AddressRecognizer
from sanctuary.privacy.recognizers.base import Pattern, Recognizer
from sanctuary.privacy.recognizers.country_of_birth import CountryOfBirthRecognizer
from sanctuary.privacy.recognizers.date_of_birth import (
    DateOfBirthRecognizer,
    SpokenDateOfBirthRecognizer,
)
from sanctuary.privacy.recognizers.email import EmailRecognizer
from sanctuary.privacy.recognizers.i94 import I94Recognizer
from sanctuary.privacy.recognizers.idnyc import IdnycRecognizer
from sanctuary.privacy.recognizers.immigration_status import ImmigrationStatusRecognizer
from sanctuary.privacy.recognizers.itin import ItinRecognizer
from sanctuary.privacy.recognizers.machine_readable import MACHINE_READABLE_RECOGNIZERS
from sanctuary.privacy.recognizers.passport import PassportRecognizer
from sanctuary.privacy.recognizers.person import PersonRecognizer
from sanctuary.privacy.recognizers.phone import PhoneRecognizer
from sanctuary.privacy.recognizers.ssn import SsnRecognizer
from sanctuary.privacy.recognizers.uscis_receipt import UscisReceiptRecognizer

RECOGNIZER_CLASSES: tuple[type[Recognizer], ...] = (
    PersonRecognizer,
    ANumberRecognizer,
    SsnRecognizer,
    ItinRecognizer,
    PassportRecognizer,
    PhoneRecognizer,
    EmailRecognizer,
    DateOfBirthRecognizer,
    SpokenDateOfBirthRecognizer,
    AddressRecognizer,
    IdnycRecognizer,
    UscisReceiptRecognizer,
    I94Recognizer,
    ImmigrationStatusRecognizer,
    CountryOfBirthRecognizer,
    # Passports' machine-readable zones and licence barcodes: one parse, a recognizer per type.
    *MACHINE_READABLE_RECOGNIZERS,
)


def default_recognizers() -> list[Recognizer]:
    return [cls() for cls in RECOGNIZER_CLASSES]


__all__ = ["Pattern", "RECOGNIZER_CLASSES", "Recognizer", "default_recognizers"]
