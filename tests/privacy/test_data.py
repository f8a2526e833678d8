"""The word lists shipped with the scanner (sanctuary.privacy.data) and how recognizers read
them."""

from __future__ import annotations

import re

import pytest

from sanctuary.privacy import ENTITY_TYPES
from sanctuary.privacy.data import countries, field_labels, lines
from sanctuary.privacy.recognizers import default_recognizers
from sanctuary.privacy.recognizers.immigration_status import _may_hold_status_field


def test_every_field_label_line_names_a_type_a_language_and_a_lower_case_label() -> None:
    for line in lines("field_labels.txt"):
        type_, language, label = line.split("\t")
        assert type_ in ENTITY_TYPES, line
        assert re.fullmatch(r"[a-z]{2}", language), line
        assert label == label.lower().strip() and label, line


@pytest.mark.parametrize("type_", ["PERSON", "DATE_OF_BIRTH", "COUNTRY_OF_BIRTH", "PASSPORT"])
def test_field_labels_cover_every_designated_language_with_its_own_script(type_: str) -> None:
    # Spanish, French, Haitian Creole and Polish labels share English's script; the others
    # must be there in their own ("Chinese, Russian, Bengali, Korean, Arabic, Urdu").
    languages = {
        line.split("\t")[1] for line in lines("field_labels.txt") if line.startswith(type_)
    }
    assert {"zh", "ru", "bn", "ko", "ar", "ur"} <= languages


def test_field_labels_of_an_unknown_type_are_none() -> None:
    assert field_labels("NOT_A_TYPE") == ()


def test_status_labels_in_latin_script_pass_the_status_field_gate() -> None:
    # The labels in other scripts are looked for apart; the Latin ones must hold a substring
    # the gate already looks for, or their fields would never be read.
    for label in field_labels("IMMIGRATION_STATUS"):
        assert _may_hold_status_field(f"{label}: x"), label


@pytest.mark.parametrize(
    "text",
    [
        "Client DOB: 03/04/1981, born in Peru, phone 718 555 0142, passport X1234567",
        "status: TPS; a-number 123456789; contact the caseworker",
        "nothing to see here at all",
    ],
)
def test_ascii_texts_find_the_same_context_words_without_the_other_scripts(text: str) -> None:
    lowered = text.lower()
    for recognizer in default_recognizers():
        full = recognizer._context
        if full is None:
            continue
        quick = recognizer._context_in(lowered)
        assert quick is not None, recognizer.name
        if not all(w.isascii() for w in recognizer.context_words):
            assert quick.pattern != full.pattern, recognizer.name  # the other scripts left out
        assert [m.group() for m in quick.finditer(lowered)] == [
            m.group() for m in full.finditer(lowered)
        ], recognizer.name


def test_texts_in_other_scripts_are_searched_with_every_context_word() -> None:
    recognizer = next(r for r in default_recognizers() if r.entity == "PASSPORT")
    assert recognizer._context_in("여권번호: m77120455") is recognizer._context


def test_country_names_in_other_scripts_come_from_iso_codes_without_latin_or_commas() -> None:
    for line in lines("countries_other_scripts.txt"):
        code, *names = line.split("|")
        assert re.fullmatch(r"[A-Z]{3}", code), line
        for name in names:
            assert not re.search(r"[A-Za-z,،]", name), name
    assert {"중국", "Молдова", "Україна", "الصين", "中国"} <= set(countries())
