"""Classification from the signals a clerk uses, on short hand-written texts."""

from __future__ import annotations

import datetime as dt

import pytest

from sanctuary.documents import Kind, check_text
from sanctuary.documents.signals import find_signals, fuzzy, redact

ON = dt.date(2026, 2, 10)

AO93 = """AO 93 (Rev. 11/13) Search and Seizure Warrant
UNITED STATES DISTRICT COURT
for the
Eastern District of New York
In the Matter of the Search of
The premises known as 250 Gold Street, Brooklyn, NY 11201
SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer
YOU ARE COMMANDED to execute this warrant on or before February 16, 2026 (not to exceed 14 days)
Date and time issued: February 4, 2026 10:15 a.m.
/s/ Jane Roe
Judge's signature
Hon. Jane Roe, U.S. Magistrate Judge
Printed name and title
"""

I200_BIG = """WARRANT
U.S. DEPARTMENT OF HOMELAND SECURITY
Warrant for Arrest of Alien
File No. A123 456 789  Date: February 4, 2026
I have determined that there is probable cause to believe that MARIA GARCIA is removable.
YOU ARE COMMANDED to arrest and take into custody the above-named alien.
/s/ John Smith
(Signature of Authorized Immigration Officer)
John Smith, Supervisory Detention and Deportation Officer
Form I-200 (Rev. 09/16)
"""

I205_JUDGE_BOX = """U.S. Department of Homeland Security
WARRANT OF REMOVAL/DEPORTATION
File No: A123 456 789  Date: February 4, 2026
MARIA GARCIA (Full name of alien) is subject to removal based upon a final order by:
[ ] an immigration judge in exclusion, deportation, or removal proceedings
[X] a United States District or Magistrate Court Judge
I, the undersigned officer, command you to take into custody and remove the above-named alien.
/s/ John Smith
(Signature of immigration officer)
Field Office Director
Form I-205 (Rev. 08/07)
"""

IJ_ORDER = """UNITED STATES DEPARTMENT OF JUSTICE
EXECUTIVE OFFICE FOR IMMIGRATION REVIEW
UNITED STATES IMMIGRATION COURT
In the Matter of: MARIA GARCIA, Respondent
ORDER OF THE IMMIGRATION JUDGE
It is HEREBY ORDERED that the respondent be removed.
/s/ Jane Roe
Immigration Judge
"""


def test_ao93_is_a_judicial_search_warrant_valid_at_its_address() -> None:
    result = check_text(AO93, on=ON, address="250 Gold St, Brooklyn")
    assert result.kind is Kind.JUDICIAL_SEARCH_WARRANT
    assert result.judicial_warrant and result.signed and result.valid_at_door
    assert result.execute_by == dt.date(2026, 2, 16)
    assert result.issued == dt.date(2026, 2, 4)
    assert result.signer_title == "United States Magistrate Judge"
    assert result.court == "United States District Court for the Eastern District of New York"
    assert result.names_address is True
    form = next(s for s in result.signals if s.name == "form_ao93")
    assert form.found and form.evidence == "AO 93 (Rev. 11/13)"


def test_ice_form_with_warrant_in_large_type_is_administrative() -> None:
    result = check_text(I200_BIG, on=ON)
    assert result.kind is Kind.ADMINISTRATIVE_ARREST_WARRANT_I200
    assert not result.judicial_warrant and not result.valid_at_door
    assert any("WARRANT" in reason for reason in result.reasons)


def test_i205_with_the_judge_box_ticked_is_still_administrative() -> None:
    result = check_text(I205_JUDGE_BOX, on=ON)
    assert result.kind is Kind.REMOVAL_WARRANT_I205
    assert not result.judicial_warrant
    assert any("District or Magistrate Court Judge" in reason for reason in result.reasons)


def test_an_immigration_judge_is_not_a_judge_of_a_court() -> None:
    result = check_text(IJ_ORDER, on=ON)
    assert result.kind is Kind.IMMIGRATION_JUDGE_ORDER
    assert not result.judicial_warrant
    assert result.signer_title == "Immigration Judge"


def test_dhs_markings_on_a_court_looking_warrant_fail_closed() -> None:
    mixed = AO93.replace(
        "UNITED STATES DISTRICT COURT",
        "U.S. DEPARTMENT OF HOMELAND SECURITY\nUNITED STATES DISTRICT COURT",
    )
    result = check_text(mixed, on=ON)
    assert not result.judicial_warrant
    assert any("Homeland Security" in reason for reason in result.reasons)


def test_unreadable_signer_title_fails_closed_with_a_reason() -> None:
    text = AO93.replace("Hon. Jane Roe, U.S. Magistrate Judge", "Hon. Jane Roe, ~~~ ~~~")
    result = check_text(text, on=ON)
    assert result.kind is Kind.JUDICIAL_SEARCH_WARRANT
    assert not result.judicial_warrant
    assert "Could not read the signer's title." in result.reasons


def test_text_without_a_signature_mark_has_unknown_signature() -> None:
    result = check_text(AO93.replace("/s/ Jane Roe", "______________"), on=ON)
    assert result.signed is None
    assert result.judicial_warrant and not result.valid_at_door
    assert any("signature" in reason for reason in result.reasons)


def test_gibberish_is_other_and_never_judicial() -> None:
    result = check_text("lorem ipsum dolor sit amet\nwarrant\njudge", on=ON)
    assert result.kind is Kind.OTHER
    assert not result.judicial_warrant


def test_caption_names_are_withheld_from_evidence() -> None:
    assert (
        redact("United States of America v. MARIA GARCIA")
        == "United States of America v. [name withheld]"
    )
    text = "UNITED STATES DISTRICT COURT\nUnited States of America v. MARIA GARCIA\nARREST WARRANT\nAO 442 (Rev. 11/11)"
    result = check_text(text, on=ON)
    for signal in result.signals:
        assert "GARCIA" not in signal.evidence


@pytest.mark.parametrize("noisy", ["UNlTED STATES D1STRICT C0URT", "UNITEDSTATES DIS TRICT COURT"])
def test_fuzzy_patterns_tolerate_ocr_errors(noisy: str) -> None:
    import re

    assert re.search(fuzzy("united states district court"), noisy, re.IGNORECASE)


def test_findings_report_signer_roles() -> None:
    findings = find_signals(I205_JUDGE_BOX)
    assert findings.i205_judge_box_ticked
    assert findings.signer_role == "immigration_officer"


def test_as_rules_document_maps_onto_the_rules_engine() -> None:
    result = check_text(AO93, on=ON, address="250 Gold Street")
    assert result.as_rules_document() == {
        "kind": "judicial_search_warrant",
        "signed": True,
        "execute_by": "2026-02-16",
        "names_place": True,
        "names_person": False,
    }
    unverified = check_text(AO93.replace("U.S. Magistrate Judge", ""), on=ON)
    assert unverified.as_rules_document()["kind"] == "other"


def test_to_dict_has_the_contract_fields() -> None:
    data = check_text(AO93, on=ON).to_dict()
    for key in (
        "file",
        "kind",
        "judicial_warrant",
        "signed",
        "valid_at_door",
        "issued",
        "execute_by",
        "court",
        "signer_title",
        "names_address",
        "signals",
        "reasons",
        "confidence",
        "seconds",
    ):
        assert key in data
    assert 0 <= data["confidence"] <= 1
