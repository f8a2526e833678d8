"""Door rules: signature, execute-by dates (AO 93, CPL 690.30), and address matching."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary.documents import Kind
from sanctuary.documents.dates import find_execute_by, find_issued, parse_date
from sanctuary.documents.validate import (
    check_at_door,
    execute_by_for,
    names_address,
    normalize_address,
)

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("February 10, 2026", D(2026, 2, 10)),
        ("Feb. 3, 2026", D(2026, 2, 3)),
        ("02/10/2026", D(2026, 2, 10)),
        ("2/1/26", D(2026, 2, 1)),
        ("2026-02-10", D(2026, 2, 10)),
        ("this 3rd day of March, 2026", D(2026, 3, 3)),
        ("Febrvary 1O, 2O26", D(2026, 2, 10)),  # OCR: v for u, O for 0
        ("O2/l0/2026", D(2026, 2, 10)),
        ("(Rev. 11/13)", None),  # a revision line is not a date
        ("February 30, 2026", None),
    ],
)
def test_parse_date(text: str, expected: D | None) -> None:
    assert parse_date(text) == expected


def test_issue_and_execute_dates_need_their_labels() -> None:
    text = "AO 93 (Rev. 11/13)\nDate of birth: 01/02/1990\nexecute this warrant on or before\nFebruary 17, 2026\nDate and time issued: Feb. 3, 2026"
    assert find_execute_by(text) == D(2026, 2, 17)
    assert find_issued(text) == D(2026, 2, 3)
    assert find_issued("Date of birth: 01/02/1990") is None


def test_new_york_search_warrant_runs_ten_days_from_issue() -> None:
    assert execute_by_for(Kind.STATE_COURT_SEARCH_WARRANT, D(2026, 2, 1), None)[0] == D(2026, 2, 11)
    # A printed later date does not extend the statute's 10 days.
    assert execute_by_for(Kind.STATE_COURT_SEARCH_WARRANT, D(2026, 2, 1), D(2026, 3, 1))[0] == D(
        2026, 2, 11
    )


def test_federal_search_warrant_is_capped_at_fourteen_days() -> None:
    assert execute_by_for(Kind.JUDICIAL_SEARCH_WARRANT, D(2026, 2, 1), D(2026, 2, 10))[0] == D(
        2026, 2, 10
    )
    assert execute_by_for(Kind.JUDICIAL_SEARCH_WARRANT, D(2026, 2, 1), D(2026, 3, 10))[0] == D(
        2026, 2, 15
    )


PREMISES = "the premises known as 123-45 Queens Boulevard, Apt 4B, Rego Park, NY 11374 and"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("123-45 Queens Blvd", True),
        ("12345 queens boulevard", True),
        ("123-45 Queens Blvd, Queens", True),
        ("123-45 Queens Blvd Apt 4B", True),
        ("123-45 Queens Blvd #5C", False),  # another apartment
        ("123-45 Queens Blvd 11101", False),  # another ZIP
        ("123-47 Queens Blvd", False),
        ("123-45 Jamaica Ave", False),
        ("Queens Blvd", False),
    ],
)
def test_names_address(typed: str, expected: bool) -> None:
    assert names_address(PREMISES, typed) is expected


def test_ordinals_directions_and_ocr_digits() -> None:
    doc = "premises at 1O5 West Forty-second no; 105 West 42nd Street, New York, NY 10036"
    assert names_address(doc, "105 W 42 St")
    assert names_address(doc, "105 w. 42nd st., Manhattan")
    assert not names_address(doc, "105 W 42 St, Brooklyn")
    assert normalize_address("Fifth Avenue") == ["5", "ave"]


def _door(**overrides: object) -> tuple[bool, tuple[str, ...]]:
    args: dict[str, object] = {
        "kind": Kind.JUDICIAL_SEARCH_WARRANT,
        "judicial": True,
        "signed": True,
        "issued": D(2026, 2, 1),
        "execute_by": D(2026, 2, 14),
        "on": D(2026, 2, 10),
        "address": "100 Gold St",
        "text": "premises known as 100 Gold Street, New York, NY 10038",
    }
    args.update(overrides)
    check = check_at_door(**args)  # type: ignore[arg-type]
    return check.valid, check.reasons


def test_door_rules() -> None:
    assert _door()[0]
    assert not _door(signed=False)[0]
    assert not _door(signed=None)[0]
    assert not _door(on=D(2026, 2, 15))[0]
    assert _door(on=D(2026, 2, 14))[0]  # "on or before" includes the day itself
    assert not _door(on=D(2026, 1, 31))[0]
    assert not _door(address="102 Gold St")[0]
    assert _door(address=None)[0]
    assert not _door(execute_by=None)[0]
    assert not _door(judicial=False)[0]


def test_arrest_warrants_name_a_person_not_premises() -> None:
    valid, reasons = _door(kind=Kind.JUDICIAL_ARREST_WARRANT, execute_by=None)
    assert not valid and any("counsel" in reason.lower() for reason in reasons)
    assert _door(kind=Kind.JUDICIAL_ARREST_WARRANT, execute_by=None, address=None)[0]


@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["Street", "St", "St.", "street"]))
def test_street_spellings_are_equivalent(number: int, spelling: str) -> None:
    assert names_address(f"located at {number} Gold Street, Brooklyn", f"{number} Gold {spelling}")
